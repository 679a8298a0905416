import Foundation
import TendCore
import TendImport
import Testing

/// Imports of files longer than one batch of the parsing thread: every row arrives, in order, and an error on any row
/// names that row whether the parsing thread or the writing thread finds it.
@Suite("Import pipeline")
struct ImportPipelineTests {
    let fixture: ImportFixture

    init() throws {
        fixture = try ImportFixture()
    }

    /// The records the parsing thread hands over at once.
    static let batch = 4096

    /// Builds an accounts file with the accounts `A1` to `A<count>`, with `row` replacing the line of the account `at`.
    static func accountsCSV(count: Int, replacing at: Int? = nil, with row: String = "") -> String {
        var text = "account_id,name,customer_since\n"
        for number in 1...count {
            text += number == at ? row : "A\(number),Account \(number),2012-01-15"
            text += "\n"
        }
        return text
    }

    @Test("row counts at and around batch boundaries", arguments: [1, batch - 1, batch, batch + 1, 3 * batch + 5])
    func rowCounts(count: Int) throws {
        let summary = try fixture.importFiles([("accounts.csv", Self.accountsCSV(count: count))])
        #expect(summary.files.count == 1)
        #expect(summary.files.first?.rows == count)
        #expect(summary.files.first?.inserted == count)
        let accounts = try fixture.store.accounts()
        #expect(accounts.count == count)
        let last = accounts.first { $0.id == "A\(count)" }
        #expect(last?.name == "Account \(count)")
    }

    @Test("decode error names its row in any batch", arguments: [1, batch, batch + 1, 2 * batch + 1, 10_000])
    func decodeErrorLine(row: Int) throws {
        let text = Self.accountsCSV(count: 10_000, replacing: row, with: "B\(row),Bad,2013-02-30")
        let error = fixture.importError([("accounts.csv", text)])
        #expect(error?.code == .invalidValue)
        #expect(
            error?.description == fixture.path("accounts.csv")
                + ":\(row + 1): column customer_since: invalid date \"2013-02-30\"; expected a date as YYYY-MM-DD")
        #expect(try fixture.store.accounts().isEmpty)
    }

    @Test("syntax error after full batches names its line")
    func syntaxErrorLine() throws {
        let row = 2 * Self.batch + 7
        let text = Self.accountsCSV(count: 3 * Self.batch, replacing: row, with: "B1,\"Bad,2012-01-15")
        let error = fixture.importError([("accounts.csv", text)])
        #expect(error?.code == .unterminatedQuote)
        #expect(
            error?.description == fixture.path("accounts.csv")
                + ":\(row + 1): column name: unterminated quoted field; expected a closing quote before the end of "
                + "the file")
        #expect(try fixture.store.accounts().isEmpty)
    }

    @Test("unknown account in a later batch names its row")
    func unknownAccountLine() throws {
        var participation = "account_id,date,kind\n"
        for number in 1...10_000 {
            let account = number == 9_000 ? "Z9" : "A\(number)"
            participation += "\(account),2013-05-02,online\n"
        }
        let error = fixture.importError([
            ("accounts.csv", Self.accountsCSV(count: 10_000)), ("participation.csv", participation),
        ])
        #expect(error?.code == .unknownAccount)
        #expect(
            error?.description == fixture.path("participation.csv")
                + ":9001: column account_id: unknown account \"Z9\"; expected the id of an account in the store or "
                + "in accounts.csv")
        #expect(try fixture.store.accounts().isEmpty)
    }

    @Test("duplicate key in a later batch names both lines")
    func duplicateKeyLines() throws {
        let text = Self.accountsCSV(count: 10_000, replacing: 9_000, with: "A5,Again,2012-01-15")
        let error = fixture.importError([("accounts.csv", text)])
        #expect(error?.code == .duplicateKey)
        #expect(
            error?.description == fixture.path("accounts.csv")
                + ":9001: duplicate key \"A5\"; expected one row per account_id (this key is first on line 6)")
        #expect(try fixture.store.accounts().isEmpty)
    }
}
