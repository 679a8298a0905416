import TendCore
import TendStore

/// `cases.csv`: support cases with their milestones. Reopenings are not in the file and are stored as 0.
///
/// Milestones out of order (closed before opened, say) are stored as written: the support reports flag them.
package enum CasesTable: CSVTable {
    static let caseID = Column(0, "case_id", required: true)
    static let accountID = Column(1, "account_id", required: true)
    static let product = Column(2, "product", required: false)
    static let severity = Column(3, "severity", required: true)
    static let openedAt = Column(4, "opened_at", required: true)
    static let firstContactAt = Column(5, "first_contact_at", required: false)
    static let restoredAt = Column(6, "restored_at", required: false)
    static let closedAt = Column(7, "closed_at", required: false)
    static let rcaDone = Column(8, "rca_done", required: false)

    package static let dataKind = DataKind.cases
    package static let columns = [
        caseID, accountID, product, severity, openedAt, firstContactAt, restoredAt, closedAt, rcaDone,
    ]
    package static let keyColumns = "case_id"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> SupportCase {
        SupportCase(
            id: try row.required(caseID, row.string),
            accountID: try row.required(accountID, row.string),
            product: try row.string(product) ?? "",
            severity: try row.required(severity) { column throws(ImportError) in
                try row.value(column, "severity", expected: "1, 2, 3 or 4, where 1 is the most severe") { bytes in
                    ValueParsers.nonNegativeInteger(bytes).flatMap { SupportCase.severities.contains($0) ? $0 : nil }
                }
            },
            openedAt: try row.required(openedAt, row.timestamp),
            firstContactAt: try row.timestamp(firstContactAt),
            restoredAt: try row.timestamp(restoredAt),
            closedAt: try row.timestamp(closedAt),
            rcaDone: try row.boolean(rcaDone),
            reopenings: 0)
    }

    package static func key(of record: SupportCase) -> [String] { [record.id] }

    package static func referencedAccountID(of record: SupportCase) -> String? { record.accountID }

    package static func upsert(_ record: SupportCase, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
