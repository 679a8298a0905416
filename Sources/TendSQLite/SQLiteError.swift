import CSQLite

/// A failed SQLite call, with SQLite's result code, its message and the SQL that failed.
///
/// Catch a particular failure by its primary code, as in `catch let error as SQLiteError where error.code == .busy`.
public struct SQLiteError: Error, CustomStringConvertible {
    /// A primary SQLite result code, named as in `sqlite3.h`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        public static let error = Code(rawValue: SQLITE_ERROR)
        public static let busy = Code(rawValue: SQLITE_BUSY)
        public static let locked = Code(rawValue: SQLITE_LOCKED)
        public static let readOnly = Code(rawValue: SQLITE_READONLY)
        public static let corrupt = Code(rawValue: SQLITE_CORRUPT)
        public static let cantOpen = Code(rawValue: SQLITE_CANTOPEN)
        public static let constraint = Code(rawValue: SQLITE_CONSTRAINT)
        public static let misuse = Code(rawValue: SQLITE_MISUSE)
        public static let notADatabase = Code(rawValue: SQLITE_NOTADB)

        /// The name of the code in `sqlite3.h`, such as `SQLITE_BUSY`.
        public var description: String {
            Code.names[Int(rawValue)] ?? "SQLITE_\(rawValue)"
        }

        private static let names: [Int: String] = [
            0: "SQLITE_OK", 1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT",
            5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM", 8: "SQLITE_READONLY", 9: "SQLITE_INTERRUPT",
            10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 12: "SQLITE_NOTFOUND", 13: "SQLITE_FULL",
            14: "SQLITE_CANTOPEN", 15: "SQLITE_PROTOCOL", 16: "SQLITE_EMPTY", 17: "SQLITE_SCHEMA",
            18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT", 20: "SQLITE_MISMATCH", 21: "SQLITE_MISUSE",
            22: "SQLITE_NOLFS", 23: "SQLITE_AUTH", 24: "SQLITE_FORMAT", 25: "SQLITE_RANGE", 26: "SQLITE_NOTADB",
            27: "SQLITE_NOTICE", 28: "SQLITE_WARNING", 100: "SQLITE_ROW", 101: "SQLITE_DONE",
        ]
    }

    /// The primary result code (the low 8 bits of `extendedCode`).
    public let code: Code
    /// The extended result code, such as 787 (`SQLITE_CONSTRAINT_FOREIGNKEY`), which SQLite's message also explains.
    public let extendedCode: Int32
    /// SQLite's own message, such as "FOREIGN KEY constraint failed".
    public let message: String
    /// The statement that failed, or nil when the failure was not in a statement, as when opening a file.
    public let sql: String?

    package init(extendedCode: Int32, message: String, sql: String?) {
        self.code = Code(rawValue: extendedCode & 0xff)
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the error of `database` after a call on it returned `resultCode`.
    package init(resultCode: Int32, database: OpaquePointer?, sql: String?) {
        var extended = resultCode
        var message = String(cString: sqlite3_errstr(resultCode))
        // The connection's error state belongs to an earlier call when this one failed before touching it.
        if let database, sqlite3_extended_errcode(database) & 0xff == resultCode & 0xff {
            extended = sqlite3_extended_errcode(database)
            message = String(cString: sqlite3_errmsg(database))
        }
        self.init(extendedCode: extended, message: message, sql: sql)
    }

    /// The code, the message and the statement's first line, followed by `…` when the statement has more lines.
    public var description: String {
        var text = "\(code) (\(extendedCode)): \(message)"
        if let sql {
            let lines = sql.split(separator: "\n", omittingEmptySubsequences: true)
            text += " in SQL: " + (lines.first.map(String.init) ?? "") + (lines.count > 1 ? " …" : "")
        }
        return text
    }
}
