import TendCore

/// Reads `install_base_snapshots` rows as `InstallBaseSnapshot`s.
enum SnapshotRows {
    /// Returns the snapshots of one account, or of every account when `accountID` is nil, ordered by account and
    /// date.
    static func load(accountID: String?, connection: Connection) throws -> [InstallBaseSnapshot] {
        let filter = accountID == nil ? "" : "WHERE account_id = ?1"
        let bind: (Statement) throws -> Void = { statement in
            if let accountID { try statement.bind(accountID, at: 1) }
        }
        var snapshots: [InstallBaseSnapshot] = []
        try forEachAccount(filter: filter, bind: bind, connection: connection) { snapshots += $1 }
        return snapshots
    }

    /// Reads the snapshot rows that `filter` (a `WHERE` clause bound by `bind`, or nothing) selects in one pass, and
    /// calls `body` with each account's snapshots, oldest first, in account order.
    static func forEachAccount(
        filter: String, bind: (Statement) throws -> Void, connection: Connection,
        _ body: (String, [InstallBaseSnapshot]) throws -> Void
    ) throws {
        let sql = """
            SELECT as_of, \(RowDecoding.installBaseColumns) FROM install_base_snapshots \(filter)
            ORDER BY account_id, as_of, product
            """
        var accountID: String?
        var groups: [(date: Day, items: [InstallBaseItem])] = []
        func finishAccount() throws {
            guard let accountID else { return }
            try body(
                accountID,
                try groups.map { try InstallBaseSnapshot(accountID: accountID, date: $0.date, items: $0.items) })
            groups = []
        }
        try connection.forEachRow(sql, bind: bind) { row in
            let date = try row.day(at: 0)
            let item = InstallBaseItem(
                accountID: row.text(at: 1), product: row.text(at: 2), majorVersion: row.int(at: 3),
                licencesOwned: row.int(at: 4), licencesInUse: row.int(at: 5), unitPrice: row.money(at: 6))
            if item.accountID != accountID {
                try finishAccount()
                accountID = item.accountID
            }
            if let last = groups.last, last.date == date {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append((date, [item]))
            }
        }
        try finishAccount()
    }
}
