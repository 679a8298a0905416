/// The JSON form of one account's shelf-ware, shared by `tend shelfware --format json` and the web API.
///
/// Amounts are decimal strings with two decimals, and `unused_share` is a percentage with one decimal, such as
/// `60.0`, or null when the install base has no value.
public struct AccountShelfwareDocument: Encodable, Sendable, Equatable {
    public struct Product: Encodable, Sendable, Equatable {
        public var product: String
        public var majorVersion: Int
        /// A `LicenceUsage` raw value: totally_unused, under_used or fully_used.
        public var usage: String
        public var licencesOwned: Int
        public var licencesInUse: Int
        public var unusedLicences: Int
        public var unitPrice: String
        public var installedValue: String
        public var unusedValue: String
        public var trend: [TrendPoint]
        /// The product's current finding: its open one, or else its latest closed one; nil when it never had one.
        public var findingID: String?
        public var findingStep: String?

        enum CodingKeys: String, CodingKey {
            case product, usage, trend
            case majorVersion = "major_version"
            case licencesOwned = "licences_owned"
            case licencesInUse = "licences_in_use"
            case unusedLicences = "unused_licences"
            case unitPrice = "unit_price"
            case installedValue = "installed_value"
            case unusedValue = "unused_value"
            case findingID = "finding_id"
            case findingStep = "finding_step"
        }
    }

    public struct TrendPoint: Encodable, Sendable, Equatable {
        public var date: String
        public var licencesOwned: Int
        public var licencesInUse: Int

        enum CodingKeys: String, CodingKey {
            case date
            case licencesOwned = "licences_owned"
            case licencesInUse = "licences_in_use"
        }
    }

    public var accountID: String
    public var name: String
    public var date: String
    public var installBaseValue: String
    public var unusedValue: String
    public var unusedShare: String?
    public var flagged: Bool
    public var products: [Product]

    enum CodingKeys: String, CodingKey {
        case name, date, flagged, products
        case accountID = "account_id"
        case installBaseValue = "install_base_value"
        case unusedValue = "unused_value"
        case unusedShare = "unused_share"
    }

    /// Describes the analysis, naming each product's current finding among `findings`.
    public init(_ analysis: AccountShelfware, name: String, findings: [ShelfwareFinding]) {
        accountID = analysis.accountID
        self.name = name
        date = analysis.date.description
        installBaseValue = analysis.installBaseValue.description
        unusedValue = analysis.unusedValue.description
        unusedShare = analysis.unusedShare.map(Self.percent)
        flagged = analysis.isFlagged
        products = analysis.products.map { product in
            let finding = Self.currentFinding(of: product.product, accountID: analysis.accountID, in: findings)
            return Product(
                product: product.product, majorVersion: product.item.majorVersion, usage: product.usage.rawValue,
                licencesOwned: product.item.licencesOwned, licencesInUse: product.item.licencesInUse,
                unusedLicences: product.unusedLicences, unitPrice: product.item.unitPrice.description,
                installedValue: product.installedValue.description, unusedValue: product.unusedValue.description,
                trend: product.trend.map {
                    TrendPoint(
                        date: $0.date.description, licencesOwned: $0.licencesOwned, licencesInUse: $0.licencesInUse)
                },
                findingID: finding?.id, findingStep: finding?.step.rawValue)
        }
    }

    /// Formats a share as a percentage with one decimal, such as `25.0` for 1/4.
    public static func percent(_ share: Rational) -> String {
        (share * Rational(100)).formatted(places: 1)
    }

    /// Returns the product's open finding, or else the finding with the latest figures, the last among equals.
    public static func currentFinding(
        of product: String, accountID: String, in findings: [ShelfwareFinding]
    ) -> ShelfwareFinding? {
        let own = findings.filter { $0.accountID == accountID && $0.product == product }
        if let open = own.last(where: \.isOpen) { return open }
        return own.max { $0.latest.date < $1.latest.date }
    }
}

/// The JSON form of the portfolio's shelf-ware: the total unrecognised value and the ranked accounts.
public struct PortfolioShelfwareDocument: Encodable, Sendable, Equatable {
    public var totalUnusedValue: String
    public var flaggedAccounts: Int
    /// Flagged accounts first, each group ranked by unused value, highest first.
    public var accounts: [AccountShelfwareDocument]

    enum CodingKeys: String, CodingKey {
        case accounts
        case totalUnusedValue = "total_unused_value"
        case flaggedAccounts = "flagged_accounts"
    }

    public init(_ portfolio: PortfolioShelfware, names: [String: String], findings: [ShelfwareFinding]) {
        totalUnusedValue = portfolio.totalUnusedValue.description
        flaggedAccounts = portfolio.flaggedAccountCount
        let byAccount = Dictionary(grouping: findings, by: \.accountID)
        accounts = portfolio.flaggedFirst.map { analysis in
            AccountShelfwareDocument(
                analysis, name: names[analysis.accountID] ?? analysis.accountID,
                findings: byAccount[analysis.accountID] ?? [])
        }
    }
}

extension PortfolioShelfware {
    /// The accounts with flagged ones first, each group in the ranking order of `accounts`.
    public var flaggedFirst: [AccountShelfware] {
        accounts.filter(\.isFlagged) + accounts.filter { !$0.isFlagged }
    }
}
