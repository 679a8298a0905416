/// An exact fraction of two integers, always stored in lowest terms with a positive denominator.
///
/// Health score points, scores and thresholds use this type so that a comparison such as
/// "22.5 of 30 points is at least 7.5" is decided exactly, never on a binary floating point value.
/// The numerator and denominator are 128-bit, and arithmetic traps on overflow, which needs
/// denominators far beyond any that money amounts in ten-thousandths and case counts produce.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int128
    public let denominator: Int128

    /// Creates the fraction `numerator / denominator`, reduced to lowest terms.
    ///
    /// - Precondition: `denominator` is not zero.
    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "a rational number needs a non-zero denominator")
        if denominator == 1 {
            self.numerator = numerator
            self.denominator = 1
            return
        }
        let divisor = Int128(Rational.greatestCommonDivisor(numerator.magnitude, denominator.magnitude))
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = Rational.quotient(sign * numerator, divisor)
        self.denominator = Rational.quotient(sign * denominator, divisor)
    }

    public init(_ value: Int) {
        self.init(Int128(value), 1)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    // 128-bit division is a library call many times slower than the processor's 64-bit division, and nearly every
    // value the scorecard meets fits 64 bits, so the helpers below divide in 64 bits whenever both operands fit.

    static func greatestCommonDivisor(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if let small = UInt64(exactly: a), let other = UInt64(exactly: b) {
            return UInt128(greatestCommonDivisor(small, other))
        }
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// Divides `dividend` by `divisor`, truncating toward zero as `Int128` division does.
    static func quotient(_ dividend: Int128, _ divisor: Int128) -> Int128 {
        if let small = Int64(exactly: dividend), let other = Int64(exactly: divisor), small != .min {
            return Int128(small / other)
        }
        return dividend / divisor
    }

    // The operators work over the least common multiple of the denominators and cancel common factors before they
    // multiply, so intermediate values stay as small as the exact result allows and far from the 128-bit limit.

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        let divisor = Int128(greatestCommonDivisor(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let lhsFactor = quotient(rhs.denominator, divisor)
        let rhsFactor = quotient(lhs.denominator, divisor)
        return Rational(lhs.numerator * lhsFactor + rhs.numerator * rhsFactor, lhs.denominator * lhsFactor)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + Rational(-rhs.numerator, rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        let first = Int128(greatestCommonDivisor(lhs.numerator.magnitude, rhs.denominator.magnitude))
        let second = Int128(greatestCommonDivisor(rhs.numerator.magnitude, lhs.denominator.magnitude))
        return Rational(
            quotient(lhs.numerator, first) * quotient(rhs.numerator, second),
            quotient(lhs.denominator, second) * quotient(rhs.denominator, first))
    }

    /// Divides `lhs` by `rhs`.
    ///
    /// - Precondition: `rhs` is not zero.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "division of a rational number by zero")
        return lhs * Rational(rhs.denominator, rhs.numerator)
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    public static func min(_ a: Rational, _ b: Rational) -> Rational { a < b ? a : b }

    /// Formats the value with `places` decimals, rounding half away from zero.
    public func formatted(places: Int) -> String {
        Rational.decimal(numerator, over: denominator, places: places)
    }

    /// Formats the value times `factor` as `formatted(places:)` would format the product, such as a share as a
    /// percentage.
    func formatted(places: Int, multipliedBy factor: Int128) -> String {
        let (product, overflow) = numerator.multipliedReportingOverflow(by: factor)
        guard !overflow else { return (self * Rational(factor)).formatted(places: places) }
        return Rational.decimal(product, over: denominator, places: places)
    }

    /// Formats `numerator / denominator` with `places` decimals, rounding half away from zero. The fraction need
    /// not be in lowest terms, so callers with a known denominator, such as money in ten-thousandths, skip the
    /// reduction.
    ///
    /// - Precondition: `denominator` is positive.
    static func decimal(_ numerator: Int128, over denominator: Int128, places: Int) -> String {
        precondition(denominator > 0, "a decimal needs a positive denominator")
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = numerator < 0
        let magnitude = negative ? -numerator : numerator
        let scaled = quotient(magnitude * scale * 2 + denominator, denominator * 2)
        let sign = negative && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + digits(scaled) }
        let whole = quotient(scaled, scale)
        let fraction = digits(scaled - whole * scale)
        let padding = String(repeating: "0", count: places - fraction.utf8.count)
        return sign + digits(whole) + "." + padding + fraction
    }

    /// Returns the decimal digits of a non-negative value, converting through `Int64` when it fits.
    static func digits(_ value: Int128) -> String {
        if let small = Int64(exactly: value) { return String(small) }
        return String(value)
    }

    /// The exact value as `n` for whole numbers or `n/d` otherwise.
    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    /// The nearest `Double`, for charts and JSON numbers only, never for decisions.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }
}
