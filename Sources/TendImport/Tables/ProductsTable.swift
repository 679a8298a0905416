import TendCore
import TendStore

/// `products.csv`: the vendor's catalogue, one row per product.
package enum ProductsTable: CSVTable {
    static let product = Column(0, "product", required: true)
    static let latestMajorVersion = Column(1, "latest_major_version", required: true)
    static let releasedOn = Column(2, "released_on", required: true)

    package static let dataKind = DataKind.products
    package static let columns = [product, latestMajorVersion, releasedOn]
    package static let keyColumns = "product"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> CatalogueProduct {
        CatalogueProduct(
            product: try row.required(product, row.string),
            latestMajorVersion: try row.required(latestMajorVersion, row.count),
            releasedOn: try row.required(releasedOn, row.day))
    }

    package static func key(of record: CatalogueProduct) -> [String] { [record.product] }

    package static func upsert(_ record: CatalogueProduct, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
