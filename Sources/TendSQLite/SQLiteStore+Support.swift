import Foundation
import TendCore
import TendStore

extension SQLiteStore: SupportStore {
    public func caseWaits(accountID: String?) throws -> [String: [CaseWait]] {
        try withConnection { connection in
            let filter =
                accountID == nil ? "" : "JOIN cases ON cases.id = case_waits.case_id WHERE cases.account_id = ?1"
            let sql = """
                SELECT case_waits.case_id, started_at, started_at_offset, ended_at, ended_at_offset
                FROM case_waits \(filter) ORDER BY case_waits.case_id, started_at, position
                """
            var waits: [String: [CaseWait]] = [:]
            let bind: (Statement) throws -> Void = { if let accountID { try $0.bind(accountID, at: 1) } }
            try connection.forEachRow(sql, bind: bind) { row in
                let caseID = row.text(at: 0)
                let wait = CaseWait(
                    caseID: caseID, start: try row.timestamp(at: 1), end: try row.optionalTimestamp(at: 3))
                waits[caseID, default: []].append(wait)
            }
            return waits
        }
    }

    public func forEachCase(
        openedFrom from: Timestamp, to: Timestamp, accountID: String?, readsAccountAndProduct: Bool,
        _ body: (SupportCase) throws -> Void
    ) throws {
        try withConnection { connection in
            let filter = accountID == nil ? "" : "AND account_id = ?3"
            // Without account and product, NULLs take their columns, so the row layout stays that of caseColumns.
            let columns =
                readsAccountAndProduct
                ? RowDecoding.caseColumns
                : RowDecoding.caseColumns.replacingOccurrences(of: "account_id, product,", with: "NULL, NULL,")
            let sql = "SELECT \(columns) FROM cases WHERE opened_at >= ?1 AND opened_at < ?2 \(filter)"
            let bind: (Statement) throws -> Void = { statement in
                try statement.bind(from.millisecondsSinceEpoch, at: 1)
                try statement.bind(to.millisecondsSinceEpoch, at: 2)
                if let accountID { try statement.bind(accountID, at: 3) }
            }
            try connection.inReadTransaction {
                try connection.forEachRow(sql, bind: bind) { row in try body(try RowDecoding.supportCase(row)) }
            }
        }
    }

    public func businessCalendars() throws -> [BusinessCalendar] {
        try withConnection { connection in
            try connection.inReadTransaction { try SupportConfigurationSQL.calendars(connection) }
        }
    }

    public func slaPolicies() throws -> [SLAPolicy] {
        try withConnection { connection in
            try connection.inReadTransaction {
                let calendars = try SupportConfigurationSQL.calendars(connection)
                return try SupportConfigurationSQL.policies(connection, calendars: calendars)
            }
        }
    }

    public func save(calendars: [BusinessCalendar], policies: [SLAPolicy]) throws {
        try write { writer in
            let connection = (writer as! SQLiteWriter).connection  // `write` always hands out an SQLiteWriter.
            for calendar in calendars { try SupportConfigurationSQL.save(calendar, connection) }
            for policy in policies { try SupportConfigurationSQL.save(policy, connection) }
        }
    }

    public func deleteBusinessCalendar(name: String) throws -> Bool {
        try write { writer in
            let connection = (writer as! SQLiteWriter).connection  // `write` always hands out an SQLiteWriter.
            let users = try SupportConfigurationSQL.policiesUsing(calendar: name, connection)
            guard users.isEmpty else {
                throw SupportStoreError(
                    "calendar \"\(name)\" is used by SLA policies \(users.joined(separator: ", ")); "
                        + "delete those policies or import them with other calendars first")
            }
            try connection.withStatement("DELETE FROM business_calendars WHERE name = ?1") { statement in
                try statement.bind(name, at: 1)
                try statement.run()
            }
            return connection.changes > 0
        }
    }

    public func deleteSLAPolicy(name: String) throws -> Bool {
        try write { writer in
            let connection = (writer as! SQLiteWriter).connection  // `write` always hands out an SQLiteWriter.
            try connection.withStatement("DELETE FROM sla_policies WHERE name = ?1") { statement in
                try statement.bind(name, at: 1)
                try statement.run()
            }
            return connection.changes > 0
        }
    }
}
