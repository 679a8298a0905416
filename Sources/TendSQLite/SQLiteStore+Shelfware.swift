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

    private static func causes(connection: Connection) throws -> ShelfwareCauseList {
        var added: [String] = []
        try connection.forEachRow("SELECT name FROM shelfware_causes ORDER BY position") { row in
            added.append(row.text(at: 0))
        }
        return ShelfwareCauseList(restoringAdded: added)
    }
}
