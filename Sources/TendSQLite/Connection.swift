import CSQLite

/// An open SQLite database connection with a cache of prepared statements.
///
/// A connection is not thread-safe, because it is opened without SQLite's own mutex. Its owner must make sure that
/// only one thread at a time uses it and the statements it hands out.
package final class Connection {
    private let handle: OpaquePointer
    private var statements: [String: Statement] = [:]

    /// SQLite's process-wide settings, applied once before the first connection opens.
    ///
    /// Memory statistics are off: with them, every allocation inside SQLite locks one global mutex. Turning them off
    /// took the import of the 100,000-account benchmark portfolio from 38.3 s to 34.5 s. Tend reads no memory
    /// statistics from SQLite.
    private static let globalConfiguration: Void = {
        _ = tend_sqlite3_disable_memory_statistics()
    }()

    /// Opens the database file at `path` and creates it when missing. The path `:memory:` opens a private in-memory
    /// database.
    package init(path: String) throws {
        _ = Self.globalConfiguration
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK, let handle else {
            let error = SQLiteError(resultCode: result, database: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw SQLiteError(
                extendedCode: error.extendedCode, message: "cannot open \(path): \(error.message)", sql: nil)
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Waits up to `milliseconds` for another connection's lock before failing with `SQLITE_BUSY`.
    package func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements separated by semicolons, discarding any rows.
    package func execute(_ sql: String) throws {
        let result = sqlite3_exec(handle, sql, nil, nil, nil)
        guard result == SQLITE_OK else { throw SQLiteError(resultCode: result, database: handle, sql: sql) }
    }

    /// Runs `body` with the cached prepared statement for `sql`, preparing it on first use, and resets it afterwards.
    ///
    /// - Precondition: `body` does not use the same SQL again before it returns.
    package func withStatement<Result>(_ sql: String, _ body: (Statement) throws -> Result) throws -> Result {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        return try body(statement)
    }

    /// Returns the cached prepared statement for `sql`, preparing it on first use.
    ///
    /// The caller resets the statement after each use. Keeping it spares hashing the SQL text on every run, which
    /// `withStatement` does.
    package func cachedStatement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(database: handle, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs `sql` with the parameters `bind` sets, and calls `readRow` on each row of the result.
    package func forEachRow(
        _ sql: String, bind: (Statement) throws -> Void = { _ in }, _ readRow: (Statement) throws -> Void
    ) throws {
        try withStatement(sql) { statement in
            try bind(statement)
            while try statement.step() { try readRow(statement) }
        }
    }

    /// Runs `sql` and returns the first column of its first row as an integer, or nil when there is no row or it is
    /// NULL.
    package func int64(_ sql: String, bind: (Statement) throws -> Void = { _ in }) throws -> Int64? {
        try withStatement(sql) { statement in
            try bind(statement)
            return try statement.step() ? statement.optionalInt64(at: 0) : nil
        }
    }

    /// Runs `body` in a deferred transaction, so all its queries read the same snapshot of the database.
    package func inReadTransaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The number of rows the last INSERT, UPDATE or DELETE changed, not counting triggers and foreign key actions.
    package var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open.
    package var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
