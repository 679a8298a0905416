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
        try scores(store: store, year: year, includesAdoption: includesAdoption) { $0 }
    }

    /// Scores every account for `year` on all cores and maps each result with `transform` right away, ordered by
    /// account id.
    ///
    /// A full `HealthScore` keeps every measure's trace, several kilobytes an account; callers that keep a large
    /// portfolio in memory reduce each score to what they show, so the traces never pile up.
    public static func scores<Summary: Sendable>(
        store: any Store, year: Int, includesAdoption: Bool = true,
        transform: @Sendable (ScoredAccount) -> Summary
    ) throws -> [Summary] {
        let scorer = HealthScorer(
            catalogue: try store.catalogue(), importedKinds: try store.importedKinds(),
            includesAdoption: includesAdoption)
        return try store.mapAccountYearFacts(year: year) { facts in
            facts.map { transform(ScoredAccount(account: $0.account, score: scorer.score($0))) }
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
