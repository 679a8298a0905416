import TendCore
import TendStore

/// `programmes.csv`: memberships of special programmes such as beta testing or an advisory board.
package enum ProgrammesTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let programme = Column(1, "programme", required: true)
    static let startedOn = Column(2, "started_on", required: true)
    static let endedOn = Column(3, "ended_on", required: false)

    package static let dataKind = DataKind.programmes
    package static let columns = [accountID, programme, startedOn, endedOn]
    package static let keyColumns = "account_id, programme and started_on"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> ProgrammeMembership {
        let started = try row.required(startedOn, row.day)
        let ended = try row.day(endedOn)
        if let ended, ended < started {
            throw row.invalidValue(endedOn, "end date before started_on", expected: "a date not before \(started)")
        }
        return ProgrammeMembership(
            accountID: try row.required(accountID, row.string),
            programme: try row.required(programme, row.string),
            startedOn: started,
            endedOn: ended)
    }

    package static func key(of record: ProgrammeMembership) -> [String] {
        [record.accountID, record.programme, record.startedOn.description]
    }

    package static func referencedAccountID(of record: ProgrammeMembership) -> String? { record.accountID }

    package static func upsert(_ record: ProgrammeMembership, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
