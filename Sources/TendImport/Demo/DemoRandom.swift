/// The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014), which makes the demo portfolio identical on every run and platform.
///
/// The helpers below use only integer arithmetic and IEEE 754 `+ - * /` on `Double`, which round the same
/// everywhere. They avoid the standard library's `random(in:using:)`, whose algorithm may change between
/// Swift releases, and `log`, `exp` and `pow`, whose results may differ between C libraries.
package struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// Creates an independent stream for one `stream` number (an account, say) of one `seed`.
    ///
    /// Seeding SplitMix64 with `seed + stream` would give overlapping streams that differ only by a shift,
    /// so both numbers go through the output mixer first.
    package init(seed: UInt64, stream: UInt64) {
        state = DemoRandom.mix(seed ^ DemoRandom.mix(stream &+ 0x6A09_E667_F3BC_C909))
    }

    /// The SplitMix64 output function, a bijection of 64-bit values.
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DemoRandom.mix(state)
    }

    /// Returns a number in `0..<bound` by Lemire's multiply-high reduction, whose bias below 2⁻³² does not matter here.
    ///
    /// - Precondition: `bound` is positive.
    package mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "the bound of a random number must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Returns a number in `range`, both ends included.
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Returns a `Double` in `0..<1` with 53 random bits.
    package mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Returns a `Double` in `lower..<upper`.
    package mutating func double(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// True with probability `probability`; values outside 0...1 act as 0 or 1.
    package mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An element of `elements`, each as likely as its weight.
    ///
    /// - Precondition: the weights are not negative and their sum is positive.
    package mutating func pick<Element>(_ elements: [(Element, Int)]) -> Element {
        let total = elements.reduce(0) { $0 + $1.1 }
        var roll = below(total)
        for (element, weight) in elements {
            if roll < weight { return element }
            roll -= weight
        }
        preconditionFailure("the weights of a random pick must sum to a positive number")
    }

    /// `mean` scaled by a factor in 0.5..<1.5, rounded up or down at random so the expected value is `mean`.
    package mutating func count(around mean: Double) -> Int {
        let value = mean * double(0.5, 1.5)
        let whole = value.rounded(.down)
        return Int(whole) + (chance(value - whole) ? 1 : 0)
    }
}
