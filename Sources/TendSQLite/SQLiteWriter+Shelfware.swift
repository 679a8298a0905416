import TendCore
import TendStore

extension SQLiteWriter: ShelfwareStoreWriter {
    func beginSnapshots(defaultDate: Day) throws {
        try checkOpen()
        let sourcesBefore = try connection.int64("SELECT coalesce(max(id), 0) FROM sources") ?? 0
        snapshotImport = (defaultDate, sourcesBefore)
    }

    /// Upserts the item as `UpsertSQL` does for other tables: a key repeated within one source returns
    /// `duplicateInSource`.
    func upsert(_ item: InstallBaseItem, asOf: Day?) throws -> UpsertOutcome {
        guard let date = asOf ?? snapshotImport?.defaultDate else {
            throw SQLiteStoreError(
                .noSource,
                "an install base item without a date came before beginSnapshots(defaultDate:); call it first")
        }
        return try upsert(UpsertSQL.snapshotItem) { statement in
            try statement.bind(item.accountID, at: 2)
            try statement.bind(date, at: 3)
            try statement.bind(item.product, at: 4)
            try statement.bind(item.majorVersion, at: 5)
            try statement.bind(item.licencesOwned, at: 6)
            try statement.bind(item.licencesInUse, at: 7)
            try statement.bind(item.unitPrice, at: 8)
        }
    }

    /// Replaces the current install base of every account the import touched with one statement, then reads their
    /// snapshots in one pass and reconciles the accounts one by one as the pass reaches them.
    ///
    /// Only accounts that have findings load them, and only findings that changed are written again, so a first
    /// import of a large install base decodes no finding and encodes each new one once.
    func reconcileShelfware(at time: Timestamp) throws -> [FindingChange] {
        try checkOpen()
        let sourcesBefore = snapshotImport?.sourcesBefore ?? 0
        let bind: (Statement) throws -> Void = { try $0.bind(sourcesBefore, at: 1) }
        let touched = "SELECT DISTINCT account_id FROM install_base_snapshots WHERE source_id > ?1"
        try connection.withStatement("DELETE FROM install_base WHERE account_id IN (\(touched))") { statement in
            try bind(statement)
            try statement.run()
        }
        let replaceSQL = """
            INSERT INTO install_base (account_id, product, major_version, licences_owned, licences_in_use, unit_price,
                source_id, created_source_id)
            SELECT snapshot.account_id, product, major_version, licences_owned, licences_in_use, unit_price, source_id,
                created_source_id
            FROM install_base_snapshots AS snapshot
            JOIN (SELECT account_id, max(as_of) AS as_of FROM install_base_snapshots
                WHERE account_id IN (\(touched)) GROUP BY account_id) AS latest
            ON snapshot.account_id = latest.account_id AND snapshot.as_of = latest.as_of
            """
        try connection.withStatement(replaceSQL) { statement in
            try bind(statement)
            try statement.run()
        }

        var reconciledDays: [String: Int64] = [:]
        try connection.forEachRow("SELECT account_id, snapshot_date FROM shelfware_reconciled") { row in
            reconciledDays[row.text(at: 0)] = row.int64(at: 1)
        }
        var accountsWithFindings: Set<String> = []
        try connection.forEachRow("SELECT DISTINCT account_id FROM shelfware_findings") { row in
            accountsWithFindings.insert(row.text(at: 0))
        }
        var reconciler = AccountReconciler(
            connection: connection, time: time,
            highestNumber: Int(try connection.int64("SELECT max(number) FROM shelfware_findings") ?? 0))

        var changes: [FindingChange] = []
        let filter = "WHERE account_id IN (\(touched))"
        try SnapshotRows.forEachAccount(filter: filter, bind: bind, connection: connection) { accountID, snapshots in
            let reconciledDay = reconciledDays[accountID]
            let newer = snapshots.filter { snapshot in
                reconciledDay.map { Int64(snapshot.date.daysSinceEpoch) > $0 } ?? true
            }
            changes += try reconciler.reconcile(
                accountID: accountID, snapshots: newer, hasFindings: accountsWithFindings.contains(accountID))
        }
        return changes
    }
}

/// Reconciles one account at a time, numbering new findings across the accounts of one import.
private struct AccountReconciler {
    let connection: Connection
    let time: Timestamp
    /// The highest `F-n` number given so far, in the store or by this reconciler.
    var highestNumber: Int
    let encoder = FindingRows.encoder()

    /// Reconciles the account's findings with `snapshots`, oldest first, and saves the findings that changed.
    mutating func reconcile(accountID: String, snapshots: [InstallBaseSnapshot], hasFindings: Bool) throws
        -> [FindingChange]
    {
        guard let newest = snapshots.last else { return [] }

        let stored =
            hasFindings
            ? try FindingRows.load(
                where: "account_id = ?1", connection: connection, bind: { try $0.bind(accountID, at: 1) }) : []
        var findings = stored
        var changes: [FindingChange] = []
        for snapshot in snapshots {
            let reconciliation = ShelfwareReconciliation(
                findings, with: snapshot, at: time, highestNumber: highestNumber)
            findings = reconciliation.findings
            changes += reconciliation.changes
        }

        // A finding whose figures changed in date only differs from the stored one too, so it is saved with them.
        for (index, finding) in findings.enumerated() where index >= stored.count || stored[index] != finding {
            try FindingRows.save(finding, connection: connection, encoder: encoder)
            highestNumber = max(highestNumber, FindingRows.number(of: finding.id))
        }
        let sql = """
            INSERT INTO shelfware_reconciled (account_id, snapshot_date) VALUES (?1, ?2)
            ON CONFLICT (account_id) DO UPDATE SET snapshot_date = excluded.snapshot_date
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(accountID, at: 1)
            try statement.bind(newest.date, at: 2)
            try statement.run()
        }
        return changes
    }
}
