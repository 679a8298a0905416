/// The mean, median and 90th percentile of a set of durations, in hours, exactly.
public struct DurationStatistics: Sendable, Hashable, CustomStringConvertible {
    /// The number of durations.
    public let count: Int
    /// The sum of the durations divided by their number.
    public let mean: Rational
    /// The middle duration in ascending order, or the mean of the two middle ones when the count is even.
    public let median: Rational
    /// The nearest-rank 90th percentile: the duration at 1-based rank ⌈0.9 × count⌉ in ascending order, so always
    /// one of the durations (the 9th of 10, the 10th of 11, the only one of 1).
    public let percentile90: Rational

    /// Computes the statistics of durations in milliseconds, or returns nil when there are none.
    public init?(milliseconds durations: [Int64]) {
        guard !durations.isEmpty else { return nil }
        // Selection finds the three order statistics without sorting, which matters for millions of cases.
        var values = durations
        let count = values.count
        let hour: Int128 = 3_600_000

        let total = values.reduce(Int128(0)) { $0 + Int128($1) }
        let middle = count / 2
        let upperMiddle = OrderStatistics.select(&values, rank: middle)
        let medianMilliseconds: Rational
        if count % 2 == 1 {
            medianMilliseconds = Rational(Int128(upperMiddle))
        } else {
            // After the selection every value before `middle` is not greater, so the lower middle is their maximum.
            let lowerMiddle = values[..<middle].max()!  // count is even and positive, so middle is at least 1.
            medianMilliseconds = Rational(Int128(lowerMiddle) + Int128(upperMiddle), 2)
        }
        let rank = DurationStatistics.nearestRank(percent: 90, count: count)
        let percentile = OrderStatistics.select(&values, rank: rank - 1)

        self.count = count
        self.mean = Rational(total, Int128(count) * hour)
        self.median = medianMilliseconds * Rational(1, hour)
        self.percentile90 = Rational(Int128(percentile), hour)
    }

    /// The 1-based nearest rank ⌈percent × count / 100⌉, at least 1.
    static func nearestRank(percent: Int, count: Int) -> Int {
        max(1, (percent * count + 99) / 100)
    }

    /// The statistics in hours with two decimals, such as `n=4 mean 2.50 h, median 2.00 h, p90 5.00 h`.
    public var description: String {
        "n=\(count) mean \(mean.formatted(places: 2)) h, median \(median.formatted(places: 2)) h, "
            + "p90 \(percentile90.formatted(places: 2)) h"
    }
}
