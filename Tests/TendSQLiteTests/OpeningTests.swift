import TendCore
import TendStore
import TendTestSupport
import Testing

@testable import TendSQLite

@Suite("Opening a database")
struct OpeningTests {
    @Test("reopened file keeps the data")
    func reopenKeepsData() throws {
        let database = try TestDatabase()
        let account = Account(
            id: "A1", name: "Acme", customerSince: day("2008-02-29"), segment: "SMB", region: "APAC", owner: "Ravi",
            referenceCustomer: false, knowsWhomToContact: nil, inHouseIntegrations: true)
        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts.csv")
            _ = try writer.upsert(account)
        }

        let reopened = try database.reopen()

        #expect(try reopened.accounts() == [account])
        #expect(try reopened.importedKinds() == [.accounts])
        #expect(try reopened.revision() == 1)
    }

    @Test("file is created with WAL and the schema version")
    func newFileSettings() throws {
        let database = try TestDatabase()

        let connection = try Connection(path: database.path)
        #expect(try connection.withStatement("PRAGMA journal_mode") { try $0.step() ? $0.text(at: 0) : "" } == "wal")
        #expect(try connection.int64("PRAGMA user_version") == 2)
    }

    @Test("new file has 32 KiB pages")
    func newFilePageSize() throws {
        let database = try TestDatabase()

        let connection = try Connection(path: database.path)
        #expect(try connection.int64("PRAGMA page_size") == 32_768)
    }

    @Test("existing file keeps its page size")
    func existingFilePageSize() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let old = try Connection(path: path)
        try old.execute("PRAGMA page_size = 4096")
        try old.execute("PRAGMA journal_mode = WAL")
        try old.execute("CREATE TABLE unrelated (id INTEGER)")
        try old.execute("DROP TABLE unrelated")

        _ = try SQLiteStore(path: path)

        #expect(try Connection(path: path).int64("PRAGMA page_size") == 4096)
    }

    @Test("re-import after reopening updates")
    func reimportAcrossOpens() throws {
        let database = try TestDatabase()
        try database.store.write { try $0.addAccounts("A1") }

        let outcome = try database.reopen().write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts.csv")
            return try writer.upsert(Account(id: "A1", name: "Account A1", customerSince: nil))
        }

        #expect(outcome == .updated)
    }

    @Test("newer schema version is rejected")
    func newerSchema() throws {
        let database = try TestDatabase()
        try Connection(path: database.path).execute("PRAGMA user_version = 3")

        let error = try #require(throws: SQLiteStoreError.self) { try database.reopen() }
        #expect(error.code == .newerSchema)
        #expect(error.message.contains("has schema version 3, but this version of Tend reads version 2 only"))
    }

    @Test("up-to-date file opens under a write lock")
    func opensDuringWrite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("tend.sqlite")
        try SQLiteStore(path: path).write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts", expectedRows: 1)
            _ = try writer.upsert(Account(id: "A1", name: "Acme", customerSince: nil))
        }
        let writer = try Connection(path: path)
        try writer.execute("BEGIN IMMEDIATE")
        defer { try? writer.execute("ROLLBACK") }

        let store = try SQLiteStore(path: path)
        #expect(try store.accounts().map(\.id) == ["A1"])
    }

    @Test("missing tables under a write lock")
    func schemaUpdateBlocked() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("tend.sqlite")
        _ = try SQLiteStore(path: path)
        let writer = try Connection(path: path)
        try writer.execute("DROP TABLE shelfware_causes")
        try writer.execute("BEGIN IMMEDIATE")
        defer { try? writer.execute("ROLLBACK") }

        let error = try #require(throws: SQLiteStoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .schemaUpdateBlocked)
        #expect(
            error.message
                == "\(path) needs the tables of this version of Tend, but another process is writing to it; try again "
                + "when that process has finished")
        #expect((error.cause as? SQLiteError)?.code == .busy)
    }

    @Test("error quotes the first line of a statement")
    func errorFirstLine() {
        let error = SQLiteError(extendedCode: 1, message: "no such table: x", sql: "SELECT 1\nFROM x\n")
        #expect(error.description == "SQLITE_ERROR (1): no such table: x in SQL: SELECT 1 …")
        let single = SQLiteError(extendedCode: 1, message: "no such table: y", sql: "SELECT 2 FROM y")
        #expect(single.description == "SQLITE_ERROR (1): no such table: y in SQL: SELECT 2 FROM y")
    }

    @Test("objects created on open are found by name")
    func objectsCreatedOnOpen() {
        #expect(
            Schema.objectsCreatedOnOpen == [
                "install_base_snapshots", "install_base_snapshots_by_source", "shelfware_reconciled",
                "shelfware_findings", "shelfware_findings_by_account", "shelfware_findings_by_number",
                "shelfware_causes", "case_waits", "business_calendars", "business_calendar_hours",
                "business_calendar_holidays", "sla_policies", "sla_targets",
            ])
    }

    @Test("other application's database is rejected")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        try Connection(path: path).execute("CREATE TABLE notes (text TEXT)")

        let error = try #require(throws: SQLiteStoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .notATendDatabase)
    }

    @Test("file that is not a database is rejected")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("notes.sqlite", String(repeating: "not a database\n", count: 100))

        let error = try #require(throws: SQLiteError.self) { try SQLiteStore(path: file.path) }
        #expect(error.code == .notADatabase)
    }

    @Test("missing folder cannot be opened")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()

        let error = try #require(throws: SQLiteError.self) {
            try SQLiteStore(path: directory.path("missing/tend.sqlite"))
        }
        #expect(error.code == .cantOpen)
        #expect(error.message.hasPrefix("cannot open \(directory.path("missing/tend.sqlite")):"))
    }

    @Test("in-memory stores are separate")
    func inMemory() throws {
        let first = try SQLiteStore.inMemory()
        let second = try SQLiteStore.inMemory()

        try first.write { try $0.addAccounts("A1") }

        #expect(try first.accounts().map(\.id) == ["A1"])
        #expect(try second.accounts() == [])
    }
}
