/// A timestamp layout such as `yyyy/MM/dd HH:mm:ss.SSS`, read byte by byte.
///
/// Letters: `yyyy` year, `MM` month, `dd` day, `HH` hour 00 to 23, `mm` minute, `ss` second, `SSS` milliseconds,
/// all with exactly that many digits, and `XXX` for `Z` or a `±HH:MM` offset. Text in single quotes, such as `'T'`,
/// and any character other than an ASCII letter stand for themselves; `''` is one quote. The pattern must contain `yyyy`, `MM` and `dd`; a missing time field reads as 0,
/// and a missing `XXX` means the time is local.
package struct TimestampPattern: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case year, month, day, hour, minute, second, millisecond, offset
        case literal(UInt8)
    }

    let tokens: [Token]

    private static let letterTokens: [(String, Token)] = [
        ("yyyy", .year), ("MM", .month), ("dd", .day), ("HH", .hour), ("mm", .minute), ("ss", .second),
        ("SSS", .millisecond), ("XXX", .offset),
    ]

    /// Compiles `pattern`, returning a reason when it is invalid.
    package static func compile(_ pattern: String) -> Result<TimestampPattern, PatternError> {
        var tokens: [Token] = []
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else {
                    return .failure(PatternError(reason: "unterminated quote"))
                }
                let quoted = close == index + 1 ? [byte] : Array(bytes[(index + 1)..<close])
                tokens += quoted.map { Token.literal($0) }
                index = close + 1
                continue
            }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            guard isLetter else {
                tokens.append(.literal(byte))
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == byte { end += 1 }
            let run = String(decoding: bytes[index..<end], as: UTF8.self)
            guard let token = letterTokens.first(where: { $0.0 == run })?.1 else {
                return .failure(PatternError(reason: "unknown field \"\(run)\""))
            }
            guard !tokens.contains(token) else {
                return .failure(PatternError(reason: "field \"\(run)\" appears twice"))
            }
            tokens.append(token)
            index = end
        }
        for (letters, token) in letterTokens.prefix(3) where !tokens.contains(token) {
            return .failure(PatternError(reason: "no \"\(letters)\" field"))
        }
        return .success(TimestampPattern(tokens: tokens))
    }

    /// The reason a pattern is invalid.
    package struct PatternError: Error, Sendable {
        package var reason: String
    }

    /// Reads `bytes` laid out as the pattern describes, returning nil when they do not match it.
    package func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        var result = LocalDateTime(
            year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0, utcOffsetSeconds: nil)
        var index = 0
        for token in tokens {
            switch token {
            case .literal(let byte):
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            case .offset:
                guard let (offset, length) = ValueParsers.utcOffset(bytes, at: index) else { return nil }
                result.utcOffsetSeconds = offset
                index += length
            default:
                let width: Int
                switch token {
                case .year: width = 4
                case .millisecond: width = 3
                default: width = 2
                }
                guard index + width <= bytes.count, let value = ValueParsers.digits(bytes, index, width) else {
                    return nil
                }
                index += width
                switch token {
                case .year: result.year = value
                case .month: result.month = value
                case .day: result.day = value
                case .hour: result.hour = value
                case .minute: result.minute = value
                case .second: result.second = value
                default: result.millisecond = value
                }
            }
        }
        return index == bytes.count ? result : nil
    }
}
