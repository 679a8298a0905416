import TendCore
import TendStore

/// `install_base.csv`: the products each account owns, with licences owned and in use, on the date `as_of`.
///
/// `as_of` is optional: rows without it belong to the snapshot of `ImportOptions.snapshotDate`, or of the import's
/// day. A file may hold several dates, one snapshot each.
package enum InstallBaseTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let product = Column(1, "product", required: true)
    static let majorVersion = Column(2, "major_version", required: true)
    static let licencesOwned = Column(3, "licences_owned", required: true)
    static let licencesInUse = Column(4, "licences_in_use", required: true)
    static let unitPrice = Column(5, "unit_price", required: true)
    static let asOf = Column(6, "as_of", required: false)

    package static let dataKind = DataKind.installBase
    package static let columns = [accountID, product, majorVersion, licencesOwned, licencesInUse, unitPrice, asOf]
    package static let keyColumns = "account_id, as_of and product"

    /// An install base item and the date of its snapshot; nil for the import's default date.
    package struct Row {
        package var item: InstallBaseItem
        package var asOf: Day?
    }

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> Row {
        let item = InstallBaseItem(
            accountID: try row.required(accountID, row.string),
            product: try row.required(product, row.string),
            majorVersion: try row.required(majorVersion, row.count),
            licencesOwned: try row.required(licencesOwned, row.count),
            licencesInUse: try row.required(licencesInUse, row.count),
            unitPrice: try row.required(unitPrice, row.money))
        let date = try row.day(asOf)
        if let date, let latest = row.latestSnapshotDay, date > latest {
            throw row.invalidValue(
                asOf, "snapshot date in the future", expected: "a date on or before \(latest), the day of the import")
        }
        return Row(item: item, asOf: date)
    }

    package static func key(of record: Row) -> [String] {
        [record.item.accountID, record.asOf?.description ?? "(import date)", record.item.product]
    }

    package static func referencedAccountID(of record: Row) -> String? { record.item.accountID }

    /// Writes the snapshot item when the store keeps snapshots, and else the current install base item alone.
    package static func upsert(_ record: Row, into writer: any StoreWriter) throws -> UpsertOutcome {
        guard let snapshots = writer as? any ShelfwareStoreWriter else { return try writer.upsert(record.item) }
        return try snapshots.upsert(record.item, asOf: record.asOf)
    }
}
