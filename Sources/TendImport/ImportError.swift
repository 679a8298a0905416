/// A failed import: which file, line, column and value failed, why, and what was expected instead.
///
/// The description reads like a compiler diagnostic, for example
/// `accounts.csv:4: column customer_since: invalid date "2013-02-30"; expected a date as YYYY-MM-DD`.
public struct ImportError: Error, CustomStringConvertible {
    /// What went wrong, so callers and tests can match a class of failure without parsing text.
    public enum Code: String, Sendable, Equatable {
        case emptyFile
        case unknownColumn
        case missingColumn
        case duplicateColumn
        case unterminatedQuote
        /// A quote inside an unquoted field, or text after the closing quote of a quoted field.
        case strayQuote
        case fieldCount
        case invalidUTF8
        case invalidValue
        case missingValue
        case unknownAccount
        case duplicateKey
        case unrecognisedFile
        case unreadableFile
        case invalidMapping
    }

    public var code: Code
    /// The path as the caller gave it, or as a directory plus the file name for a file found in a directory.
    public var file: String
    /// The 1-based line where the failing record starts; nil for problems with the file as a whole.
    public var line: Int?
    /// The header name of the failing column, or nil when the problem is not in one column.
    public var column: String?
    /// The failing value as written in the file, or nil.
    public var value: String?
    /// What failed, such as `invalid date`.
    public var message: String
    /// What the importer expected instead, such as `a date as YYYY-MM-DD`.
    public var expected: String
    /// The underlying error, such as the file system's error for an unreadable file.
    public var cause: (any Error)?

    public init(
        _ code: Code, file: String, line: Int? = nil, column: String? = nil, value: String? = nil, message: String,
        expected: String, cause: (any Error)? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
        self.expected = expected
        self.cause = cause
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \(column): " }
        text += message
        if let value { text += " \"\(value)\"" }
        text += "; expected " + expected
        return text
    }
}
