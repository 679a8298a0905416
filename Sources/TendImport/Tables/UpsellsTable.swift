import TendCore
import TendStore

/// `upsells.csv`: expansions sold to existing accounts.
package enum UpsellsTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let date = Column(1, "date", required: true)
    static let kind = Column(2, "kind", required: true)
    static let amount = Column(3, "amount", required: true)

    package static let dataKind = DataKind.upsells
    package static let columns = [accountID, date, kind, amount]
    package static let keyColumns = "account_id, date and kind"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> Upsell {
        Upsell(
            accountID: try row.required(accountID, row.string),
            date: try row.required(date, row.day),
            kind: try row.required(kind, row.string),
            amount: try row.required(amount, row.money))
    }

    package static func key(of record: Upsell) -> [String] { [record.accountID, record.date.description, record.kind] }

    package static func referencedAccountID(of record: Upsell) -> String? { record.accountID }

    package static func upsert(_ record: Upsell, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
