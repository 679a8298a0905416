/// The shelf-ware summary of a portfolio of accounts.
public struct PortfolioShelfware: Sendable, Hashable {
    /// The accounts ranked by unused value, highest first, and by account id where the values are equal.
    public let accounts: [AccountShelfware]

    /// Ranks the analyses of several accounts.
    ///
    /// - Throws: `ShelfwareInputError` with code `duplicateAccount` when two analyses have the same account id.
    public init(accounts: [AccountShelfware]) throws(ShelfwareInputError) {
        var seen = Set<String>()
        for account in accounts {
            guard seen.insert(account.accountID).inserted else {
                throw ShelfwareInputError(
                    .duplicateAccount,
                    "account \(account.accountID) appears twice in the portfolio; pass one analysis per account")
            }
        }
        self.accounts = accounts.sorted { lhs, rhs in
            let (left, right) = (lhs.unusedValue, rhs.unusedValue)
            return left != right ? right < left : lhs.accountID < rhs.accountID
        }
    }

    /// The unrecognised value of the portfolio: the unused value summed over every account.
    public var totalUnusedValue: Money { accounts.reduce(.zero) { $0 + $1.unusedValue } }

    /// How many accounts have an unused share above 25 %.
    public var flaggedAccountCount: Int { accounts.count { $0.isFlagged } }
}
