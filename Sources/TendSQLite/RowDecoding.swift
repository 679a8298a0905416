import TendCore

/// The column lists that read whole records, each with the function that decodes a row selected with it.
///
/// A decoder reads its columns starting at `first`, so a query can select other columns before them.
enum RowDecoding {
    static let accountColumns = """
        accounts.id, accounts.name, accounts.customer_since, accounts.segment, accounts.region, accounts.owner,
        accounts.reference_customer, accounts.knows_whom_to_contact, accounts.in_house_integrations
        """
    static let accountColumnCount: Int32 = 9

    static func account(_ row: Statement, first: Int32 = 0) throws -> Account {
        Account(
            id: row.text(at: first), name: row.text(at: first + 1), customerSince: try row.optionalDay(at: first + 2),
            segment: row.text(at: first + 3), region: row.text(at: first + 4), owner: row.text(at: first + 5),
            referenceCustomer: row.optionalBool(at: first + 6), knowsWhomToContact: row.optionalBool(at: first + 7),
            inHouseIntegrations: row.optionalBool(at: first + 8))
    }

    static let productColumns = "product, latest_major_version, released_on"

    static func product(_ row: Statement) throws -> CatalogueProduct {
        CatalogueProduct(
            product: row.text(at: 0), latestMajorVersion: row.int(at: 1), releasedOn: try row.day(at: 2))
    }

    static let installBaseColumns = "account_id, product, major_version, licences_owned, licences_in_use, unit_price"

    static func installBaseItem(_ row: Statement) -> InstallBaseItem {
        InstallBaseItem(
            accountID: row.text(at: 0), product: row.text(at: 1), majorVersion: row.int(at: 2),
            licencesOwned: row.int(at: 3), licencesInUse: row.int(at: 4), unitPrice: row.money(at: 5))
    }

    static let integrationColumns = "account_id, name, status"

    static func integration(_ row: Statement) throws -> Integration {
        Integration(
            accountID: row.text(at: 0), name: row.text(at: 1),
            status: try row.enumeration(IntegrationStatus.self, at: 2))
    }

    static let caseColumns = """
        id, account_id, product, severity, opened_at, opened_at_offset, first_contact_at, first_contact_at_offset,
        restored_at, restored_at_offset, closed_at, closed_at_offset, rca_done, reopenings
        """

    static func supportCase(_ row: Statement) throws -> SupportCase {
        SupportCase(
            id: row.text(at: 0), accountID: row.text(at: 1), product: row.text(at: 2), severity: row.int(at: 3),
            openedAt: try row.timestamp(at: 4), firstContactAt: try row.optionalTimestamp(at: 6),
            restoredAt: try row.optionalTimestamp(at: 8), closedAt: try row.optionalTimestamp(at: 10),
            rcaDone: row.optionalBool(at: 12), reopenings: row.int(at: 13))
    }
}
