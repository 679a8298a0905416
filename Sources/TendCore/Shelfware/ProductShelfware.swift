/// How much of a product's licences an account uses.
public enum LicenceUsage: String, Sendable, CaseIterable {
    /// Licences are owned and none is in use: `owned > 0` and `in use = 0`.
    case totallyUnused = "totally_unused"
    /// Some licences are in use, but fewer than owned: `0 < in use < owned`.
    case underUsed = "under_used"
    /// Every owned licence is in use, or more are in use than owned, or none is owned: no shelf-ware.
    case fullyUsed = "fully_used"

    /// Classifies licence counts that are zero or more.
    public init(licencesOwned: Int, licencesInUse: Int) {
        if licencesInUse >= licencesOwned {
            self = .fullyUsed
        } else if licencesInUse == 0 {
            self = .totallyUnused
        } else {
            self = .underUsed
        }
    }
}

/// The licences of one product in use on one snapshot date.
public struct UsagePoint: Sendable, Hashable {
    public let date: Day
    public let licencesOwned: Int
    public let licencesInUse: Int

    public init(date: Day, licencesOwned: Int, licencesInUse: Int) {
        self.date = date
        self.licencesOwned = licencesOwned
        self.licencesInUse = licencesInUse
    }
}

/// The shelf-ware figures of one product of one account, from the account's latest snapshot.
public struct ProductShelfware: Sendable, Hashable {
    /// The install base item of the latest snapshot the figures come from.
    public let item: InstallBaseItem
    /// Licences in use and owned on each snapshot date that lists the product, oldest first. With a single snapshot
    /// the trend has one point.
    public let trend: [UsagePoint]

    public init(item: InstallBaseItem, trend: [UsagePoint]) {
        self.item = item
        self.trend = trend
    }

    public var accountID: String { item.accountID }
    public var product: String { item.product }

    /// Licences owned and not in use: `owned − in use`, and zero when more are in use than owned.
    public var unusedLicences: Int { item.unusedLicences }

    /// The money paid for licences not in use: unused licences × unit price.
    public var unusedValue: Money { item.unitPrice * item.unusedLicences }

    /// The money paid for every licence owned: licences owned × unit price.
    public var installedValue: Money { item.unitPrice * item.licencesOwned }

    public var usage: LicenceUsage {
        LicenceUsage(licencesOwned: item.licencesOwned, licencesInUse: item.licencesInUse)
    }

    /// Whether any licence is unused, so the product is totally unused or under-used.
    public var isShelfware: Bool { unusedLicences > 0 }
}
