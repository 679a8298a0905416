/// A customer account of the vendor.
public struct Account: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The first day as a customer; nil when unknown, as for accounts known only from support cases.
    public var customerSince: Day?
    public var segment: String
    public var region: String
    /// The customer success manager who owns the account.
    public var owner: String
    /// Whether the customer is a reference customer; nil when unknown.
    public var referenceCustomer: Bool?
    /// Whether the customer knows whom to talk to at the vendor; nil when unknown.
    public var knowsWhomToContact: Bool?
    /// Whether the customer has in-house applications integrated with the vendor's products; nil when unknown.
    public var inHouseIntegrations: Bool?

    public init(
        id: String, name: String, customerSince: Day?, segment: String = "", region: String = "", owner: String = "",
        referenceCustomer: Bool? = nil, knowsWhomToContact: Bool? = nil, inHouseIntegrations: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.customerSince = customerSince
        self.segment = segment
        self.region = region
        self.owner = owner
        self.referenceCustomer = referenceCustomer
        self.knowsWhomToContact = knowsWhomToContact
        self.inHouseIntegrations = inHouseIntegrations
    }
}

/// A product of the vendor's catalogue.
public struct CatalogueProduct: Sendable, Hashable {
    public var product: String
    public var latestMajorVersion: Int
    public var releasedOn: Day

    public init(product: String, latestMajorVersion: Int, releasedOn: Day) {
        self.product = product
        self.latestMajorVersion = latestMajorVersion
        self.releasedOn = releasedOn
    }

    /// Returns whether the catalogue counts the product as new in `year`: released in that year or the year before.
    public func isNew(in year: Int) -> Bool {
        let releaseYear = releasedOn.year
        return releaseYear == year || releaseYear == year - 1
    }
}

/// One product installed at an account.
public struct InstallBaseItem: Sendable, Hashable {
    public var accountID: String
    public var product: String
    public var majorVersion: Int
    public var licencesOwned: Int
    public var licencesInUse: Int
    public var unitPrice: Money

    public init(
        accountID: String, product: String, majorVersion: Int, licencesOwned: Int, licencesInUse: Int, unitPrice: Money
    ) {
        self.accountID = accountID
        self.product = product
        self.majorVersion = majorVersion
        self.licencesOwned = licencesOwned
        self.licencesInUse = licencesInUse
        self.unitPrice = unitPrice
    }

    /// Licences owned and not in use; zero when more are in use than owned.
    public var unusedLicences: Int { max(0, licencesOwned - licencesInUse) }

    /// Whether the item is shelf-ware: no licence in use, or fewer in use than owned.
    public var isShelfware: Bool { unusedLicences > 0 }
}

/// The state of an integration between the customer's systems and the vendor's products.
public enum IntegrationStatus: String, Sendable, CaseIterable {
    case working, degraded, broken
}

public struct Integration: Sendable, Hashable {
    public var accountID: String
    public var name: String
    public var status: IntegrationStatus

    public init(accountID: String, name: String, status: IntegrationStatus) {
        self.accountID = accountID
        self.name = name
        self.status = status
    }
}

public struct EnhancementRequest: Sendable, Hashable {
    public var accountID: String
    public var requestID: String
    public var submittedOn: Day
    /// nil while the enhancement is not delivered.
    public var deliveredOn: Day?

    public init(accountID: String, requestID: String, submittedOn: Day, deliveredOn: Day?) {
        self.accountID = accountID
        self.requestID = requestID
        self.submittedOn = submittedOn
        self.deliveredOn = deliveredOn
    }
}

public enum ParticipationKind: String, Sendable, CaseIterable {
    /// Forums, webinars and other online community activity.
    case online
    /// User conferences, seminars and other events.
    case event
}

public struct Participation: Sendable, Hashable {
    public var accountID: String
    public var date: Day
    public var kind: ParticipationKind

    public init(accountID: String, date: Day, kind: ParticipationKind) {
        self.accountID = accountID
        self.date = date
        self.kind = kind
    }
}

/// Membership of a special programme such as beta testing, an advisory board or design sessions.
public struct ProgrammeMembership: Sendable, Hashable {
    public var accountID: String
    public var programme: String
    public var startedOn: Day
    /// nil while the membership goes on.
    public var endedOn: Day?

    public init(accountID: String, programme: String, startedOn: Day, endedOn: Day?) {
        self.accountID = accountID
        self.programme = programme
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// Returns whether the membership was active on at least one day of `year`.
    public func isActive(in year: Int) -> Bool {
        startedOn <= Day.lastOfYear(year) && (endedOn.map { $0 >= Day.firstOfYear(year) } ?? true)
    }
}

/// A calendar quarter such as 2013-Q2.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `YYYY-QN`.
    public init?(text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            bytes[5] == UInt8(ascii: "Q") || bytes[5] == UInt8(ascii: "q"),
            let year = Day.digits(bytes, 0, 4), let number = Day.digits(bytes, 6, 1)
        else { return nil }
        self.init(year: year, number: number)
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    public var description: String { "\(year)-Q\(number)" }
}

public enum SalesKind: String, Sendable, CaseIterable {
    /// New licence, cloud and subscription sales.
    case licence
    /// Support, education and professional services sales.
    case services
}

/// Planned and achieved sales of one kind for one account and quarter.
public struct SalesResult: Sendable, Hashable {
    public var accountID: String
    public var quarter: Quarter
    public var kind: SalesKind
    public var planned: Money
    public var achieved: Money

    public init(accountID: String, quarter: Quarter, kind: SalesKind, planned: Money, achieved: Money) {
        self.accountID = accountID
        self.quarter = quarter
        self.kind = kind
        self.planned = planned
        self.achieved = achieved
    }
}

/// An expansion of licences, cloud or services sold to an existing account.
public struct Upsell: Sendable, Hashable {
    public var accountID: String
    public var date: Day
    public var kind: String
    public var amount: Money

    public init(accountID: String, date: Day, kind: String, amount: Money) {
        self.accountID = accountID
        self.date = date
        self.kind = kind
        self.amount = amount
    }
}

/// A support case, with the milestones the support KPIs and the Outage measure need.
public struct SupportCase: Sendable, Hashable {
    public var id: String
    public var accountID: String
    public var product: String
    /// 1 (most severe) to 4.
    public var severity: Int
    public var openedAt: Timestamp
    public var firstContactAt: Timestamp?
    /// The last restore of service; nil while service is not restored.
    public var restoredAt: Timestamp?
    /// The last close; nil while the case is open.
    public var closedAt: Timestamp?
    /// Whether a root cause analysis was done; nil when unknown.
    public var rcaDone: Bool?
    /// How many times the case was reopened after a restore or close.
    public var reopenings: Int

    public static let severities = 1...4

    public init(
        id: String, accountID: String, product: String, severity: Int, openedAt: Timestamp,
        firstContactAt: Timestamp? = nil, restoredAt: Timestamp? = nil, closedAt: Timestamp? = nil,
        rcaDone: Bool? = nil, reopenings: Int = 0
    ) {
        self.id = id
        self.accountID = accountID
        self.product = product
        self.severity = severity
        self.openedAt = openedAt
        self.firstContactAt = firstContactAt
        self.restoredAt = restoredAt
        self.closedAt = closedAt
        self.rcaDone = rcaDone
        self.reopenings = reopenings
    }
}
