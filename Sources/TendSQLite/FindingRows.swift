import Foundation
import TendCore

/// Reads and writes `shelfware_findings` rows, each a finding's `FindingDocument` in JSON.
enum FindingRows {
    static let columns = "document"

    /// Inserts the finding or replaces the stored one with the same id.
    static func save(_ finding: ShelfwareFinding, connection: Connection, encoder: JSONEncoder = encoder()) throws {
        let document = String(decoding: try encoder.encode(FindingDocument(finding)), as: UTF8.self)
        let sql = """
            INSERT INTO shelfware_findings (id, number, account_id, product, step, counts_as_shelfware, document)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (id) DO UPDATE SET step = excluded.step, counts_as_shelfware = excluded.counts_as_shelfware,
                document = excluded.document
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(finding.id, at: 1)
            try statement.bind(number(of: finding.id), at: 2)
            try statement.bind(finding.accountID, at: 3)
            try statement.bind(finding.product, at: 4)
            try statement.bind(finding.step.rawValue, at: 5)
            try statement.bind(finding.countsAsShelfware ? 1 : 0, at: 6)
            try statement.bind(document, at: 7)
            try statement.run()
        }
    }

    /// Returns an encoder that writes a `FindingDocument` as `save` stores it, with its keys sorted.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// Returns the findings that `filter` (an SQL condition on `shelfware_findings`, bound by `bind`) selects,
    /// ordered by account, product and id number.
    static func load(
        where filter: String, connection: Connection, bind: (Statement) throws -> Void = { _ in }
    ) throws -> [ShelfwareFinding] {
        var findings: [ShelfwareFinding] = []
        let sql = "SELECT document FROM shelfware_findings WHERE \(filter) ORDER BY account_id, product, number"
        try connection.forEachRow(sql, bind: bind) { row in
            findings.append(try decode(row.text(at: 0)))
        }
        return findings
    }

    static func decode(_ text: String) throws -> ShelfwareFinding {
        try JSONDecoder().decode(FindingDocument.self, from: Data(text.utf8)).restored()
    }

    /// Returns the number of an id of the form `F-n` as `ShelfwareReconciliation.findingNumber` reads it, or 0 for
    /// other ids.
    static func number(of id: String) -> Int {
        ShelfwareReconciliation.findingNumber(id) ?? 0
    }
}
