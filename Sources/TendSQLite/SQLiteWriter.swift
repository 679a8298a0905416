import TendCore
import TendStore

/// The writer `SQLiteStore.write` hands to its body, valid until that transaction ends.
final class SQLiteWriter: StoreWriter {
    let connection: Connection
    /// The row id in `sources` of the current source, nil before the first `beginSource`.
    private(set) var sourceID: Int64?
    private var isOpen = true
    /// The date of install base items imported without one, and the highest source id before the install base
    /// import began, set by `beginSnapshots(defaultDate:)`.
    var snapshotImport: (defaultDate: Day, sourcesBefore: Int64)?
    private let deferredIndexes: DeferredIndexes
    /// The prepared insert and update of each `UpsertSQL`, at its index, fetched from the connection on first use.
    private var upsertStatements: [(insert: Statement, update: Statement)?] = Array(
        repeating: nil, count: UpsertSQL.all.count)
    /// The cases inserted in this transaction, added to `case_counts` by `finish()`.
    private var caseCounts = CaseCountBuffer()

    init(connection: Connection) {
        self.connection = connection
        self.deferredIndexes = DeferredIndexes(connection: connection)
    }

    /// Creates the indexes that large sources dropped and brings `case_counts` up to date with the cases written.
    /// `SQLiteStore.write` calls it before `COMMIT`.
    func finish() throws {
        try checkOpen()
        // The recount of stale accounts reads the cases by account, so the dropped indexes come back first.
        try deferredIndexes.restore()
        let counts = caseCounts.drain()
        if !counts.isEmpty {
            try deferredIndexes.dropIfLarge(table: "case_counts", expectedRows: counts.count)
            try connection.withStatement(CaseCountsSchema.addSQL) { statement in
                for count in counts {
                    try statement.bind(count.accountID, at: 1)
                    try statement.bind(count.year, at: 2)
                    try statement.bind(count.cases, at: 3)
                    try statement.bind(count.severity1Cases, at: 4)
                    try statement.bind(count.firstDay, at: 5)
                    try statement.run()
                    statement.rewind()
                }
            }
        }
        if try connection.int64("SELECT 1 FROM case_counts_stale LIMIT 1") != nil {
            try connection.execute(CaseCountsSchema.recountSQL)
        }
        try deferredIndexes.restore()
    }

    /// Makes every later call fail, so a writer kept past its transaction cannot write outside one.
    func close() {
        isOpen = false
    }

    /// Starts a source, and drops the secondary indexes of the kind's table until `finish()` when `expectedRows` is
    /// large compared with the table (see `DeferredIndexes.dropIfLarge`).
    func beginSource(kind: DataKind, name: String, expectedRows: Int) throws {
        try checkOpen()
        try connection.withStatement("INSERT INTO sources (kind, name) VALUES (?1, ?2) RETURNING id") { statement in
            try statement.bind(kind.rawValue, at: 1)
            try statement.bind(name, at: 2)
            _ = try statement.step()
            sourceID = statement.int64(at: 0)
        }
        try connection.withStatement("INSERT OR IGNORE INTO imported_kinds (kind) VALUES (?1)") { statement in
            try statement.bind(kind.rawValue, at: 1)
            try statement.run()
        }
        try deferredIndexes.dropIfLarge(table: SQLiteStore.table(of: kind), expectedRows: expectedRows)
    }

    func accountExists(id: String) throws -> Bool {
        try checkOpen()
        return try connection.int64("SELECT 1 FROM accounts WHERE id = ?1") { try $0.bind(id, at: 1) } != nil
    }

    /// Inserts a placeholder with source 0, so any source's upsert of the account later replaces it.
    func insertAccountIfMissing(id: String) throws {
        try checkOpen()
        let sql = """
            INSERT INTO accounts (id, name, segment, region, owner, source_id, created_source_id)
            VALUES (?1, ?1, '', '', '', 0, 0)
            ON CONFLICT (id) DO NOTHING
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(id, at: 1)
            try statement.run()
        }
    }

    /// Upserts the account. Replacing a placeholder from `insertAccountIfMissing` counts as an update.
    func upsert(_ account: Account) throws -> UpsertOutcome {
        try upsert(UpsertSQL.account) { statement in
            try statement.bind(account.id, at: 2)
            try statement.bind(account.name, at: 3)
            try statement.bind(account.customerSince, at: 4)
            try statement.bind(account.segment, at: 5)
            try statement.bind(account.region, at: 6)
            try statement.bind(account.owner, at: 7)
            try statement.bind(account.referenceCustomer, at: 8)
            try statement.bind(account.knowsWhomToContact, at: 9)
            try statement.bind(account.inHouseIntegrations, at: 10)
        }
    }

    func upsert(_ product: CatalogueProduct) throws -> UpsertOutcome {
        try upsert(UpsertSQL.product) { statement in
            try statement.bind(product.product, at: 2)
            try statement.bind(product.latestMajorVersion, at: 3)
            try statement.bind(product.releasedOn, at: 4)
        }
    }

    func upsert(_ item: InstallBaseItem) throws -> UpsertOutcome {
        try upsert(UpsertSQL.installBaseItem) { statement in
            try statement.bind(item.accountID, at: 2)
            try statement.bind(item.product, at: 3)
            try statement.bind(item.majorVersion, at: 4)
            try statement.bind(item.licencesOwned, at: 5)
            try statement.bind(item.licencesInUse, at: 6)
            try statement.bind(item.unitPrice, at: 7)
        }
    }

    func upsert(_ integration: Integration) throws -> UpsertOutcome {
        try upsert(UpsertSQL.integration) { statement in
            try statement.bind(integration.accountID, at: 2)
            try statement.bind(integration.name, at: 3)
            try statement.bind(integration.status.rawValue, at: 4)
        }
    }

    func upsert(_ request: EnhancementRequest) throws -> UpsertOutcome {
        try upsert(UpsertSQL.enhancement) { statement in
            try statement.bind(request.accountID, at: 2)
            try statement.bind(request.requestID, at: 3)
            try statement.bind(request.submittedOn, at: 4)
            try statement.bind(request.submittedOn.year, at: 5)
            try statement.bind(request.deliveredOn, at: 6)
            try statement.bind(request.deliveredOn?.year, at: 7)
        }
    }

    func upsert(_ participation: Participation) throws -> UpsertOutcome {
        try upsert(UpsertSQL.participation) { statement in
            try statement.bind(participation.accountID, at: 2)
            try statement.bind(participation.date, at: 3)
            try statement.bind(participation.kind.rawValue, at: 4)
            try statement.bind(participation.date.year, at: 5)
        }
    }

    func upsert(_ membership: ProgrammeMembership) throws -> UpsertOutcome {
        try upsert(UpsertSQL.programme) { statement in
            try statement.bind(membership.accountID, at: 2)
            try statement.bind(membership.programme, at: 3)
            try statement.bind(membership.startedOn, at: 4)
            try statement.bind(membership.endedOn, at: 5)
        }
    }

    func upsert(_ result: SalesResult) throws -> UpsertOutcome {
        try upsert(UpsertSQL.sales) { statement in
            try statement.bind(result.accountID, at: 2)
            try statement.bind(result.quarter.year, at: 3)
            try statement.bind(result.quarter.number, at: 4)
            try statement.bind(result.kind.rawValue, at: 5)
            try statement.bind(result.planned, at: 6)
            try statement.bind(result.achieved, at: 7)
        }
    }

    func upsert(_ upsell: Upsell) throws -> UpsertOutcome {
        try upsert(UpsertSQL.upsell) { statement in
            try statement.bind(upsell.accountID, at: 2)
            try statement.bind(upsell.date, at: 3)
            try statement.bind(upsell.kind, at: 4)
            try statement.bind(upsell.amount, at: 5)
            try statement.bind(upsell.date.year, at: 6)
        }
    }

    func upsert(_ supportCase: SupportCase) throws -> UpsertOutcome {
        let openedOn = supportCase.openedAt.localDay
        let year = openedOn.year
        let outcome = try upsert(UpsertSQL.supportCase) { statement in
            try statement.bind(supportCase.id, at: 2)
            try statement.bind(supportCase.accountID, at: 3)
            try statement.bind(supportCase.product, at: 4)
            try statement.bind(supportCase.severity, at: 5)
            try statement.bind(supportCase.openedAt, at: 6)
            try statement.bind(openedOn, at: 8)
            try statement.bind(year, at: 9)
            try statement.bind(supportCase.firstContactAt, at: 10)
            try statement.bind(supportCase.restoredAt, at: 12)
            try statement.bind(supportCase.closedAt, at: 14)
            try statement.bind(supportCase.rcaDone, at: 16)
            try statement.bind(supportCase.reopenings, at: 17)
        }
        if outcome == .inserted {
            caseCounts.add(
                accountID: supportCase.accountID, openedOn: openedOn, year: year, severity: supportCase.severity)
        }
        return outcome
    }

    /// Runs the insert of `sql`, then its update when the key exists, with the current source and the values `bind`
    /// sets.
    func upsert(_ sql: UpsertSQL, bind: (Statement) throws -> Void) throws -> UpsertOutcome {
        try checkOpen()
        guard let sourceID else {
            throw SQLiteStoreError(
                .noSource, "an upsert came before any source in this transaction; call beginSource(kind:name:) first")
        }
        let statements = try upsertStatements(sql)

        // Every parameter is bound before each run, so rewinding is enough.
        defer { statements.insert.rewind() }
        try statements.insert.bind(sourceID, at: 1)
        try bind(statements.insert)
        try statements.insert.run()
        if connection.changes > 0 { return .inserted }

        defer { statements.update.rewind() }
        try statements.update.bind(sourceID, at: 1)
        try bind(statements.update)
        try statements.update.run()
        return connection.changes > 0 ? .updated : .duplicateInSource
    }

    private func upsertStatements(_ sql: UpsertSQL) throws -> (insert: Statement, update: Statement) {
        if let statements = upsertStatements[sql.index] { return statements }
        let statements = (
            insert: try connection.cachedStatement(sql.insert), update: try connection.cachedStatement(sql.update)
        )
        upsertStatements[sql.index] = statements
        return statements
    }

    func checkOpen() throws {
        guard isOpen else {
            throw SQLiteStoreError(
                .writerClosed, "the writer was used after its transaction ended; use it only inside write(_:)")
        }
    }
}
