import TendCore
import TendStore

extension SQLiteStore: ShelfwareStore {
    public func installBaseSnapshots(accountID: String?) throws -> [InstallBaseSnapshot] {
        try withConnection { connection in
            try connection.inReadTransaction { try SnapshotRows.load(accountID: accountID, connection: connection) }
        }
    }

    public func findings(accountID: String?) throws -> [ShelfwareFinding] {
        try withConnection { connection in
            guard let accountID else { return try FindingRows.load(where: "1", connection: connection) }
            return try FindingRows.load(
                where: "account_id = ?1", connection: connection, bind: { try $0.bind(accountID, at: 1) })
        }
    }

    public func finding(id: String) throws -> ShelfwareFinding? {
        try withConnection { connection in
            try FindingRows.load(where: "id = ?1", connection: connection, bind: { try $0.bind(id, at: 1) }).first
        }
    }

    public func shelfwareCauses() throws -> ShelfwareCauseList {
        try withConnection { connection in try Self.causes(connection: connection) }
    }

    public func moveFinding(
        id: String, by actor: String, at time: Timestamp, note: String,
        event makeEvent: (ShelfwareCauseList) throws -> FindingEvent
    ) throws -> ShelfwareFinding? {
        try write { writer in
            // `write` hands out only `SQLiteWriter`s.
            let connection = (writer as! SQLiteWriter).connection
            let bind: (Statement) throws -> Void = { try $0.bind(id, at: 1) }
            guard var finding = try FindingRows.load(where: "id = ?1", connection: connection, bind: bind).first
            else { return nil }
            let event = try makeEvent(try Self.causes(connection: connection))
            try finding.apply(event, by: actor, at: time, note: note)
            try FindingRows.save(finding, connection: connection)
            return finding
        }
    }

    public func addShelfwareCause(_ name: String) throws -> ShelfwareCauseList {
        try write { writer in
            let connection = (writer as! SQLiteWriter).connection  // `write` hands out only `SQLiteWriter`s.
            var list = try Self.causes(connection: connection)
            try list.add(name)
            try connection.withStatement("INSERT INTO shelfware_causes (name) VALUES (?1)") { statement in
                // `add` trims the name and appends it last.
                try statement.bind(list.names.last!, at: 1)
                try statement.run()
            }
            return list
        }
    }

    /// Sets `shelfwareFindings` on the facts of every account whose findings were reconciled at least once.
    static func attachShelfwareFindings(_ facts: [AccountYearFacts], connection: Connection) throws
        -> [AccountYearFacts]
    {
        var reconciled: Set<String> = []
        try connection.forEachRow("SELECT account_id FROM shelfware_reconciled") { row in
            reconciled.insert(row.text(at: 0))
        }
        guard !reconciled.isEmpty else { return facts }
        // Utilisation reads only the findings that count as shelf-ware, and only their ids, products and steps, so
        // the finding documents with their history are not decoded here.
        var findings: [CountedShelfwareFinding] = []
        var sql = "SELECT id, account_id, product, step FROM shelfware_findings WHERE counts_as_shelfware = 1"
        let accountID = facts.count == 1 ? facts.first?.account.id : nil
        if accountID != nil { sql += " AND account_id = ?1" }
        let bindAccount: (Statement) throws -> Void = { statement in
            if let accountID { try statement.bind(accountID, at: 1) }
        }
        let readRow: (Statement) throws -> Void = { row in
            let stepName = row.text(at: 3)
            guard let step = FindingStep(rawValue: stepName) else {
                throw SQLiteStoreError(
                    .invalidStoredValue, "finding \(row.text(at: 0)) has an unknown step \"\(stepName)\"")
            }
            findings.append(
                CountedShelfwareFinding(
                    id: row.text(at: 0), accountID: row.text(at: 1), product: row.text(at: 2), step: step))
        }
        try connection.forEachRow(sql, bind: bindAccount, readRow)
        let byAccount = Dictionary(grouping: findings, by: \.accountID)
        return facts.map { accountFacts in
            var updated = accountFacts
            if reconciled.contains(accountFacts.account.id) {
                updated.shelfwareFindings = byAccount[accountFacts.account.id] ?? []
            }
            return updated
        }
    }

    private static func causes(connection: Connection) throws -> ShelfwareCauseList {
        var added: [String] = []
        try connection.forEachRow("SELECT name FROM shelfware_causes ORDER BY position") { row in
            added.append(row.text(at: 0))
        }
        return ShelfwareCauseList(restoringAdded: added)
    }
}
