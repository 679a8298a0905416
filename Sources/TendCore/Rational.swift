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

    private static func greatestCommonDivisor(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return Rational(
            lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator - rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// Divides `lhs` by `rhs`.
    ///
    /// - Precondition: `rhs` is not zero.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
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
