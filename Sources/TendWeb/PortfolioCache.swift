import Synchronization
import TendCore
import TendStore

/// One account's row of the portfolio: its score for the year and the change against the year before.
public struct PortfolioEntry: Sendable {
    public let account: Account
    public let score: HealthScore
    /// The previous year's score, nil when the account had none.
    public let previousScore: Rational?
    /// The score as a `Double`, only to order rows; status and display always use the exact score.
    let sortScore: Double

    /// The change of the exact score against the previous year, nil when either year has no score.
    public var change: Rational? {
        guard let current = score.score, let previousScore else { return nil }
        return current - previousScore
    }

    /// The subtotal of the delivery and usage categories (Stability, Maturity, Innovation): the success side.
    public var deliveryPoints: Rational {
        [Category.stability, .maturity, .innovation].reduce(.zero) { $0 + score.subtotal($1).points }
    }

    /// The Adoption subtotal: the sales side.
    public var adoptionPoints: Rational { score.subtotal(.adoption).points }
}

/// The scored portfolio of one year, with the options it was scored with.
public struct Portfolio: Sendable {
    public let year: Int
    public let includesAdoption: Bool
    public let entries: [PortfolioEntry]
}

/// Keeps the scored portfolio per year in memory and rescores only after the store's data changed.
///
/// Scoring 100,000 accounts takes about a second, too slow for every page view, so the dashboard scores a
/// year once per store revision. Another process importing data bumps the revision, and the next request
/// rescores.
final class PortfolioCache: Sendable {
    private struct Key: Hashable {
        let year: Int
        let includesAdoption: Bool
    }

    private let store: any Store
    private let cached = Mutex<(revision: Int64, portfolios: [Key: Portfolio])>((-1, [:]))

    init(store: any Store) {
        self.store = store
    }

    func portfolio(year: Int, includesAdoption: Bool) throws -> Portfolio {
        let revision = try store.revision()
        let key = Key(year: year, includesAdoption: includesAdoption)
        if let hit = cached.withLock({ $0.revision == revision ? $0.portfolios[key] : nil }) { return hit }

        let current = try ScoreBook.scores(store: store, year: year, includesAdoption: includesAdoption)
        let previous = try ScoreBook.scores(store: store, year: year - 1, includesAdoption: includesAdoption)
        var previousScores: [String: Rational] = [:]
        for entry in previous { previousScores[entry.account.id] = entry.score.score }
        let entries = current.map { entry in
            PortfolioEntry(
                account: entry.account, score: entry.score, previousScore: previousScores[entry.account.id],
                sortScore: entry.score.score?.doubleValue ?? -1)
        }
        let portfolio = Portfolio(year: year, includesAdoption: includesAdoption, entries: entries)
        cached.withLock { state in
            if state.revision != revision { state = (revision, [:]) }
            state.portfolios[key] = portfolio
        }
        return portfolio
    }
}
