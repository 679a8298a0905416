import TendCore
import TendStore

/// `enhancements.csv`: enhancement requests submitted by customers, and when they were delivered.
package enum EnhancementsTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let requestID = Column(1, "request_id", required: true)
    static let submittedOn = Column(2, "submitted_on", required: true)
    static let deliveredOn = Column(3, "delivered_on", required: false)

    package static let dataKind = DataKind.enhancements
    package static let columns = [accountID, requestID, submittedOn, deliveredOn]
    package static let keyColumns = "account_id and request_id"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> EnhancementRequest {
        let submitted = try row.required(submittedOn, row.day)
        let delivered = try row.day(deliveredOn)
        if let delivered, delivered < submitted {
            throw row.invalidValue(
                deliveredOn, "delivery date before submitted_on", expected: "a date not before \(submitted)")
        }
        return EnhancementRequest(
            accountID: try row.required(accountID, row.string),
            requestID: try row.required(requestID, row.string),
            submittedOn: submitted,
            deliveredOn: delivered)
    }

    package static func key(of record: EnhancementRequest) -> [String] { [record.accountID, record.requestID] }

    package static func referencedAccountID(of record: EnhancementRequest) -> String? { record.accountID }

    package static func upsert(_ record: EnhancementRequest, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
