/// The position of one field in the file's bytes, without its enclosing quotes.
package struct CSVField: Sendable {
    package var start: Int
    package var end: Int
    /// Whether the field contains doubled quotes (`""`) that stand for one quote each.
    package var hasDoubledQuotes: Bool
}

/// A syntax error found by `CSVParser`, before the caller adds the file name and column names.
package struct CSVSyntaxError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case unterminatedQuote
        case quoteInUnquotedField
        case textAfterClosingQuote
    }

    package var kind: Kind
    /// The line where the record starts.
    package var line: Int
    /// The 0-based index of the failing field in its record.
    package var fieldIndex: Int
}

/// An RFC 4180 record reader over bytes in memory: commas, double quotes, CRLF, LF or CR line breaks.
///
/// It records where fields start and end and decodes nothing, so callers turn into `String` only the fields they
/// need. Completely empty lines between records are skipped. The parser does not own `bytes`: it is valid only while
/// the buffer is, typically inside `Data.withUnsafeBytes`.
package struct CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    package let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package private(set) var position: Int
    /// The 1-based line of the next byte to read.
    package private(set) var line = 1
    /// Whether the last record read contains a byte outside ASCII, so its fields need UTF-8 validation.
    package private(set) var recordHasNonASCII = false

    /// Creates a parser positioned after a UTF-8 byte order mark, when there is one.
    package init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasByteOrderMark ? 3 : 0
    }

    /// Whether nothing but line breaks follows the current position.
    package var isAtEnd: Bool {
        var index = position
        while index < bytes.count {
            guard bytes[index] == Self.lineFeed || bytes[index] == Self.carriageReturn else { return false }
            index += 1
        }
        return true
    }

    /// Reads the next record into `fields`, replacing its contents, and returns the line where the record starts,
    /// or nil at the end of the bytes.
    package mutating func nextRecord(into fields: inout [CSVField]) throws(CSVSyntaxError) -> Int? {
        fields.removeAll(keepingCapacity: true)
        skipEmptyLines()
        guard position < bytes.count else { return nil }
        let startLine = line
        recordHasNonASCII = false
        while true {
            if bytes[position] == Self.quote {
                fields.append(try readQuotedField(startLine: startLine, fieldIndex: fields.count))
                guard position < bytes.count else { return startLine }
                let byte = bytes[position]
                if byte != Self.comma && byte != Self.lineFeed && byte != Self.carriageReturn {
                    throw CSVSyntaxError(kind: .textAfterClosingQuote, line: startLine, fieldIndex: fields.count - 1)
                }
            } else {
                fields.append(try readUnquotedField(startLine: startLine, fieldIndex: fields.count))
                guard position < bytes.count else { return startLine }
            }
            if bytes[position] == Self.comma {
                position += 1
                if position == bytes.count {
                    fields.append(CSVField(start: position, end: position, hasDoubledQuotes: false))
                    return startLine
                }
            } else {
                consumeLineBreak()
                return startLine
            }
        }
    }

    private mutating func skipEmptyLines() {
        while position < bytes.count, bytes[position] == Self.lineFeed || bytes[position] == Self.carriageReturn {
            consumeLineBreak()
        }
    }

    /// Consumes LF, CR or CRLF at the current position and counts one line.
    private mutating func consumeLineBreak() {
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
    }

    /// Reads up to the next comma or line break, leaving the position on it.
    private mutating func readUnquotedField(startLine: Int, fieldIndex: Int) throws(CSVSyntaxError) -> CSVField {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == Self.quote {
                throw CSVSyntaxError(kind: .quoteInUnquotedField, line: startLine, fieldIndex: fieldIndex)
            }
            if byte >= 0x80 { recordHasNonASCII = true }
            position += 1
        }
        return CSVField(start: start, end: position, hasDoubledQuotes: false)
    }

    /// Reads a field that starts with a quote, leaving the position after the closing quote.
    private mutating func readQuotedField(startLine: Int, fieldIndex: Int) throws(CSVSyntaxError) -> CSVField {
        position += 1
        let start = position
        var hasDoubledQuotes = false
        while true {
            guard position < bytes.count else {
                throw CSVSyntaxError(kind: .unterminatedQuote, line: startLine, fieldIndex: fieldIndex)
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                let field = CSVField(start: start, end: position, hasDoubledQuotes: hasDoubledQuotes)
                position += 1
                return field
            }
            if byte == Self.lineFeed {
                line += 1
            } else if byte == Self.carriageReturn {
                if position + 1 >= bytes.count || bytes[position + 1] != Self.lineFeed { line += 1 }
            } else if byte >= 0x80 {
                recordHasNonASCII = true
            }
            position += 1
        }
    }

    /// Whether the field has no bytes.
    package func isEmpty(_ field: CSVField) -> Bool { field.start == field.end }

    /// The field's bytes, with doubled quotes still doubled.
    package func rawBytes(_ field: CSVField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
    }

    /// Whether the field's bytes are valid UTF-8.
    package func isValidUTF8(_ field: CSVField) -> Bool {
        String(validating: rawBytes(field), as: UTF8.self) != nil
    }

    /// The field as text, with each doubled quote read as one; invalid UTF-8 becomes U+FFFD.
    package func string(_ field: CSVField) -> String {
        guard field.hasDoubledQuotes else { return String(decoding: rawBytes(field), as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(field.end - field.start)
        var index = field.start
        while index < field.end {
            unescaped.append(bytes[index])
            index += bytes[index] == Self.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}
