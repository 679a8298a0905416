/// Everything the health score needs to know about one account in one year, gathered by the store.
///
/// Counts and sums are for the scored year only, except `installBase`, `integrations` and
/// `earliestCaseDay`, which are the account's current install base, current integrations and first case.
public struct AccountYearFacts: Sendable, Hashable {
    public var account: Account
    public var year: Int
    /// The local date of the account's first support case in any year; stands in for an unknown customer-since date.
    public var earliestCaseDay: Day?

    public var casesOpened: Int = 0
    public var severity1CasesOpened: Int = 0

    public var integrations: [Integration] = []

    public var enhancementsSubmitted: Int = 0
    /// Deliveries made in the year, whatever year the request was submitted in.
    public var enhancementsDelivered: Int = 0

    public var installBase: [InstallBaseItem] = []

    public var onlineParticipations: Int = 0
    public var eventParticipations: Int = 0

    /// Names of the special programmes active on at least one day of the year.
    public var activeProgrammes: [String] = []

    /// Planned and achieved sales summed over the year's four quarters.
    public var licencePlanned: Money = .zero
    public var licenceAchieved: Money = .zero
    public var servicesPlanned: Money = .zero
    public var servicesAchieved: Money = .zero

    public var upsells: Int = 0
    public var upsellAmount: Money = .zero

    /// The account's shelf-ware findings that count as shelf-ware when the store tracks findings, or nil, in which
    /// case Utilisation reads the install base alone.
    public var shelfwareFindings: [CountedShelfwareFinding]?

    public init(account: Account, year: Int) {
        self.account = account
        self.year = year
    }
}
