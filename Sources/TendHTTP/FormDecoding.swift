/// Decoding of `application/x-www-form-urlencoded` data as the WHATWG URL Standard defines it.
enum FormDecoding {
    /// Splits `bytes` on `&`, then each field on its first `=`, and decodes both parts. Empty fields are skipped.
    static func decodeFields(_ bytes: [UInt8]) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for field in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = field.firstIndex(of: UInt8(ascii: "=")) {
                let name = decodeComponent(field[field.startIndex..<equals])
                let value = decodeComponent(field[field.index(after: equals)...])
                fields.append((name: name, value: value))
            } else {
                fields.append((name: decodeComponent(field), value: ""))
            }
        }
        return fields
    }

    /// Replaces `+` with a space and `%XX` with the byte it encodes, then decodes UTF-8 with U+FFFD for invalid
    /// sequences. A `%` not followed by two hexadecimal digits stays as written.
    static func decodeComponent(_ bytes: ArraySlice<UInt8>) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
                index += 1
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
