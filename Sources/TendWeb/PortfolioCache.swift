import Dispatch
import Synchronization
import TendCore
import TendStore

/// One account's row of the portfolio: what the portfolio shows of its score, without the full trace.
///
/// The dashboard keeps a row per account and year in memory, so a row holds only the figures the portfolio shows
/// or sorts by. The account page scores its one account again to show every measure.
public struct PortfolioEntry: Sendable {
    public let account: Account
    /// The exact score out of 10; nil for an account without a score.
    public let score: Rational?
    public let displayScore: String?
    public let status: HealthStatus?
    /// The assessed maximum out of the full maximum, such as `26/30`.
    public let coverage: String
    /// Whether every measure was assessed.
    public let hasFullCoverage: Bool
    /// The reason the account has no score; nil when it has one.
    public let reason: String?
    /// The change of the exact score against the previous year; nil when either year has no score.
    public let change: Rational?
    /// The measure that lost the most points and how many; nil when nothing was lost.
    public let largestLoss: MeasureID?
    public let largestLossPoints: Rational
    /// The subtotal of the delivery and usage categories (Stability, Maturity, Innovation): the success side.
    public let deliveryPoints: Rational
    /// The Adoption subtotal: the sales side.
    public let adoptionPoints: Rational

    /// Sort keys as `Double`, only to order rows; status and display always use the exact values.
    let sortScore: Double
    let sortChange: Double
    /// The account name in lower case, for sorting and searching without case.
    let sortName: String

    init(_ scored: ScoredAccount, previousScore: Rational?) {
        let score = scored.score
        account = scored.account
        self.score = score.score
        displayScore = score.displayScore
        status = score.status
        reason = score.reason
        coverage = score.coverage
        hasFullCoverage = score.maxPoints == Rational(score.fullMaxPoints)
        change = self.score.flatMap { current in previousScore.map { current - $0 } }
        let loss = score.largestLoss
        largestLoss = loss?.id
        largestLossPoints = loss?.lost ?? .zero
        deliveryPoints = [Category.stability, .maturity, .innovation].reduce(.zero) { $0 + score.subtotal($1).points }
        adoptionPoints = score.subtotal(.adoption).points
        sortScore = self.score?.doubleValue ?? -1
        sortChange = change?.doubleValue ?? -100
        sortName = scored.account.name.lowercased()
    }
}

/// The scored portfolio of one year, with the options it was scored with and its sorted orders once computed.
public final class Portfolio: Sendable {
    public let year: Int
    public let includesAdoption: Bool
    public let entries: [PortfolioEntry]
    /// Columns of the entries, in the order of `entries`, for the filters: the status, a code per distinct owner and
    /// segment, and the name and id in `PortfolioQuery.searchForm`.
    let statuses: [HealthStatus?]
    let ownerCodes: [Int32]
    let segmentCodes: [Int32]
    let searchNames: [String]
    let searchIDs: [String]
    private let ownerCodesByName: [String: Int32]
    private let segmentCodesByName: [String: Int32]
    /// Entry indices per sort key and direction, so a page view sorts a large portfolio only once.
    private let orders = Mutex<[String: [Int]]>([:])

    /// Accounts per status (`healthy`, `infected`, `sick`, and `none` for no score).
    public let statusCounts: [String: Int]
    /// The owners and segments named by any account, sorted, for the filter menus.
    public let owners: [String]
    public let segments: [String]

    init(year: Int, includesAdoption: Bool, entries: [PortfolioEntry]) {
        self.year = year
        self.includesAdoption = includesAdoption
        self.entries = entries
        statuses = entries.map(\.status)
        (ownerCodes, ownerCodesByName) = Self.codes(entries.map(\.account.owner))
        (segmentCodes, segmentCodesByName) = Self.codes(entries.map(\.account.segment))
        searchNames = entries.map { PortfolioQuery.searchForm($0.account.name) }
        searchIDs = entries.map { PortfolioQuery.searchForm($0.account.id) }
        var counts = ["healthy": 0, "infected": 0, "sick": 0, "none": 0]
        for entry in entries {
            counts[entry.status?.rawValue ?? "none", default: 0] += 1
        }
        statusCounts = counts
        owners = ownerCodesByName.keys.filter { !$0.isEmpty }.sorted()
        segments = segmentCodesByName.keys.filter { !$0.isEmpty }.sorted()
    }

    /// Returns the code of the owner named `name`, or nil when no account has that owner.
    func ownerCode(_ name: String) -> Int32? { ownerCodesByName[name] }

    /// Returns the code of the segment named `name`, or nil when no account is in that segment.
    func segmentCode(_ name: String) -> Int32? { segmentCodesByName[name] }

    /// Numbers the distinct values in order of first appearance and returns each value's number.
    private static func codes(_ values: [String]) -> (codes: [Int32], byName: [String: Int32]) {
        var byName: [String: Int32] = [:]
        let codes = values.map { value in
            if let code = byName[value] { return code }
            let code = Int32(byName.count)
            byName[value] = code
            return code
        }
        return (codes, byName)
    }

    /// Sorts the entries in every order a page can request, on all cores, so no page view waits for a sort.
    ///
    /// Each order of 100,000 entries takes 0.8 MiB, and there are twelve.
    func prepareOrders() {
        let queries = PortfolioQuery.SortKey.allCases.flatMap { sort in
            [false, true].map { descending in
                var query = PortfolioQuery()
                query.sort = sort
                query.descending = descending
                return query
            }
        }
        let prepared = Mutex<[String: [Int]]>([:])
        DispatchQueue.concurrentPerform(iterations: queries.count) { position in
            let query = queries[position]
            let order = query.order(of: entries)
            prepared.withLock { $0[Self.orderKey(query.sort, query.descending)] = order }
        }
        let all = prepared.withLock { $0 }
        orders.withLock { $0.merge(all) { cached, _ in cached } }
    }

    private static func orderKey(_ sort: PortfolioQuery.SortKey, _ descending: Bool) -> String {
        "\(sort.rawValue) \(descending)"
    }

    /// The cached order for `sort` and `descending`, computed with `compute` on first use.
    func order(sort: PortfolioQuery.SortKey, descending: Bool, compute: () -> [Int]) -> [Int] {
        let key = Self.orderKey(sort, descending)
        if let cached = orders.withLock({ $0[key] }) { return cached }
        let order = compute()
        orders.withLock { $0[key] = order }
        return order
    }
}

/// Keeps the scored portfolio per year in memory and rescores only after the store's data changed.
///
/// Scoring 100,000 accounts takes about a second, too slow for every page view, so the dashboard scores a
/// year once per store revision. Another process importing data bumps the revision, and the next request
/// rescores. One portfolio is scored at a time: requests that miss the cache together wait for the first one's
/// scores instead of each scoring the same year on the same cores.
final class PortfolioCache: Sendable {
    private struct Key: Hashable {
        let year: Int
        let includesAdoption: Bool
    }

    private let store: any Store
    private let cached = Mutex<(revision: Int64, portfolios: [Key: Portfolio])>((-1, [:]))
    /// Held while a portfolio is scored.
    private let scoring = Mutex(())

    init(store: any Store) {
        self.store = store
    }

    func portfolio(year: Int, includesAdoption: Bool) throws -> Portfolio {
        let key = Key(year: year, includesAdoption: includesAdoption)
        if let hit = try cachedPortfolio(key) { return hit }
        return try scoring.withLock { _ throws -> Portfolio in
            // Another request may have scored the portfolio while this one waited.
            if let hit = try cachedPortfolio(key) { return hit }
            return try score(key)
        }
    }

    /// Returns whether the portfolio is cached for the store's current revision.
    func isCached(year: Int, includesAdoption: Bool) throws -> Bool {
        try cachedPortfolio(Key(year: year, includesAdoption: includesAdoption)) != nil
    }

    /// Returns the cached portfolio when it was scored at the store's current revision.
    private func cachedPortfolio(_ key: Key) throws -> Portfolio? {
        let revision = try store.revision()
        return cached.withLock { $0.revision == revision ? $0.portfolios[key] : nil }
    }

    private func score(_ key: Key) throws -> Portfolio {
        let (year, includesAdoption) = (key.year, key.includesAdoption)
        // Read first, so a write that lands during scoring leaves a revision that the next request rescores.
        let revision = try store.revision()
        let previous = try ScoreBook.scores(store: store, year: year - 1, includesAdoption: includesAdoption) {
            (id: $0.account.id, score: $0.score.score)
        }
        var previousScores: [String: Rational] = [:]
        for entry in previous { previousScores[entry.id] = entry.score }
        let lookup = previousScores
        let entries = try ScoreBook.scores(store: store, year: year, includesAdoption: includesAdoption) {
            PortfolioEntry($0, previousScore: lookup[$0.account.id])
        }
        let portfolio = Portfolio(year: year, includesAdoption: includesAdoption, entries: entries)
        portfolio.prepareOrders()
        cached.withLock { state in
            if state.revision != revision { state = (revision, [:]) }
            state.portfolios[key] = portfolio
        }
        return portfolio
    }
}
