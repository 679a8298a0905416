import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore
import TendTestSupport

/// A fresh SQLite database file with two accounts, and install base imports dated by a fixed clock.
final class ShelfwareFixture {
    let directory: TemporaryDirectory
    let store: SQLiteStore
    /// The instant every import is made at: 2024-06-30T12:00:00Z.
    static let importTime = Timestamp(millisecondsSinceEpoch: 1_719_748_800_000, utcOffsetSeconds: 0)
    /// The instant users move findings at in these tests: 2024-07-01T09:00:00Z.
    static let moveTime = Timestamp(millisecondsSinceEpoch: 1_719_824_400_000, utcOffsetSeconds: 0)

    init() throws {
        directory = try TemporaryDirectory()
        store = try SQLiteStore(path: directory.path("tend.sqlite"))
        try importCSV("accounts.csv", "account_id,name,customer_since\nA1,Acme,2012-01-15\nA2,Beta,2013-03-01\n")
    }

    /// Writes one CSV file and imports it, with `snapshotDate` as the date of rows without `as_of`.
    @discardableResult
    func importCSV(_ name: String, _ text: String, snapshotDate: Day? = nil) throws -> ImportSummary {
        let file = try directory.write(name, text)
        var options = ImportOptions()
        options.snapshotDate = snapshotDate
        options.clock = { ShelfwareFixture.importTime }
        return try Importer(store: store, options: options).importPaths([file.path])
    }

    /// Imports an install base file without `as_of` rows, dated `date`.
    func importInstallBase(_ rows: String, on date: String) throws {
        let header = "account_id,product,major_version,licences_owned,licences_in_use,unit_price\n"
        try importCSV("install_base.csv", header + rows, snapshotDate: Day(iso: date)!)
    }

    /// Returns the Utilisation points of one account's 2024 score.
    func utilisationPoints(_ accountID: String) throws -> Rational? {
        let scored = try ScoreBook.score(store: store, accountID: accountID, year: 2024)
        return scored?.score.measures.first { $0.id == .utilisation }?.points
    }
}

func day(_ text: String) -> Day { Day(iso: text)! }

func money(_ text: String) -> Money { Money(decimal: text)! }
