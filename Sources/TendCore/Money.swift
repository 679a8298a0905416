/// An amount of money in ten-thousandths of the currency unit, so amounts with up to four decimals are exact.
///
/// The units are 128-bit, so products and sums of imported amounts (each below about 900 billion, licence counts
/// below 10^18) cannot overflow. A single imported amount always fits the 64-bit integers databases store.
///
/// Tend does not convert currencies: every amount of one database is in the same, unnamed currency.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Ten-thousandths of the currency unit.
    public let units: Int128

    public static let unitsPerWhole: Int128 = 10_000
    public static let zero = Money(units: 0)

    public init(units: Int128) {
        self.units = units
    }

    public init(whole: Int128) {
        self.units = whole * Money.unitsPerWhole
    }

    /// Parses a plain decimal such as `1250`, `-3.5` or `0.1234`; nil for more than four decimals,
    /// exponents, thousands separators or a value beyond about 900 billion.
    public init?(decimal text: some StringProtocol) {
        self.init(decimal: text, wholeLimit: Money.enteredLimit)
    }

    /// The limit of whole units for amounts a user enters or imports: below 900 billion, so every entered amount
    /// fits the 64-bit integers databases store.
    public static let enteredLimit: Int128 = 900_000_000_000

    /// The limit of whole units for amounts Tend computed and stored itself, such as the unused value of
    /// licences (licences times unit price), which can pass the entered limit.
    public static let computedLimit: Int128 = 1_000_000_000_000_000_000_000_000

    /// Parses a plain decimal as `init?(decimal:)` does, accepting whole amounts below `wholeLimit`.
    public init?(decimal text: some StringProtocol, wholeLimit: Int128) {
        var negative = false
        var whole: Int128 = 0
        var fraction: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        var digitCount = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "+") where index == 0:
                break
            case UInt8(ascii: ".") where !seenPoint:
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digitCount += 1
                let digit = Int128(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= 4 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    whole = whole * 10 + digit
                    guard whole < wholeLimit else { return nil }
                }
            default:
                return nil
            }
        }
        guard digitCount > 0 else { return nil }
        for _ in fractionDigits..<4 { fraction *= 10 }
        let units = whole * Money.unitsPerWhole + fraction
        self.units = negative ? -units : units
    }

    public var rational: Rational { Rational(Int128(units), Int128(Money.unitsPerWhole)) }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }
    public static func * (lhs: Money, count: Int) -> Money { Money(units: lhs.units * Int128(count)) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }

    /// The amount with two decimals, rounded half away from zero.
    public var description: String { Rational.decimal(units, over: Money.unitsPerWhole, places: 2) }
}
