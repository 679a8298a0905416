/// One account's install base as the data showed it on one date.
///
/// The analysis and the Go-To-Solve reconciliation take their figures from snapshots. A snapshot contains at most one
/// item per product, the same key that `install_base.csv` uses (account and product).
public struct InstallBaseSnapshot: Sendable, Hashable {
    public let accountID: String
    /// The date the data describes.
    public let date: Day
    /// The account's install base items, sorted by product.
    public let items: [InstallBaseItem]

    /// Creates a snapshot after checking that the items fit together.
    ///
    /// - Throws: `ShelfwareInputError` with code `accountMismatch` when an item belongs to another account,
    ///   `duplicateProduct` when two items name the same product, `negativeLicences` when licences owned or in use
    ///   are below zero, and `negativeUnitPrice` when a unit price is below zero.
    public init(accountID: String, date: Day, items: [InstallBaseItem]) throws(ShelfwareInputError) {
        var products = Set<String>()
        for item in items {
            let place = "account \(accountID) on \(date)"
            guard item.accountID == accountID else {
                throw ShelfwareInputError(
                    .accountMismatch,
                    "install base item \(item.product) of account \(item.accountID) is in the snapshot of \(place); "
                        + "pass only the items of \(accountID)")
            }
            guard products.insert(item.product).inserted else {
                throw ShelfwareInputError(
                    .duplicateProduct,
                    "product \(item.product) appears twice in the install base of \(place); keep one item per product")
            }
            guard item.licencesOwned >= 0, item.licencesInUse >= 0 else {
                throw ShelfwareInputError(
                    .negativeLicences,
                    "product \(item.product) of \(place) has \(item.licencesOwned) licences owned and "
                        + "\(item.licencesInUse) in use; licence counts must be zero or more")
            }
            guard item.unitPrice >= .zero else {
                throw ShelfwareInputError(
                    .negativeUnitPrice,
                    "product \(item.product) of \(place) has the unit price \(item.unitPrice); "
                        + "unit prices must be zero or more")
            }
        }
        self.accountID = accountID
        self.date = date
        self.items = items.sorted { $0.product < $1.product }
    }
}
