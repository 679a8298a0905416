import CSQLite

/// The destructor value that makes SQLite copy a bound text before the bind call returns (`SQLITE_TRANSIENT`).
private let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared SQLite statement, which binds parameters, steps through rows and reads columns.
///
/// Parameter and column indexes follow SQLite: parameters start at 1, columns at 0.
/// A statement belongs to one connection and is used only while that connection is held.
package final class Statement {
    let handle: OpaquePointer
    package let sql: String
    private let database: OpaquePointer

    init(database: OpaquePointer, sql: String) throws {
        var handle: OpaquePointer?
        let result = sqlite3_prepare_v3(database, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard result == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw SQLiteError(resultCode: result, database: database, sql: sql)
        }
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding

    package func bind(_ value: Int64?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    package func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map(Int64.init), at: index)
    }

    package func bind(_ value: Double?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    package func bind(_ value: String?, at index: Int32) throws {
        guard var value else { return try bindNull(at: index) }
        let result = value.withUTF8 { bytes in
            // An empty buffer may have no base address, and a null pointer would bind NULL instead of ''.
            guard let base = bytes.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, transientDestructor)
            }
            return sqlite3_bind_text(handle, index, base, Int32(bytes.count), transientDestructor)
        }
        try check(result)
    }

    /// Returns the index of the parameter written as `name` in the SQL, such as `:year`, or 0 when there is none.
    package func parameterIndex(_ name: String) -> Int32 {
        sqlite3_bind_parameter_index(handle, name)
    }

    package func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    // MARK: Stepping

    /// Advances to the next row and returns false when the statement has finished.
    package func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw SQLiteError(resultCode: result, database: database, sql: sql)
        }
    }

    /// Runs a statement that returns no rows.
    package func run() throws {
        while try step() {}
    }

    /// Rewinds the statement and clears its bindings, so it can run again with new parameters.
    package func reset() {
        // sqlite3_reset repeats the error of the last step, which step() has already thrown.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Rewinds the statement and keeps its bindings, for a caller that binds every parameter before each run.
    ///
    /// Binding a parameter again releases its previous value, so this skips the work of clearing values that are
    /// about to be replaced.
    package func rewind() {
        sqlite3_reset(handle)
    }

    // MARK: Reading columns

    package func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    package func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    package func int(at column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    package func double(at column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// Reads the column as UTF-8 text, or returns an empty string for NULL.
    package func text(at column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Compares the UTF-8 bytes of `string` with the text of `column` as SQLite's BINARY collation does (memcmp,
    /// then the shorter first): -1 when `string` sorts first, 0 when the bytes are equal, 1 when it sorts after.
    package func compare(_ string: String, toTextAt column: Int32) -> Int {
        let bytes = sqlite3_column_text(handle, column)
        let columnBytes = UnsafeBufferPointer(
            start: bytes, count: bytes == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
        var index = 0
        for byte in string.utf8 {
            guard index < columnBytes.count else { return 1 }
            if byte != columnBytes[index] { return byte < columnBytes[index] ? -1 : 1 }
            index += 1
        }
        return index < columnBytes.count ? -1 : 0
    }

    package func optionalInt64(at column: Int32) -> Int64? {
        isNull(at: column) ? nil : int64(at: column)
    }

    package func optionalDouble(at column: Int32) -> Double? {
        isNull(at: column) ? nil : double(at: column)
    }

    package func optionalText(at column: Int32) -> String? {
        isNull(at: column) ? nil : text(at: column)
    }

    private func check(_ result: Int32) throws {
        guard result == SQLITE_OK else { throw SQLiteError(resultCode: result, database: database, sql: sql) }
    }
}
