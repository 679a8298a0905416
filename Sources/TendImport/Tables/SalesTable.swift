import TendCore
import TendStore

/// `sales.csv`: planned and achieved sales per account, quarter and kind.
package enum SalesTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let quarter = Column(1, "quarter", required: true)
    static let kind = Column(2, "kind", required: true)
    static let planned = Column(3, "planned", required: true)
    static let achieved = Column(4, "achieved", required: true)

    package static let dataKind = DataKind.sales
    package static let columns = [accountID, quarter, kind, planned, achieved]
    package static let keyColumns = "account_id, quarter and kind"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> SalesResult {
        SalesResult(
            accountID: try row.required(accountID, row.string),
            quarter: try row.required(quarter) { column throws(ImportError) in
                try row.value(column, "quarter", expected: "a quarter such as 2013-Q2") { bytes in
                    Quarter(text: String(decoding: bytes, as: UTF8.self))
                }
            },
            kind: try row.required(kind) { column throws(ImportError) in try row.choice(column, SalesKind.self) },
            planned: try row.required(planned, row.money),
            achieved: try row.required(achieved, row.money))
    }

    package static func key(of record: SalesResult) -> [String] {
        [record.accountID, record.quarter.description, record.kind.rawValue]
    }

    package static func referencedAccountID(of record: SalesResult) -> String? { record.accountID }

    package static func upsert(_ record: SalesResult, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
