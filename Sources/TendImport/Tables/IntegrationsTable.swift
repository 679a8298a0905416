import TendCore
import TendStore

/// `integrations.csv`: the integrations between customers' systems and the vendor's products, with their status.
package enum IntegrationsTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let integration = Column(1, "integration", required: true)
    static let status = Column(2, "status", required: true)

    package static let dataKind = DataKind.integrations
    package static let columns = [accountID, integration, status]
    package static let keyColumns = "account_id and integration"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> Integration {
        Integration(
            accountID: try row.required(accountID, row.string),
            name: try row.required(integration, row.string),
            status: try row.required(status) { column throws(ImportError) in
                try row.choice(column, IntegrationStatus.self)
            })
    }

    package static func key(of record: Integration) -> [String] { [record.accountID, record.name] }

    package static func referencedAccountID(of record: Integration) -> String? { record.accountID }

    package static func upsert(_ record: Integration, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
