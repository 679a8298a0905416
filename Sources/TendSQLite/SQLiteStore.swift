import Synchronization
import TendCore
import TendStore

/// The `Store` in one SQLite database file, for a single user or a small team on one machine.
///
/// All calls share one connection behind a `Mutex`, so they run one at a time. One connection keeps the prepared
/// statement cache warm and needs no pool. The price is that a long read, such as `accountYearFacts(year:)` on a
/// large portfolio, delays other requests until it finishes. Other processes may open the same file: the file
/// uses write-ahead logging, and each call waits up to `busyTimeoutMilliseconds` for another process's lock.
public final class SQLiteStore: Store {
    /// How long a call waits for another process's lock before failing with `SQLITE_BUSY`.
    public static let busyTimeoutMilliseconds: Int32 = 5000

    private let connection: Mutex<Connection>
    /// Connections for reads that run in parallel, nil for an in-memory database.
    let readers: ReaderPool?

    /// Opens the Tend database at `path`, creating the file and its tables when missing.
    ///
    /// Throws `SQLiteStoreError` with code `newerSchema` for a file written by a newer version of Tend, and
    /// `notATendDatabase` for another application's SQLite database.
    public init(path: String) throws {
        let connection = try Connection(path: path)
        connection.setBusyTimeout(milliseconds: SQLiteStore.busyTimeoutMilliseconds)
        // A new file gets 32 KiB pages instead of 4 KiB ones. Importing the 12 million rows of the 100,000-account
        // benchmark portfolio into a new file then took about 38 s of CPU time instead of 48 s (SQLite 3.40), because
        // fewer pages pass through the cache, the WAL and the B-tree balancing. SQLite ignores this for an existing
        // file, whose page size is fixed once it uses WAL.
        try connection.execute("PRAGMA page_size = 32768")
        // Upserts inside one large transaction write statement journals; on disk they cost more than the inserts.
        try connection.execute("PRAGMA temp_store = MEMORY")
        try connection.execute("PRAGMA foreign_keys = ON")
        // A file database switches to WAL. An in-memory one stays in "memory" mode, the only mode it supports.
        try connection.execute("PRAGMA journal_mode = WAL")
        // With WAL, NORMAL survives an application crash, and only a power loss may drop the last commits.
        try connection.execute("PRAGMA synchronous = NORMAL")
        // A large import, or writes while long reads keep the log from being reset, can grow the WAL to gigabytes.
        // After a later checkpoint resets it, SQLite truncates the file to this size (64 MiB) instead of keeping it.
        try connection.execute("PRAGMA journal_size_limit = 67108864")
        // A 256 MiB page cache (the value is in KiB) keeps a large import's pages in memory until it commits.
        try connection.execute("PRAGMA cache_size = -262144")
        try Schema.prepare(connection, path: path)
        self.connection = Mutex(connection)
        readers = path == ":memory:" || path.isEmpty ? nil : ReaderPool(path: path)
    }

    /// Creates an empty store in memory, gone when the value is deinitialised.
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(path: ":memory:")
    }

    /// Runs `body` in an `IMMEDIATE` transaction that also increments the revision, and rolls back when `body` throws.
    ///
    /// - Note: `body` must use only the writer it receives. Calling this store from `body` locks the store's `Mutex`
    ///   a second time, which on Linux stops the program with "Recursive call to lock Mutex".
    public func write<Result>(_ body: (any StoreWriter) throws -> Result) throws -> Result {
        var result: Result?
        try withConnection { connection in
            try connection.execute("BEGIN IMMEDIATE")
            let writer = SQLiteWriter(connection: connection)
            defer { writer.close() }
            do {
                result = try body(writer)
                try writer.finish()
                try connection.execute("UPDATE store_state SET revision = revision + 1")
                try connection.execute("COMMIT")
            } catch {
                // SQLite rolls back by itself after some errors, such as SQLITE_FULL, and then has no transaction.
                if connection.isInTransaction { try? connection.execute("ROLLBACK") }
                throw error
            }
        }
        return result!  // Set above, because the closure throws on every path that does not set it.
    }

    public func revision() throws -> Int64 {
        try withConnection { connection in
            try connection.int64("SELECT revision FROM store_state WHERE id = 1") ?? 0
        }
    }

    public func importedKinds() throws -> Set<DataKind> {
        try withConnection { connection in
            var kinds: Set<DataKind> = []
            try connection.forEachRow("SELECT kind FROM imported_kinds") { row in
                kinds.insert(try row.enumeration(DataKind.self, at: 0))
            }
            return kinds
        }
    }

    public func accounts() throws -> [Account] {
        try withConnection { connection in
            var accounts: [Account] = []
            try connection.forEachRow("SELECT \(RowDecoding.accountColumns) FROM accounts ORDER BY id") { row in
                accounts.append(try RowDecoding.account(row))
            }
            return accounts
        }
    }

    public func account(id: String) throws -> Account? {
        try withConnection { connection in
            var account: Account?
            let sql = "SELECT \(RowDecoding.accountColumns) FROM accounts WHERE id = ?1"
            try connection.forEachRow(sql, bind: { try $0.bind(id, at: 1) }) { row in
                account = try RowDecoding.account(row)
            }
            return account
        }
    }

    public func catalogue() throws -> [CatalogueProduct] {
        try withConnection { connection in
            var products: [CatalogueProduct] = []
            try connection.forEachRow("SELECT \(RowDecoding.productColumns) FROM catalogue ORDER BY product") { row in
                products.append(try RowDecoding.product(row))
            }
            return products
        }
    }

    /// Returns the cases newest first by the instant they were opened, then by id for cases opened at the same instant.
    public func cases(accountID: String?) throws -> [SupportCase] {
        try withConnection { connection in
            var cases: [SupportCase] = []
            let filter = accountID == nil ? "" : "WHERE account_id = ?1"
            let sql = "SELECT \(RowDecoding.caseColumns) FROM cases \(filter) ORDER BY opened_at DESC, id"
            let bind: (Statement) throws -> Void = { statement in
                if let accountID { try statement.bind(accountID, at: 1) }
            }
            try connection.forEachRow(sql, bind: bind) { row in
                cases.append(try RowDecoding.supportCase(row))
            }
            return cases
        }
    }

    public func rowCounts() throws -> [DataKind: Int] {
        try withConnection { connection in
            try connection.inReadTransaction {
                var counts: [DataKind: Int] = [:]
                for kind in DataKind.allCases {
                    counts[kind] = Int(try connection.int64("SELECT count(*) FROM \(SQLiteStore.table(of: kind))") ?? 0)
                }
                return counts
            }
        }
    }

    /// Years of case openings, sales quarters, enhancement submissions and deliveries, participation and upsells.
    public func yearsOnRecord() throws -> [Int] {
        try withConnection { connection in
            try connection.inReadTransaction {
                var years: Set<Int> = []
                let yearColumns = [
                    ("case_counts", "year"), ("sales", "year"), ("enhancements", "submitted_year"),
                    ("enhancements", "delivered_year"), ("participation", "year"), ("upsells", "year"),
                ]
                for (table, column) in yearColumns {
                    try connection.forEachRow(SQLiteStore.distinctYearsSQL(table: table, column: column)) { row in
                        years.insert(row.int(at: 0))
                    }
                }
                return years.sorted()
            }
        }
    }

    public func accountYearFacts(year: Int) throws -> [AccountYearFacts] {
        try withConnection { connection in
            try connection.inReadTransaction {
                try YearFactsQuery(connection: connection, year: year, scope: .all).run()
            }
        }
    }

    public func accountYearFacts(accountID: String, year: Int) throws -> AccountYearFacts? {
        try withConnection { connection in
            try connection.inReadTransaction {
                try YearFactsQuery(connection: connection, year: year, scope: .account(accountID)).run().first
            }
        }
    }

    func withConnection<Value: Sendable>(_ body: (Connection) throws -> Value) throws -> Value {
        try connection.withLock { connection in try body(connection) }
    }

    static func table(of kind: DataKind) -> String {
        switch kind {
        case .accounts: "accounts"
        case .products: "catalogue"
        case .installBase: "install_base"
        case .integrations: "integrations"
        case .enhancements: "enhancements"
        case .participation: "participation"
        case .programmes: "programmes"
        case .sales: "sales"
        case .upsells: "upsells"
        case .cases: "cases"
        }
    }

    /// Builds a query for the distinct non-NULL values of an indexed year column, which seeks the index once per year
    /// instead of scanning it.
    static func distinctYearsSQL(table: String, column: String) -> String {
        """
        WITH RECURSIVE found (year) AS (
            SELECT min(\(column)) FROM \(table)
            UNION ALL
            SELECT (SELECT min(\(column)) FROM \(table) WHERE \(column) > found.year) FROM found
            WHERE found.year IS NOT NULL
        )
        SELECT year FROM found WHERE year IS NOT NULL
        """
    }
}
