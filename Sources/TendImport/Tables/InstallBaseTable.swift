import TendCore
import TendStore

/// `install_base.csv`: the products each account owns, with licences owned and in use.
package enum InstallBaseTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let product = Column(1, "product", required: true)
    static let majorVersion = Column(2, "major_version", required: true)
    static let licencesOwned = Column(3, "licences_owned", required: true)
    static let licencesInUse = Column(4, "licences_in_use", required: true)
    static let unitPrice = Column(5, "unit_price", required: true)

    package static let dataKind = DataKind.installBase
    package static let columns = [accountID, product, majorVersion, licencesOwned, licencesInUse, unitPrice]
    package static let keyColumns = "account_id and product"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> InstallBaseItem {
        InstallBaseItem(
            accountID: try row.required(accountID, row.string),
            product: try row.required(product, row.string),
            majorVersion: try row.required(majorVersion, row.count),
            licencesOwned: try row.required(licencesOwned, row.count),
            licencesInUse: try row.required(licencesInUse, row.count),
            unitPrice: try row.required(unitPrice, row.money))
    }

    package static func key(of record: InstallBaseItem) -> [String] { [record.accountID, record.product] }

    package static func referencedAccountID(of record: InstallBaseItem) -> String? { record.accountID }

    package static func upsert(_ record: InstallBaseItem, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
