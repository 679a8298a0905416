import TendCore
import TendStore

/// One kind of CSV file: its columns, how a row becomes a record, and how the record is stored.
///
/// Tables and their records are sendable because a producer thread decodes records that the importing thread writes.
package protocol CSVTable: SendableMetatype {
    associatedtype Record: Sendable

    static var dataKind: DataKind { get }
    /// The columns in `Column.index` order.
    static var columns: [Column] { get }
    /// The columns that make up the store's key for the record, as a phrase such as `account_id and product`.
    static var keyColumns: String { get }

    static func decode(_ row: CSVRowReader) throws(ImportError) -> Record
    /// The values of the key columns, for duplicate-key messages.
    static func key(of record: Record) -> [String]
    /// The account the record refers to, which must exist; nil for records that refer to none.
    static func referencedAccountID(of record: Record) -> String?
    static func upsert(_ record: Record, into writer: any StoreWriter) throws -> UpsertOutcome
}

extension CSVTable {
    package static func referencedAccountID(of record: Record) -> String? { nil }
}
