import Foundation
import TendCore

/// Reads a CSV file's header and then its records one at a time, turning fields into typed values and failures into
/// `ImportError`s that name the file, line, column and value.
///
/// One reader serves a whole file and reuses its field buffer, so reading a row allocates nothing beyond the strings
/// the caller asks for. Like `CSVParser`, it is valid only while the bytes it reads are.
package final class CSVRowReader {
    /// The latest date a snapshot date (`as_of`) may have; nil to accept any date.
    package var latestSnapshotDay: Day?
    package let file: String
    private var parser: CSVParser
    private var fields: [CSVField] = []
    package let header: [String]
    /// The line where the header starts.
    package let headerLine: Int
    /// The line where the current record starts.
    package private(set) var line = 0
    package private(set) var layout: HeaderLayout?
    private var columns: [Column] = []
    private let timeResolver: LocalTimeResolver

    /// Reads the header row, failing when the file has none.
    package init(bytes: UnsafeBufferPointer<UInt8>, file: String, timeResolver: LocalTimeResolver) throws(ImportError) {
        self.file = file
        self.parser = CSVParser(bytes: bytes)
        self.timeResolver = timeResolver
        if parser.isAtEnd {
            throw ImportError(
                .emptyFile, file: file, message: "empty file", expected: "a header row naming the columns")
        }
        var headerFields: [CSVField] = []
        let headerLine: Int
        do {
            headerLine = try parser.nextRecord(into: &headerFields) ?? 1
        } catch {
            throw Self.syntaxError(error, file: file, columnName: nil)
        }
        var header: [String] = []
        for field in headerFields {
            if parser.recordHasNonASCII && !parser.isValidUTF8(field) {
                throw ImportError(
                    .invalidUTF8, file: file, line: headerLine, message: "invalid UTF-8 in the header",
                    expected: "UTF-8 text")
            }
            header.append(Self.trimmingSpaces(parser.string(field)))
        }
        self.header = header
        self.headerLine = headerLine
    }

    /// Matches the header against `columns`; see `HeaderLayout.init` for `rejectsOtherColumns`.
    package func matchHeader(_ columns: [Column], rejectsOtherColumns: Bool) throws(ImportError) {
        layout = try HeaderLayout(
            header: header, columns: columns, rejectsOtherColumns: rejectsOtherColumns, file: file, line: headerLine)
        self.columns = columns
    }

    /// The number of bytes read so far, including the byte order mark.
    package var bytesRead: Int { parser.position }

    /// Reads the next record, checking its field count and its UTF-8; returns false at the end of the file.
    package func next() throws(ImportError) -> Bool {
        let fieldCount = layout?.fieldCount ?? header.count
        let start: Int?
        do {
            start = try parser.nextRecord(into: &fields)
        } catch {
            throw Self.syntaxError(error, file: file, columnName: columnName(atField: error.fieldIndex))
        }
        guard let start else { return false }
        line = start
        if fields.count != fieldCount {
            throw ImportError(
                .fieldCount, file: file, line: line, message: "\(fields.count) fields but the header has \(fieldCount)",
                expected: "one field per header column; quote fields that contain commas")
        }
        if parser.recordHasNonASCII {
            for (position, field) in fields.enumerated() where !parser.isValidUTF8(field) {
                throw ImportError(
                    .invalidUTF8, file: file, line: line, column: header[position], message: "invalid UTF-8",
                    expected: "UTF-8 text")
            }
        }
        return true
    }

    private func columnName(atField position: Int) -> String? {
        position < header.count ? header[position] : nil
    }

    private static func syntaxError(_ error: CSVSyntaxError, file: String, columnName: String?) -> ImportError {
        switch error.kind {
        case .unterminatedQuote:
            return ImportError(
                .unterminatedQuote, file: file, line: error.line, column: columnName,
                message: "unterminated quoted field", expected: "a closing quote before the end of the file")
        case .quoteInUnquotedField:
            return ImportError(
                .strayQuote, file: file, line: error.line, column: columnName,
                message: "quote inside an unquoted field",
                expected: "a field either without quotes or wholly in quotes with inner quotes doubled")
        case .textAfterClosingQuote:
            return ImportError(
                .strayQuote, file: file, line: error.line, column: columnName,
                message: "text after the closing quote",
                expected: "a comma or line break after a quoted field, with inner quotes doubled")
        }
    }

    private static func trimmingSpaces(_ text: String) -> String {
        var scalars = Substring(text)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    // MARK: Fields

    /// Returns the current record's field of `column`, or nil when the header does not have the column.
    private func field(_ column: Column) -> CSVField? {
        guard let layout, let position = layout.positions[column.index] else { return nil }
        return fields[position]
    }

    /// Returns the current record's field of `column` when it has a value. Without a value, a required column throws
    /// `missingValue` and an optional one returns nil.
    private func presentField(_ column: Column) throws(ImportError) -> CSVField? {
        if let field = field(column), !parser.isEmpty(field) { return field }
        guard column.isRequired else { return nil }
        throw ImportError(
            .missingValue, file: file, line: line, column: column.name, message: "missing value",
            expected: "a value in every row")
    }

    /// The value `read` returns for a required column, which is never nil because `read` throws `missingValue`
    /// first.
    package func required<Value>(
        _ column: Column, _ read: (Column) throws(ImportError) -> Value?
    ) throws(ImportError) -> Value {
        precondition(column.isRequired, "column \(column.name) is optional")
        guard let value = try read(column) else {
            throw ImportError(
                .missingValue, file: file, line: line, column: column.name, message: "missing value",
                expected: "a value in every row")
        }
        return value
    }

    /// Returns the field as text, or nil for an absent or empty optional column.
    ///
    /// Text may not contain control characters (other than tab and line breaks), a byte order mark or bidirectional
    /// overrides, because they make two different values print alike. An account id may not contain `/` or be
    /// `.` or `..`, because it is a path segment of the dashboard's account pages. It must be in Unicode's composed
    /// form (NFC): Swift treats `é` as one code point and as `e` with a combining accent as equal, SQLite as two
    /// different accounts, so only one of the two forms may be stored.
    package func string(_ column: Column) throws(ImportError) -> String? {
        guard let text = try presentField(column).map({ parser.string($0) }) else { return nil }
        if let scalar = text.unicodeScalars.first(where: Self.isInvisible) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
            throw invalidValue(
                column, "invalid text: contains the invisible character \(code)", expected: "printable text")
        }
        // Searching the bytes finds a slash even when a combining mark follows it, and is faster than `contains("/")`.
        guard column.isAccountID else { return text }
        if text.utf8.contains(UInt8(ascii: "/")) || text == "." || text == ".." {
            throw invalidValue(
                column, "invalid account id", expected: "an id without \"/\" that is not \".\" or \"..\"")
        }
        if text.utf8.contains(where: { $0 >= 0x80 }),
            !text.utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8)
        {
            throw invalidValue(
                column, "invalid account id: characters not in Unicode's composed form (NFC)",
                expected: "the id with composed characters, such as é as U+E9 instead of e followed by U+301")
        }
        return text
    }

    /// Whether `scalar` is a control character other than tab and line breaks, a byte order mark, or a
    /// bidirectional embedding, override or isolate.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Makes an `invalidValue` error for the current row, quoting the field's text.
    package func invalidValue(_ column: Column, _ message: String, expected: String) -> ImportError {
        let value = field(column).map { parser.string($0) }
        return ImportError(
            .invalidValue, file: file, line: line, column: column.name, value: value, message: message,
            expected: expected)
    }

    /// Parses the field with `parse`; nil for an absent or empty optional column.
    package func value<Value>(
        _ column: Column, _ what: String, expected: String, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
    ) throws(ImportError) -> Value? {
        guard let field = try presentField(column) else { return nil }
        // A field with doubled quotes is never a valid date, number or flag, so it goes straight to the error.
        if !field.hasDoubledQuotes, let value = parse(parser.rawBytes(field)) { return value }
        throw invalidValue(column, "invalid \(what)", expected: expected)
    }

    package func day(_ column: Column) throws(ImportError) -> Day? {
        try value(column, "date", expected: "a date as YYYY-MM-DD", ValueParsers.day)
    }

    package func count(_ column: Column) throws(ImportError) -> Int? {
        try value(
            column, "integer", expected: "a whole number of 0 or more, digits only", ValueParsers.nonNegativeInteger)
    }

    package func boolean(_ column: Column) throws(ImportError) -> Bool? {
        try value(column, "boolean", expected: "yes, no, true, false, 1 or 0", ValueParsers.boolean)
    }

    /// Parses a non-negative amount with at most four decimals.
    package func money(_ column: Column) throws(ImportError) -> Money? {
        try value(
            column, "amount", expected: "a plain decimal of 0 or more, below 900 billion, with at most 4 decimals",
            ValueParsers.nonNegativeMoney)
    }

    /// A value of a string enumeration, in any case.
    package func choice<Choice: RawRepresentable & CaseIterable>(
        _ column: Column, _ type: Choice.Type
    ) throws(ImportError) -> Choice? where Choice.RawValue == String {
        let options = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        return try value(column, "value", expected: "one of " + options + " (any case)") { bytes in
            Choice(rawValue: String(decoding: bytes, as: UTF8.self).lowercased())
        }
    }

    /// Parses an ISO 8601 timestamp, read in the reader's time zone when it has no offset.
    package func timestamp(_ column: Column) throws(ImportError) -> Timestamp? {
        let expected =
            "an ISO 8601 timestamp such as 2013-04-02T09:30:00, 2013-04-02T09:30:00.250Z or "
            + "2013-04-02T09:30:00+02:00"
        guard let local = try value(column, "timestamp", expected: expected, ValueParsers.isoDateTime) else {
            return nil
        }
        return try resolve(local, column: column, expected: expected)
    }

    /// Turns a parsed local date and time into an instant, using the time zone when it carries no offset.
    package func resolve(_ local: LocalDateTime, column: Column, expected: String) throws(ImportError) -> Timestamp {
        guard let wallClock = local.wallClockSeconds else {
            throw invalidValue(column, "invalid timestamp", expected: expected)
        }
        let offset: Int32
        if let given = local.utcOffsetSeconds {
            offset = given
        } else if let found = timeResolver.utcOffset(wallClockSeconds: wallClock) {
            offset = found
        } else {
            let zone = timeResolver.timeZone.identifier
            throw invalidValue(
                column, "nonexistent local time in \(zone) (clocks moved forward)",
                expected: "a local time that exists in \(zone), or a timestamp with a UTC offset")
        }
        let milliseconds = (wallClock - Int64(offset)) * 1000 + Int64(local.millisecond)
        return Timestamp(millisecondsSinceEpoch: milliseconds, utcOffsetSeconds: offset)
    }
}
