import Testing

@testable import TendImport

@Suite("Demo random generator")
struct DemoRandomTests {
    @Test("SplitMix64 matches the reference outputs for seed 0")
    func referenceOutputs() {
        var random = DemoRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("streams of one seed differ")
    func streamsDiffer() {
        var first = DemoRandom(seed: 1, stream: 0)
        var second = DemoRandom(seed: 1, stream: 1)
        let firstValues = (0..<4).map { _ in first.next() }
        let secondValues = (0..<4).map { _ in second.next() }
        #expect(firstValues != secondValues)
        // A shifted copy of the neighbouring stream would share all but one value.
        #expect(Set(firstValues).isDisjoint(with: secondValues))
    }

    @Test("bounded draws stay within their bounds", arguments: [1, 2, 7, 1_000])
    func boundedDraws(bound: Int) {
        var random = DemoRandom(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<5_000 {
            let value = random.below(bound)
            #expect((0..<bound).contains(value), "\(value) for bound \(bound)")
            seen.insert(value)
        }
        if bound <= 7 { #expect(seen.count == bound, "every value of 0..<\(bound) drawn") }
    }

    @Test("int(in:) includes both ends")
    func closedRangeEnds() {
        var random = DemoRandom(seed: 3)
        let values = Set((0..<1_000).map { _ in random.int(in: 5...7) })
        #expect(values == [5, 6, 7])
    }

    @Test("unit() is in 0..<1")
    func unitRange() {
        var random = DemoRandom(seed: 5)
        for _ in 0..<10_000 {
            let value = random.unit()
            #expect(value >= 0, "\(value)")
            #expect(value < 1, "\(value)")
        }
    }

    @Test("count(around:) keeps the mean")
    func countMean() {
        var random = DemoRandom(seed: 8)
        let total = (0..<10_000).reduce(0) { sum, _ in sum + random.count(around: 2.5) }
        #expect((24_000...26_000).contains(total), "\(total) for a mean of 2.5 over 10,000 draws")
    }
}
