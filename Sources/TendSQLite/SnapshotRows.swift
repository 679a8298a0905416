import TendCore

/// Reads `install_base_snapshots` rows as `InstallBaseSnapshot`s.
enum SnapshotRows {
    /// Returns the snapshots of one account, or of every account when `accountID` is nil, ordered by account and
    /// date.
    static func load(accountID: String?, connection: Connection) throws -> [InstallBaseSnapshot] {
        let filter = accountID == nil ? "" : "WHERE account_id = ?1"
        let sql = """
            SELECT as_of, \(RowDecoding.installBaseColumns) FROM install_base_snapshots \(filter)
            ORDER BY account_id, as_of, product
            """
        var groups: [(accountID: String, date: Day, items: [InstallBaseItem])] = []
        let bind: (Statement) throws -> Void = { statement in
            if let accountID { try statement.bind(accountID, at: 1) }
        }
        try connection.forEachRow(sql, bind: bind) { row in
            let date = try row.day(at: 0)
            let item = InstallBaseItem(
                accountID: row.text(at: 1), product: row.text(at: 2), majorVersion: row.int(at: 3),
                licencesOwned: row.int(at: 4), licencesInUse: row.int(at: 5), unitPrice: row.money(at: 6))
            if let last = groups.last, last.accountID == item.accountID, last.date == date {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append((item.accountID, date, [item]))
            }
        }
        return try groups.map { group in
            try InstallBaseSnapshot(accountID: group.accountID, date: group.date, items: group.items)
        }
    }
}
