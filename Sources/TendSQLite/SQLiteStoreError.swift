/// A failure of the SQLite store that is not an SQLite error: a file Tend cannot use, a stored value it cannot read,
/// or a writer used the wrong way.
public struct SQLiteStoreError: Error, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let name: String

        /// The file was written by a newer version of Tend, with a schema this version does not know.
        public static let newerSchema = Code(name: "newerSchema")
        /// The file is an SQLite database with tables but without a Tend schema version.
        public static let notATendDatabase = Code(name: "notATendDatabase")
        /// A stored value does not fit its record, such as an integration status Tend does not know.
        public static let invalidStoredValue = Code(name: "invalidStoredValue")
        /// A year outside 1...9999, the years a `Day` can be created in.
        public static let yearOutOfRange = Code(name: "yearOutOfRange")
        /// An upsert came before any `beginSource(kind:name:)` in the transaction.
        public static let noSource = Code(name: "noSource")
        /// A writer was used after the transaction it belongs to had ended.
        public static let writerClosed = Code(name: "writerClosed")
        /// The file needs tables that this version adds, and cannot be written now: another process holds the
        /// write lock, or the file or its folder is read-only.
        public static let schemaUpdateBlocked = Code(name: "schemaUpdateBlocked")

        public var description: String { name }
    }

    public let code: Code
    /// A message that says what failed and what to do about it.
    public let message: String
    /// The error that led to this one, if any.
    public let cause: (any Error)?

    package init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause else { return "\(code): \(message)" }
        return "\(code): \(message) (cause: \(cause))"
    }
}
