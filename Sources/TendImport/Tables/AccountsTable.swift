import TendCore
import TendStore

/// `accounts.csv`: one row per customer account.
package enum AccountsTable: CSVTable {
    static let accountID = Column(0, "account_id", required: true)
    static let name = Column(1, "name", required: true)
    static let customerSince = Column(2, "customer_since", required: true)
    static let segment = Column(3, "segment", required: false)
    static let region = Column(4, "region", required: false)
    static let owner = Column(5, "owner", required: false)
    static let referenceCustomer = Column(6, "reference_customer", required: false)
    static let knowsWhomToContact = Column(7, "knows_whom_to_contact", required: false)
    static let inHouseIntegrations = Column(8, "in_house_integrations", required: false)

    package static let dataKind = DataKind.accounts
    package static let columns = [
        accountID, name, customerSince, segment, region, owner, referenceCustomer, knowsWhomToContact,
        inHouseIntegrations,
    ]
    package static let keyColumns = "account_id"

    package static func decode(_ row: CSVRowReader) throws(ImportError) -> Account {
        Account(
            id: try row.required(accountID, row.string),
            name: try row.required(name, row.string),
            customerSince: try row.required(customerSince, row.day),
            segment: try row.string(segment) ?? "",
            region: try row.string(region) ?? "",
            owner: try row.string(owner) ?? "",
            referenceCustomer: try row.boolean(referenceCustomer),
            knowsWhomToContact: try row.boolean(knowsWhomToContact),
            inHouseIntegrations: try row.boolean(inHouseIntegrations))
    }

    package static func key(of record: Account) -> [String] { [record.id] }

    package static func upsert(_ record: Account, into writer: any StoreWriter) throws -> UpsertOutcome {
        try writer.upsert(record)
    }
}
