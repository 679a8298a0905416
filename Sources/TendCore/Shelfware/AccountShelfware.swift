/// The shelf-ware analysis of one account's install base.
///
/// The figures come from the latest snapshot. Earlier snapshots only add points to each product's usage trend, and a
/// product missing from the latest snapshot is no longer owned, so it does not appear.
public struct AccountShelfware: Sendable, Hashable {
    /// The share of the install base value above which an account is flagged: 25 %. Exactly 25 % is not flagged.
    public static let flagThreshold = Rational(1, 4)

    public let accountID: String
    /// The date of the latest snapshot, which the figures describe.
    public let date: Day
    /// Every product of the latest snapshot, with or without shelf-ware, sorted by product.
    public let products: [ProductShelfware]

    /// Analyses one snapshot; each product's trend has a single point.
    public init(snapshot: InstallBaseSnapshot) {
        self.accountID = snapshot.accountID
        self.date = snapshot.date
        self.products = snapshot.items.map { item in
            let point = UsagePoint(
                date: snapshot.date, licencesOwned: item.licencesOwned, licencesInUse: item.licencesInUse)
            return ProductShelfware(item: item, trend: [point])
        }
    }

    /// Analyses several dated snapshots of one account, in any order.
    ///
    /// - Throws: `ShelfwareInputError` with code `noSnapshots` for an empty list, `accountMismatch` when the
    ///   snapshots belong to different accounts, and `duplicateDate` when two snapshots have the same date.
    public init(snapshots: [InstallBaseSnapshot]) throws(ShelfwareInputError) {
        let ordered = snapshots.sorted { $0.date < $1.date }
        guard let latest = ordered.last else {
            throw ShelfwareInputError(.noSnapshots, "no install base snapshot to analyse; pass at least one")
        }
        for (index, snapshot) in ordered.enumerated() {
            guard snapshot.accountID == latest.accountID else {
                throw ShelfwareInputError(
                    .accountMismatch,
                    "snapshots of accounts \(snapshot.accountID) and \(latest.accountID) were passed together; "
                        + "analyse each account on its own")
            }
            guard index == 0 || ordered[index - 1].date != snapshot.date else {
                throw ShelfwareInputError(
                    .duplicateDate,
                    "two install base snapshots of account \(latest.accountID) are dated \(snapshot.date); "
                        + "keep one snapshot per date")
            }
        }

        var trends: [String: [UsagePoint]] = [:]
        for snapshot in ordered {
            for item in snapshot.items {
                let point = UsagePoint(
                    date: snapshot.date, licencesOwned: item.licencesOwned, licencesInUse: item.licencesInUse)
                trends[item.product, default: []].append(point)
            }
        }
        self.accountID = latest.accountID
        self.date = latest.date
        self.products = latest.items.map { ProductShelfware(item: $0, trend: trends[$0.product] ?? []) }
    }

    /// The products with at least one unused licence, sorted by product.
    public var shelfware: [ProductShelfware] { products.filter(\.isShelfware) }

    /// The install base value: licences owned × unit price, summed over every product.
    public var installBaseValue: Money { products.reduce(.zero) { $0 + $1.installedValue } }

    /// The unused value: unused licences × unit price, summed over every product.
    public var unusedValue: Money { products.reduce(.zero) { $0 + $1.unusedValue } }

    /// The unused value divided by the install base value, exactly; nil when the install base value is zero.
    public var unusedShare: Rational? {
        let base = installBaseValue
        guard base != .zero else { return nil }
        return unusedValue.rational / base.rational
    }

    /// Whether the unused share is above `flagThreshold` (25 %). An account with no install base value is not flagged.
    public var isFlagged: Bool {
        guard let share = unusedShare else { return false }
        return Self.flagThreshold < share
    }
}
