import TendCore
import TendStore

extension SQLiteWriter: ShelfwareStoreWriter {
    func beginSnapshots(defaultDate: Day) throws {
        try checkOpen()
        try connection.execute(ShelfwareSchema.importStateSQL)
        let sql = """
            INSERT OR REPLACE INTO temp.snapshot_import (id, default_date, sources_before)
            VALUES (1, ?1, (SELECT coalesce(max(id), 0) FROM sources))
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(defaultDate, at: 1)
            try statement.run()
        }
    }

    /// Upserts the item as `UpsertSQL` does for other tables: a key repeated within one source returns
    /// `duplicateInSource`.
    func upsert(_ item: InstallBaseItem, asOf: Day?) throws -> UpsertOutcome {
        try checkOpen()
        guard let sourceID else {
            throw SQLiteStoreError(
                .noSource, "an upsert came before any source in this transaction; call beginSource(kind:name:) first")
        }
        let date = try asOf ?? defaultSnapshotDate()
        let sql = """
            INSERT INTO install_base_snapshots (account_id, as_of, product, major_version, licences_owned,
                licences_in_use, unit_price, source_id, created_source_id)
            VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1, ?1)
            ON CONFLICT (account_id, as_of, product) DO UPDATE
            SET major_version = excluded.major_version, licences_owned = excluded.licences_owned,
                licences_in_use = excluded.licences_in_use, unit_price = excluded.unit_price,
                source_id = excluded.source_id
            WHERE install_base_snapshots.source_id <> excluded.source_id
            RETURNING created_source_id
            """
        return try connection.withStatement(sql) { statement in
            try statement.bind(sourceID, at: 1)
            try statement.bind(item.accountID, at: 2)
            try statement.bind(date, at: 3)
            try statement.bind(item.product, at: 4)
            try statement.bind(item.majorVersion, at: 5)
            try statement.bind(item.licencesOwned, at: 6)
            try statement.bind(item.licencesInUse, at: 7)
            try statement.bind(item.unitPrice, at: 8)
            guard try statement.step() else { return .duplicateInSource }
            return statement.int64(at: 0) == sourceID ? .inserted : .updated
        }
    }

    func reconcileShelfware(at time: Timestamp) throws -> [FindingChange] {
        try checkOpen()
        let sourcesBefore = try connection.int64("SELECT sources_before FROM temp.snapshot_import WHERE id = 1") ?? 0
        var touched: [String] = []
        let touchedSQL = "SELECT DISTINCT account_id FROM install_base_snapshots WHERE source_id > ?1 ORDER BY 1"
        let bind: (Statement) throws -> Void = { try $0.bind(sourcesBefore, at: 1) }
        try connection.forEachRow(touchedSQL, bind: bind) { row in
            touched.append(row.text(at: 0))
        }

        var changes: [FindingChange] = []
        for accountID in touched {
            try replaceCurrentInstallBase(accountID: accountID)
            changes += try reconcileFindings(accountID: accountID, at: time)
        }
        return changes
    }

    private func defaultSnapshotDate() throws -> Day {
        guard let days = try connection.int64("SELECT default_date FROM temp.snapshot_import WHERE id = 1") else {
            throw SQLiteStoreError(
                .noSource,
                "an install base item without a date came before beginSnapshots(defaultDate:); call it first")
        }
        return Day(daysSinceEpoch: Int32(days))
    }

    /// Replaces the account's rows in `install_base` with its latest snapshot.
    private func replaceCurrentInstallBase(accountID: String) throws {
        try connection.withStatement("DELETE FROM install_base WHERE account_id = ?1") { statement in
            try statement.bind(accountID, at: 1)
            try statement.run()
        }
        let sql = """
            INSERT INTO install_base (account_id, product, major_version, licences_owned, licences_in_use, unit_price,
                source_id, created_source_id)
            SELECT account_id, product, major_version, licences_owned, licences_in_use, unit_price, source_id,
                created_source_id
            FROM install_base_snapshots
            WHERE account_id = ?1 AND as_of = (SELECT max(as_of) FROM install_base_snapshots WHERE account_id = ?1)
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(accountID, at: 1)
            try statement.run()
        }
    }

    /// Reconciles the account's findings with each snapshot newer than the last one reconciled, oldest first.
    private func reconcileFindings(accountID: String, at time: Timestamp) throws -> [FindingChange] {
        let reconciledDays = try connection.int64(
            "SELECT snapshot_date FROM shelfware_reconciled WHERE account_id = ?1",
            bind: { try $0.bind(accountID, at: 1) })
        let snapshots = try SnapshotRows.load(accountID: accountID, connection: connection).filter { snapshot in
            reconciledDays.map { Int64(snapshot.date.daysSinceEpoch) > $0 } ?? true
        }
        guard let newest = snapshots.last else { return [] }

        // The reconciliation numbers new findings above the highest `F-n` id it is given, so the portfolio's
        // highest-numbered finding goes along with the account's own and comes back unchanged.
        var findings = try FindingRows.load(
            where: "account_id = ?1", connection: connection, bind: { try $0.bind(accountID, at: 1) })
        let highest = try FindingRows.load(
            where: "id = (SELECT id FROM shelfware_findings WHERE account_id <> ?1 ORDER BY number DESC LIMIT 1)",
            connection: connection, bind: { try $0.bind(accountID, at: 1) })
        findings += highest

        var changes: [FindingChange] = []
        for snapshot in snapshots {
            let reconciliation = ShelfwareReconciliation(findings, with: snapshot, at: time)
            findings = reconciliation.findings
            changes += reconciliation.changes
        }

        // Saving every finding of the account also keeps the dates of figures that changed in date only.
        for finding in findings where finding.accountID == accountID {
            try FindingRows.save(finding, connection: connection)
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
