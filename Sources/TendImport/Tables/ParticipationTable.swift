import TendCore
import TendStore

/// `participation.csv`: the days an account took part in online community activity or in events.
package enum ParticipationTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let date = Column(1, "date", required: true)
    static let kind = Column(2, "kind", required: true)

    package static let dataKind = DataKind.participation
    package static let columns = [accountID, date, kind]
    package static let keyColumns = "account_id, date and kind"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> Participation {
        Participation(
            accountID: try row.required(accountID, row.string),
            date: try row.required(date, row.day),
            kind: try row.required(kind) { column throws(ImportError) in
                try row.choice(column, ParticipationKind.self)
            })
    }

    package static func key(of record: Participation) -> [String] {
        [record.accountID, record.date.description, record.kind.rawValue]
    }

    package static func referencedAccountID(of record: Participation) -> String? { record.accountID }

    package static func upsert(_ record: Participation, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
