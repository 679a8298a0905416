import TendCore

/// The cases a writer inserted, counted per account and year until its transaction finishes.
///
/// Cases usually arrive grouped by account, so the counts of the current account are kept apart in a short list of
/// years and moved to `counts` when another account's case arrives. An account that comes back later gets a second
/// entry, which `CaseCountsSchema.addSQL` adds to the first.
struct CaseCountBuffer {
    struct Count {
        var accountID: String
        var year: Int
        var cases: Int
        var severity1Cases: Int
        var firstDay: Day
    }

    private var counts: [Count] = []
    /// The counts of the account of the latest case, one per year.
    private var current: [Count] = []

    /// Counts a case opened on `day`, in `year`, which is the year of `day`.
    mutating func add(accountID: String, openedOn day: Day, year: Int, severity: Int) {
        if let first = current.first, !Self.sameBytes(first.accountID, accountID) {
            counts.append(contentsOf: current)
            current.removeAll(keepingCapacity: true)
        }
        let severity1 = severity == 1 ? 1 : 0
        if let index = current.firstIndex(where: { $0.year == year }) {
            current[index].cases += 1
            current[index].severity1Cases += severity1
            current[index].firstDay = min(current[index].firstDay, day)
        } else {
            current.append(
                Count(accountID: accountID, year: year, cases: 1, severity1Cases: severity1, firstDay: day))
        }
    }

    /// Returns whether two ids have the same bytes, which is how SQLite compares them. String's == would take
    /// canonically equivalent ids, such as "é" precomposed and "e" with a combining accent, for one account.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var (first, second) = (first, second)
        return first.withUTF8 { firstBytes in
            second.withUTF8 { secondBytes in firstBytes.elementsEqual(secondBytes) }
        }
    }

    /// Returns every count and empties the buffer.
    mutating func drain() -> [Count] {
        let all = counts + current
        counts = []
        current = []
        return all
    }
}
