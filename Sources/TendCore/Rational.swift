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
        let divisor = Rational.greatestCommonDivisor(numerator.magnitude, denominator.magnitude)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    public init(_ value: Int) {
        self.init(Int128(value), 1)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    static func greatestCommonDivisor(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    // The operators work over the least common multiple of the denominators and cancel common factors before they
    // multiply, so intermediate values stay as small as the exact result allows and far from the 128-bit limit.

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        let divisor = Int128(greatestCommonDivisor(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let lhsFactor = rhs.denominator / divisor
        let rhsFactor = lhs.denominator / divisor
        return Rational(lhs.numerator * lhsFactor + rhs.numerator * rhsFactor, lhs.denominator * lhsFactor)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + Rational(-rhs.numerator, rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        let first = Int128(greatestCommonDivisor(lhs.numerator.magnitude, rhs.denominator.magnitude))
        let second = Int128(greatestCommonDivisor(rhs.numerator.magnitude, lhs.denominator.magnitude))
        return Rational(
            (lhs.numerator / first) * (rhs.numerator / second), (lhs.denominator / second) * (rhs.denominator / first))
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
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = numerator < 0
        let magnitude = negative ? -numerator : numerator
        let scaled = (magnitude * scale * 2 + denominator) / (denominator * 2)
        let whole = scaled / scale
        var text = (negative && scaled != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = String(scaled % scale)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }

    /// The exact value as `n` for whole numbers or `n/d` otherwise.
    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    /// The nearest `Double`, for charts and JSON numbers only, never for decisions.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }
}
