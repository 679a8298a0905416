import TendCore
import TendSQLite
import TendStore
import Testing

@Suite("Deferred indexes")
struct DeferredIndexesTests {
    let database: TestDatabase
    /// A second connection to the database file, for looking at the schema and calling `DeferredIndexes` directly.
    let connection: Connection

    static let casesIndexes = ["cases_by_account", "sqlite_autoindex_cases_1"]

    init() throws {
        database = try TestDatabase()
        connection = try Connection(path: database.path)
    }

    func indexNames(_ table: String) throws -> [String] {
        var names: [String] = []
        let sql = "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 ORDER BY name"
        let bindTable: (Statement) throws -> Void = { try $0.bind(table, at: 1) }
        try connection.forEachRow(sql, bind: bindTable) { names.append($0.text(at: 0)) }
        return names
    }

    /// Inserts `count` upsells of account A1 on consecutive days, bypassing the store and its foreign keys.
    func insertUpsells(_ count: Int) throws {
        try connection.execute(
            """
            WITH RECURSIVE day (number) AS (SELECT 1 UNION ALL SELECT number + 1 FROM day WHERE number < \(count))
            INSERT INTO upsells (account_id, day, kind, amount, year, source_id, created_source_id)
            SELECT 'A1', number, 'cloud', 100, 2020, 1, 1 FROM day
            """)
    }

    @Test("large source drops and restores indexes")
    func dropAndRestore() throws {
        let indexes = DeferredIndexes(connection: connection)
        try connection.execute("BEGIN IMMEDIATE")

        try indexes.dropIfLarge(table: "cases", expectedRows: DeferredIndexes.minimumExpectedRows)
        #expect(try indexNames("cases") == ["sqlite_autoindex_cases_1"])

        try indexes.restore()
        #expect(try indexNames("cases") == Self.casesIndexes)
        try connection.execute("COMMIT")
    }

    @Test("source below the minimum keeps indexes")
    func belowMinimum() throws {
        let indexes = DeferredIndexes(connection: connection)
        try connection.execute("BEGIN IMMEDIATE")

        try indexes.dropIfLarge(table: "cases", expectedRows: DeferredIndexes.minimumExpectedRows - 1)

        #expect(try indexNames("cases") == Self.casesIndexes)
        try connection.execute("ROLLBACK")
    }

    @Test("table with more rows than the source keeps indexes")
    func largerTable() throws {
        try insertUpsells(10_001)
        let indexes = DeferredIndexes(connection: connection)
        try connection.execute("BEGIN IMMEDIATE")

        try indexes.dropIfLarge(table: "upsells", expectedRows: 10_000)
        #expect(try indexNames("upsells") == ["upsells_by_year"])

        try indexes.dropIfLarge(table: "upsells", expectedRows: 10_001)
        #expect(try indexNames("upsells") == [])
        try connection.execute("ROLLBACK")
    }

    @Test("unique index is kept")
    func uniqueIndexKept() throws {
        try connection.execute("CREATE UNIQUE INDEX upsells_by_amount ON upsells (amount, account_id, day)")
        let indexes = DeferredIndexes(connection: connection)
        try connection.execute("BEGIN IMMEDIATE")

        try indexes.dropIfLarge(table: "upsells", expectedRows: 50_000)

        #expect(try indexNames("upsells") == ["upsells_by_amount"])
        try connection.execute("ROLLBACK")
    }

    @Test("large write keeps indexes and data")
    func largeWriteCommits() throws {
        let outcomes = try database.store.write { writer in
            try writer.addAccounts("A1", "A2")
            try writer.beginSource(kind: .cases, name: "cases.csv", expectedRows: 20_000)
            let first = try writer.upsert(Self.supportCase("C1", account: "A1", severity: 3))
            let second = try writer.upsert(Self.supportCase("C2", account: "A2", severity: 1))
            try writer.beginSource(kind: .cases, name: "cases-2.csv", expectedRows: 20_000)
            let third = try writer.upsert(Self.supportCase("C1", account: "A1", severity: 2))
            let fourth = try writer.upsert(Self.supportCase("C1", account: "A1", severity: 4))
            return [first, second, third, fourth]
        }

        #expect(outcomes == [.inserted, .inserted, .updated, .duplicateInSource])
        #expect(try indexNames("cases") == Self.casesIndexes)
        #expect(try connection.withStatement("PRAGMA integrity_check") { try $0.step() ? $0.text(at: 0) : "" } == "ok")
        #expect(try database.store.cases(accountID: "A1").map(\.severity) == [2])
        #expect(try database.store.cases(accountID: "A2").map(\.id) == ["C2"])
    }

    @Test("rollback restores dropped indexes")
    func largeWriteRollsBack() throws {
        #expect(throws: ExpectedFailure.self) {
            try database.store.write { writer in
                try writer.addAccounts("A1")
                try writer.beginSource(kind: .cases, name: "cases.csv", expectedRows: 20_000)
                _ = try writer.upsert(Self.supportCase("C1", account: "A1", severity: 3))
                throw ExpectedFailure()
            }
        }

        #expect(try indexNames("cases") == Self.casesIndexes)
        #expect(try database.store.rowCounts()[.cases] == 0)
    }

    static func supportCase(_ id: String, account: String, severity: Int) -> SupportCase {
        SupportCase(
            id: id, accountID: account, product: "Ledger", severity: severity,
            openedAt: timestamp("2013-03-03", "10:00:00"))
    }
}
