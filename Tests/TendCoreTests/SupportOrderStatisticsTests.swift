import Testing

@testable import TendCore

@Suite("Order statistics by selection")
struct SupportOrderStatisticsTests {
    /// A deterministic sequence with many repeats, so partitions meet values equal to the pivot.
    static func values(count: Int, seed: UInt64, range: Int64) -> [Int64] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((state >> 33) % UInt64(range))
        }
    }

    @Test("selection agrees with sorting", arguments: [1, 2, 3, 10, 11, 100, 1001])
    func agreesWithSort(count: Int) {
        for (seed, range) in [(1, 5), (2, 1_000_000), (3, 1)] as [(UInt64, Int64)] {
            let input = Self.values(count: count, seed: seed, range: range)
            let sorted = input.sorted()
            for rank in Set([0, count / 2, count - 1, (count * 9) / 10]) {
                var scratch = input
                #expect(OrderStatistics.select(&scratch, rank: rank) == sorted[rank], "rank \(rank) seed \(seed)")
                #expect(scratch.sorted() == sorted)
            }
        }
    }

    @Test("sorted and reversed input")
    func sortedInput() {
        var ascending = Array(Int64(0)..<1000)
        #expect(OrderStatistics.select(&ascending, rank: 899) == 899)
        var descending = Array((Int64(0)..<1000).reversed())
        #expect(OrderStatistics.select(&descending, rank: 500) == 500)
    }

    @Test("statistics match the sorted definition")
    func statistics() throws {
        let input = Self.values(count: 1000, seed: 7, range: 50_000)
        let sorted = input.sorted()
        let statistics = try #require(DurationStatistics(milliseconds: input))
        #expect(statistics.median == Rational(Int128(sorted[499]) + Int128(sorted[500]), 2 * 3_600_000))
        #expect(statistics.percentile90 == Rational(Int128(sorted[899]), 3_600_000))
        #expect(statistics.mean == Rational(Int128(input.reduce(0, +)), 1000 * 3_600_000))
    }
}
