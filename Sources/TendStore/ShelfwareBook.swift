import TendCore

/// The shelf-ware analyses that the command line and the dashboard show, read from a `ShelfwareStore`.
public enum ShelfwareBook {
    /// Analyses every account that has install base snapshots, with all their snapshots.
    public static func portfolio(store: any ShelfwareStore) throws -> PortfolioShelfware {
        let snapshots = try store.installBaseSnapshots(accountID: nil)
        let byAccount = Dictionary(grouping: snapshots, by: \.accountID)
        let analyses = try byAccount.keys.sorted().map { accountID in
            try AccountShelfware(snapshots: byAccount[accountID] ?? [])
        }
        return try PortfolioShelfware(accounts: analyses)
    }

    /// Analyses one account's snapshots; nil when the account has none.
    public static func account(store: any ShelfwareStore, accountID: String) throws -> AccountShelfware? {
        let snapshots = try store.installBaseSnapshots(accountID: accountID)
        guard !snapshots.isEmpty else { return nil }
        return try AccountShelfware(snapshots: snapshots)
    }

    /// Returns the portfolio document with account names from the store.
    public static func portfolioDocument(store: any ShelfwareStore) throws -> PortfolioShelfwareDocument {
        // Ids that Swift finds equal but the store keeps apart (canonically equivalent Unicode) keep the first name
        // instead of stopping the program. Imports reject such ids, so only older databases can contain them.
        let names = Dictionary(try store.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return PortfolioShelfwareDocument(
            try portfolio(store: store), names: names, findings: try store.findings(accountID: nil))
    }

    /// Returns one account's document; nil when the account has no snapshot.
    public static func accountDocument(store: any ShelfwareStore, accountID: String) throws
        -> AccountShelfwareDocument?
    {
        guard let analysis = try account(store: store, accountID: accountID) else { return nil }
        let name = try store.account(id: accountID)?.name ?? accountID
        return AccountShelfwareDocument(analysis, name: name, findings: try store.findings(accountID: accountID))
    }
}
