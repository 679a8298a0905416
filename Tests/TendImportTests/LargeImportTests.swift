import Foundation
import TendCore
import TendImport
import TendStore
import Testing

/// Imports large enough for the SQLite store to drop and recreate the secondary indexes of the cases table.
@Suite("Large imports")
struct LargeImportTests {
    let fixture: ImportFixture

    static let caseCount = 12_000

    init() throws {
        fixture = try ImportFixture()
    }

    /// Builds a cases file with `caseCount` cases spread over A1 and A2 and over the years 2013 to 2015, repeating the key
    /// of the first case on `duplicateRow` (1-based, after the header) when given.
    static func casesCSV(severity: Int = 2, duplicateRow: Int? = nil) -> String {
        var text = "case_id,account_id,product,severity,opened_at,first_contact_at,restored_at,closed_at,rca_done\n"
        for index in 0..<caseCount {
            let id = index + 1 == duplicateRow ? "C0" : "C\(index)"
            let account = index.isMultiple(of: 2) ? "A1" : "A2"
            let year = 2013 + index % 3
            text += "\(id),\(account),Ledger,\(severity),\(year)-03-03T10:00:00Z,,,,no\n"
        }
        return text
    }

    @Test("large cases file imports and re-imports")
    func importTwice() throws {
        let files = [("accounts.csv", ImportFixture.accountsCSV), ("cases.csv", Self.casesCSV())]

        let first = try fixture.importFiles(files)
        #expect(first.files[1].inserted == Self.caseCount)
        #expect(first.files[1].updated == 0)

        let second = try fixture.importFiles([("cases.csv", Self.casesCSV(severity: 1))])
        #expect(second.files[0].inserted == 0)
        #expect(second.files[0].updated == Self.caseCount)

        let store = fixture.store
        #expect(try store.rowCounts()[.cases] == Self.caseCount)
        #expect(try store.yearsOnRecord() == [2013, 2014, 2015])
        let facts = try #require(try store.accountYearFacts(accountID: "A1", year: 2014))
        #expect(facts.casesOpened == Self.caseCount / 6)
        #expect(facts.severity1CasesOpened == Self.caseCount / 6)
    }

    @Test("duplicate late in a large file leaves the store unchanged")
    func duplicateRollsBack() throws {
        try fixture.importFiles([("accounts.csv", ImportFixture.accountsCSV)])

        let error = fixture.importError([("cases.csv", Self.casesCSV(duplicateRow: 11_001))])

        #expect(error?.code == .duplicateKey)
        #expect(error?.line == 11_002)
        #expect(try fixture.store.rowCounts()[.cases] == 0)
        #expect(try fixture.store.cases(accountID: "A1") == [])
    }
}
