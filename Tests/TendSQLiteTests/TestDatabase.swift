import TendCore
import TendSQLite
import TendStore
import TendTestSupport

/// A store in a fresh database file under a temporary folder that lives as long as this value.
struct TestDatabase {
    let directory: TemporaryDirectory
    let path: String
    let store: SQLiteStore

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("tend.sqlite")
        store = try SQLiteStore(path: path)
    }

    /// Opens a second store on the same file, as another process would.
    func reopen() throws -> SQLiteStore {
        try SQLiteStore(path: path)
    }
}

struct ExpectedFailure: Error {}

func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { fatalError("invalid test date \(text)") }
    return day
}

func money(_ text: String) -> Money {
    guard let money = Money(decimal: text) else { fatalError("invalid test amount \(text)") }
    return money
}

/// The instant written as `date`, `time` (HH:MM:SS) and `offsetHours` from UTC.
func timestamp(_ date: String, _ time: String, offsetHours: Int32 = 0, milliseconds: Int64 = 0) -> Timestamp {
    let parts = time.split(separator: ":").map { Int64($0)! }  // Test literals are always HH:MM:SS.
    let localMilliseconds =
        Int64(day(date).daysSinceEpoch) * 86_400_000 + (parts[0] * 3600 + parts[1] * 60 + parts[2]) * 1000
        + milliseconds
    let offsetSeconds = offsetHours * 3600
    return Timestamp(
        millisecondsSinceEpoch: localMilliseconds - Int64(offsetSeconds) * 1000, utcOffsetSeconds: offsetSeconds)
}

extension StoreWriter {
    /// Upserts accounts with the given ids from their own source, with names `Account <id>`.
    func addAccounts(_ ids: String...) throws {
        try beginSource(kind: .accounts, name: "accounts.csv")
        for id in ids {
            _ = try upsert(Account(id: id, name: "Account \(id)", customerSince: nil))
        }
    }
}
