import TendCore

/// Parsers for the value types of Tend's CSV files, reading bytes without building a `String`.
///
/// Each returns nil for text that is not a valid value of its type.
package enum ValueParsers {
    /// Reads `count` ASCII digits from `start`, or returns nil when one of them is not a digit.
    @inline(__always)
    package static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = Int(bytes[index]) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist such as `2013-02-30`.
    package static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Parses plain ASCII digits, at most 18 of them so the value fits in `Int`.
    package static func nonNegativeInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(bytes.count) else { return nil }
        return digits(bytes, 0, bytes.count)
    }

    /// Parses a plain non-negative decimal with at most four decimals, such as `1250`, `0.5` or `+3.1234`.
    /// It follows the rules of `Money(decimal:)` for non-negative amounts and returns nil for a minus sign.
    ///
    /// It reads bytes directly because `Money(decimal:)` is generic over `StringProtocol` in another module, and its
    /// unspecialised form took about a third of the import time of a file of prices.
    package static func nonNegativeMoney(_ bytes: UnsafeBufferPointer<UInt8>) -> Money? {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") { index += 1 }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var digitCount = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
                continue
            }
            let digit = Int64(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            digitCount += 1
            if seenPoint {
                fractionDigits += 1
                guard fractionDigits <= 4 else { return nil }
                fraction = fraction * 10 + digit
            } else {
                guard whole < 90_000_000_000 else { return nil }
                whole = whole * 10 + digit
            }
        }
        guard digitCount > 0 else { return nil }
        for _ in fractionDigits..<4 { fraction *= 10 }
        return Money(units: Int128(whole) * Money.unitsPerWhole + Int128(fraction))
    }

    /// Parses yes, no, true, false, 1 or 0 in any case.
    package static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let trueWords: [StaticString] = ["yes", "true", "1"]
        let falseWords: [StaticString] = ["no", "false", "0"]
        if trueWords.contains(where: { equalsIgnoringASCIICase(bytes, $0) }) { return true }
        if falseWords.contains(where: { equalsIgnoringASCIICase(bytes, $0) }) { return false }
        return nil
    }

    /// Compares `bytes` with `word` (lowercase ASCII), ignoring the case of ASCII letters.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let lowercased = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if lowercased != letters[index] { return false }
        }
        return true
    }

    /// Parses an ISO 8601 date and time: `2013-04-02T09:30:00`, then optionally `.f` to `.fff`, then optionally
    /// `Z` or `+HH:MM` / `-HH:MM`.
    package static func isoDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2),
            let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2), let second = digits(bytes, 17, 2)
        else { return nil }
        var index = 19
        var millisecond = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var fractionDigits = 0
            while index < bytes.count, fractionDigits < 3, let digit = digits(bytes, index, 1) {
                millisecond = millisecond * 10 + digit
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
            for _ in fractionDigits..<3 { millisecond *= 10 }
        }
        var offsetSeconds: Int32?
        if index < bytes.count {
            guard let (offset, length) = utcOffset(bytes, at: index), index + length == bytes.count else { return nil }
            offsetSeconds = offset
        }
        return LocalDateTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millisecond,
            utcOffsetSeconds: offsetSeconds)
    }

    /// Parses `Z` or `±HH:MM` at `index`, returning the offset in seconds and the number of bytes read.
    package static func utcOffset(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int32, Int)? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "Z") { return (0, 1) }
        let sign: Int32
        switch bytes[index] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        guard index + 6 <= bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
            let hours = digits(bytes, index + 1, 2), let minutes = digits(bytes, index + 4, 2), hours <= 23,
            minutes <= 59
        else { return nil }
        return (sign * Int32(hours * 3600 + minutes * 60), 6)
    }
}

/// A date and time of day as written, with the UTC offset when the text gave one.
package struct LocalDateTime: Sendable, Equatable {
    package var year: Int
    package var month: Int
    package var day: Int
    package var hour: Int
    package var minute: Int
    package var second: Int
    package var millisecond: Int
    package var utcOffsetSeconds: Int32?

    /// Seconds since 1970-01-01T00:00:00 of the wall-clock time, read as if it were UTC; nil for an impossible date or
    /// time of day.
    package var wallClockSeconds: Int64? {
        guard let date = Day(year: year, month: month, day: day), (0...23).contains(hour), (0...59).contains(minute),
            (0...59).contains(second), (0...999).contains(millisecond)
        else { return nil }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
