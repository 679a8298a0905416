import TendCore

/// An account with its health score for one year.
public struct ScoredAccount: Sendable {
    public let account: Account
    public let score: HealthScore

    public init(account: Account, score: HealthScore) {
        self.account = account
        self.score = score
    }
}

/// Scores accounts from the facts a store gathers, so every front end scores the same way.
public enum ScoreBook {
    /// Scores every account for `year`, ordered by account id.
    public static func scores(store: any Store, year: Int, includesAdoption: Bool = true) throws -> [ScoredAccount] {
        let scorer = HealthScorer(
            catalogue: try store.catalogue(), importedKinds: try store.importedKinds(),
            includesAdoption: includesAdoption)
        return try store.accountYearFacts(year: year).map { facts in
            ScoredAccount(account: facts.account, score: scorer.score(facts))
        }
    }

    /// Scores one account for `year`; nil when the account does not exist.
    public static func score(
        store: any Store, accountID: String, year: Int, includesAdoption: Bool = true
    ) throws -> ScoredAccount? {
        guard let facts = try store.accountYearFacts(accountID: accountID, year: year) else { return nil }
        let scorer = HealthScorer(
            catalogue: try store.catalogue(), importedKinds: try store.importedKinds(),
            includesAdoption: includesAdoption)
        return ScoredAccount(account: facts.account, score: scorer.score(facts))
    }
}
