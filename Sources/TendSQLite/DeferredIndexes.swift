/// The secondary indexes a write transaction dropped for large imports, to create again before it commits.
///
/// When rows arrive in an order unrelated to a secondary index such as `participation_by_year`, each insert updates
/// the index at a random place. Building the index once from the finished table sorts its entries instead, which
/// costs less when the import is large compared with the table. Dropping and creating run inside the writer's transaction, so a
/// rollback restores the indexes as they were. Only indexes from `CREATE INDEX` that are not unique are dropped,
/// because unique ones and those of `PRIMARY KEY` and `UNIQUE` constraints decide what conflicts.
///
/// - Note: Building an index sorts all its entries, which raises the peak memory with the size of the table: about
///   450 MiB more for 6 million cases when they had two secondary indexes (SQLite 3.40, 32 KiB pages). They have one
///   now, by account.
package final class DeferredIndexes {
    /// The fewest expected rows for which dropping a table's indexes is considered. Below it, maintaining the
    /// indexes row by row is cheap, and the row count check is not worth running.
    package static let minimumExpectedRows = 10_000

    private let connection: Connection
    /// The `CREATE INDEX` statements of the dropped indexes, by table.
    private var droppedByTable: [String: [String]] = [:]
    /// The tables in the order their indexes were dropped, so they are created again in a repeatable order.
    private var tableOrder: [String] = []

    package init(connection: Connection) {
        self.connection = connection
    }

    /// Drops the secondary indexes of `table` when `expectedRows` is at least `minimumExpectedRows` and at least the
    /// rows the table already has.
    ///
    /// Building an index reads the whole table, so it pays off when the new rows are many compared with the old ones.
    /// Importing 6 million cases in random order into an empty table, with the two secondary indexes the cases had
    /// then, took 67 s of CPU time with the indexes maintained and 47 s with them built afterwards. The same cases ordered by account took about as long either
    /// way. The break-even at as many old rows as new ones is an estimate, not a measurement. The table's rows are
    /// counted only up to `expectedRows + 1`, so a small source into a large table costs one short scan and keeps
    /// the indexes.
    package func dropIfLarge(table: String, expectedRows: Int) throws {
        guard expectedRows >= Self.minimumExpectedRows, droppedByTable[table] == nil else { return }
        let countSQL = "SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT ?1)"
        let existingRows = try connection.int64(countSQL) { try $0.bind(Int64(expectedRows) + 1, at: 1) } ?? 0
        guard existingRows <= expectedRows else { return }

        var indexes: [(name: String, sql: String)] = []
        let listSQL = """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL
                AND name IN (SELECT name FROM pragma_index_list(?1) WHERE "unique" = 0 AND origin = 'c')
            ORDER BY name
            """
        let bindTable: (Statement) throws -> Void = { try $0.bind(table, at: 1) }
        try connection.forEachRow(listSQL, bind: bindTable) { row in
            indexes.append((row.text(at: 0), row.text(at: 1)))
        }
        guard !indexes.isEmpty else { return }

        for index in indexes {
            try connection.execute("DROP INDEX \(quotedIdentifier(index.name))")
        }
        droppedByTable[table] = indexes.map(\.sql)
        tableOrder.append(table)
    }

    /// Creates every dropped index again. Call it before `COMMIT`.
    package func restore() throws {
        for table in tableOrder {
            for sql in droppedByTable[table] ?? [] {
                try connection.execute(sql)
            }
        }
        droppedByTable = [:]
        tableOrder = []
    }

    private func quotedIdentifier(_ name: String) -> String {
        "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
