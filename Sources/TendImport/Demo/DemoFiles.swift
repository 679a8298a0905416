import Foundation
import TendCore

/// The ten CSV files of a demo portfolio, open for writing.
final class DemoFiles {
    let accounts: CSVRowWriter
    let products: CSVRowWriter
    let installBase: CSVRowWriter
    let integrations: CSVRowWriter
    let enhancements: CSVRowWriter
    let participation: CSVRowWriter
    let programmes: CSVRowWriter
    let sales: CSVRowWriter
    let upsells: CSVRowWriter
    let cases: CSVRowWriter

    /// Returns the header row of `kind`'s file, in the importer's column names.
    static func header(of kind: DataKind) -> [String] {
        switch kind {
        case .accounts:
            return [
                "account_id", "name", "customer_since", "segment", "region", "owner", "reference_customer",
                "knows_whom_to_contact", "in_house_integrations",
            ]
        case .products: return ["product", "latest_major_version", "released_on"]
        case .installBase:
            return ["account_id", "product", "major_version", "licences_owned", "licences_in_use", "unit_price"]
        case .integrations: return ["account_id", "integration", "status"]
        case .enhancements: return ["account_id", "request_id", "submitted_on", "delivered_on"]
        case .participation: return ["account_id", "date", "kind"]
        case .programmes: return ["account_id", "programme", "started_on", "ended_on"]
        case .sales: return ["account_id", "quarter", "kind", "planned", "achieved"]
        case .upsells: return ["account_id", "date", "kind", "amount"]
        case .cases:
            return [
                "case_id", "account_id", "product", "severity", "opened_at", "first_contact_at", "restored_at",
                "closed_at", "rca_done",
            ]
        }
    }

    /// Creates or truncates the ten files in `folder` and writes their headers.
    init(folder: URL) throws(DemoPortfolioError) {
        func open(_ kind: DataKind) throws(DemoPortfolioError) -> CSVRowWriter {
            try CSVRowWriter(url: folder.appendingPathComponent(kind.fileName), header: DemoFiles.header(of: kind))
        }
        accounts = try open(.accounts)
        products = try open(.products)
        installBase = try open(.installBase)
        integrations = try open(.integrations)
        enhancements = try open(.enhancements)
        participation = try open(.participation)
        programmes = try open(.programmes)
        sales = try open(.sales)
        upsells = try open(.upsells)
        cases = try open(.cases)
    }

    private var all: [(DataKind, CSVRowWriter)] {
        [
            (.accounts, accounts), (.products, products), (.installBase, installBase), (.integrations, integrations),
            (.enhancements, enhancements), (.participation, participation), (.programmes, programmes),
            (.sales, sales), (.upsells, upsells), (.cases, cases),
        ]
    }

    /// Writes what is left in the buffers, closes the files and returns the rows written to each.
    func close() throws(DemoPortfolioError) -> [DataKind: Int] {
        var rowCounts: [DataKind: Int] = [:]
        for (kind, writer) in all {
            try writer.close()
            rowCounts[kind] = writer.rowCount
        }
        return rowCounts
    }
}
