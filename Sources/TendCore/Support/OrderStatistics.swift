/// Order statistics of an array found by selection (quickselect), in linear expected time instead of a sort.
enum OrderStatistics {
    /// Rearranges `values` so that `values[rank]` is the value a sort would put there, every value before it is
    /// not greater and every value after it is not smaller, and returns that value.
    ///
    /// - Precondition: `rank` is an index of `values`, and `lower...upper` contains it.
    static func select(_ values: inout [Int64], rank: Int, lower: Int = 0, upper: Int? = nil) -> Int64 {
        var low = lower
        var high = upper ?? values.count - 1
        values.withUnsafeMutableBufferPointer { buffer in
            while low < high {
                // The median of three as pivot keeps sorted and reversed input linear.
                let middle = low + (high - low) / 2
                if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
                if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
                if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
                let pivot = buffer[middle]
                var left = low
                var right = high
                // Hoare partition: afterwards low...right is not greater than the pivot and left...high not smaller.
                while left <= right {
                    while buffer[left] < pivot { left += 1 }
                    while pivot < buffer[right] { right -= 1 }
                    if left <= right {
                        buffer.swapAt(left, right)
                        left += 1
                        right -= 1
                    }
                }
                if rank <= right {
                    high = right
                } else if rank >= left {
                    low = left
                } else {
                    return  // Between the two parts every value equals the pivot.
                }
            }
        }
        return values[rank]
    }
}
