/// The link between shelf-ware findings and the health score's Utilisation measure.
///
/// Utilisation scores 0 points when the account has any shelf-ware and 1 point when it has none. Read from the
/// findings, an account has shelf-ware while any of its findings counts (`ShelfwareFinding.countsAsShelfware`):
/// open findings count, dismissed findings count while the latest snapshot still shows their unused licences,
/// and solved findings never count. Solving the last finding therefore recovers the point.
public enum ShelfwareUtilisation {
    /// Returns whether the account still counts as having shelf-ware, ignoring the findings of other accounts.
    public static func hasShelfware(accountID: String, findings: some Sequence<ShelfwareFinding>) -> Bool {
        findings.contains { $0.accountID == accountID && $0.countsAsShelfware }
    }

    /// Returns the Utilisation points from the findings: 0 when the account still has shelf-ware, 1 when it has none.
    public static func points(accountID: String, findings: some Sequence<ShelfwareFinding>) -> Rational {
        hasShelfware(accountID: accountID, findings: findings) ? .zero : .one
    }
}
