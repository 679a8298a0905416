import Testing

@testable import TendCore

/// Rational divides in 64 bits when its operands fit and in 128 bits otherwise. These values sit on both sides of
/// that boundary, so a wrong choice of width shows as a wrong exact value.
@Suite("Rational across the 64-bit boundary")
struct RationalWidthTests {
    @Test("reduces values on both sides of the 64-bit limits")
    func reducesAcrossLimits() {
        let twoTo63 = Int128(Int64.max) + 1
        #expect(Rational(twoTo63, 2) == Rational(Int128(1) << 62))
        #expect(Rational(Int128(Int64.min), 2) == Rational(-(Int128(1) << 62)))
        let negated = Rational(Int128(Int64.min), -1)
        #expect(negated.numerator == twoTo63)
        #expect(negated.denominator == 1)
        let mixed = Rational(Int128(1) << 64, Int128(1) << 62)
        #expect(mixed.numerator == 4)
        #expect(mixed.denominator == 1)
        #expect(Rational(Int128(Int64.max), Int128(Int64.max) * 3) == Rational(1, 3))
    }

    @Test("sums and products leave 64 bits and come back exactly")
    func arithmeticAcrossLimits() {
        let large = Rational(Int128(Int64.max), 7)
        #expect(large + large == Rational(Int128(Int64.max) * 2, 7))
        #expect((large + large) - large == large)
        #expect(large * Rational(7, Int128(Int64.max)) == .one)
        #expect(Rational(Int128(1) << 70, 3) / Rational(Int128(1) << 69, 3) == Rational(2))
    }

    @Test("formats with rounding half away from zero")
    func formats() {
        #expect(Rational(1, 16).formatted(places: 3) == "0.063")
        #expect(Rational(-1, 16).formatted(places: 3) == "-0.063")
        #expect(Rational(-1, 20).formatted(places: 1) == "-0.1")
        #expect(Rational(-1, 21).formatted(places: 1) == "0.0")
        #expect(Rational(7, 2).formatted(places: 0) == "4")
        #expect(Rational(Int128(1) << 70, 3).formatted(places: 2) == "393530540239137101141.33")
        #expect(Rational(-(Int128(1) << 64) - 1, 7).formatted(places: 3) == "-2635249153387078802.429")
    }

    @Test("formats a multiple as the formatted product would")
    func formatsMultiple() {
        #expect(Rational(1, 3).formatted(places: 1, multipliedBy: 100) == "33.3")
        #expect(Rational(1, 16).formatted(places: 1, multipliedBy: 100) == "6.3")
        #expect(Rational(-1, 16).formatted(places: 1, multipliedBy: 100) == "-6.3")
        #expect(Rational(1, 2000).formatted(places: 1, multipliedBy: 100) == "0.1")
        #expect(Rational(1, 2001).formatted(places: 1, multipliedBy: 100) == "0.0")
        // The numerator times 100 passes 128 bits, but the product in lowest terms does not.
        let large = Rational(Int128.max / 40, 100)
        #expect(large.formatted(places: 1, multipliedBy: 100) == "4253529586511730793292182592897102643.0")
    }

    @Test("money formats with two decimals, rounding half away from zero")
    func money() {
        #expect(Money(units: 12_345).description == "1.23")
        #expect(Money(units: 12_350).description == "1.24")
        #expect(Money(units: -12_350).description == "-1.24")
        #expect(Money(units: -49).description == "0.00")
        #expect(Money(units: -50).description == "-0.01")
        #expect(Money(units: 5).description == "0.00")
        #expect(Money(whole: 900_000_000_000_000_000_000_000).description == "900000000000000000000000.00")
    }
}
