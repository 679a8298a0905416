/// A half-open span of instants `[from, to)` selecting the cases opened in it.
public struct SupportPeriod: Sendable, Hashable {
    public let from: Timestamp
    public let to: Timestamp

    /// - Throws: `invalidPeriod` when `to` is before `from`; an equal start and end select no case.
    public init(from: Timestamp, to: Timestamp) throws(SupportMetricsError) {
        guard !(to < from) else {
            throw SupportMetricsError(
                .invalidPeriod, "invalid period from \(from) to \(to); expected an end at or after the start")
        }
        self.from = from
        self.to = to
    }

    /// Whether `instant` is at or after the start and before the end.
    public func contains(_ instant: Timestamp) -> Bool {
        !(instant < from) && instant < to
    }
}

/// The case attribute by which the support KPIs split cases into groups.
public enum SupportGrouping: String, Sendable, Hashable, CaseIterable {
    /// One group with every case.
    case portfolio
    case severity
    case account
    case product
    /// The month of the opening's local date as written in the data.
    case openingMonth
    /// The quarter of the opening's local date as written in the data.
    case openingQuarter
    /// The severity and the month of the opening's local date, one group for each pair.
    case severityAndOpeningMonth

    /// The group of `supportCase`.
    public func key(of supportCase: SupportCase) -> SupportGroupKey {
        switch self {
        case .portfolio:
            return .portfolio
        case .severity:
            return .severity(supportCase.severity)
        case .account:
            return .account(supportCase.accountID)
        case .product:
            return .product(supportCase.product)
        case .openingMonth:
            let (year, month, _) = supportCase.openedAt.localDay.components
            return .month(year: year, month: month)
        case .openingQuarter:
            let (year, month, _) = supportCase.openedAt.localDay.components
            return .quarter(year: year, number: (month - 1) / 3 + 1)
        case .severityAndOpeningMonth:
            let (year, month, _) = supportCase.openedAt.localDay.components
            return .severityAndMonth(severity: supportCase.severity, year: year, month: month)
        }
    }
}

/// The value that identifies one group of cases; keys of one grouping sort in natural order.
public enum SupportGroupKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    case portfolio
    case severity(Int)
    case account(String)
    case product(String)
    case month(year: Int, month: Int)
    /// A calendar quarter, `number` 1 to 4; not a `Quarter`, which rejects years outside 1 to 9999.
    case quarter(year: Int, number: Int)
    case severityAndMonth(severity: Int, year: Int, month: Int)

    public static func < (lhs: SupportGroupKey, rhs: SupportGroupKey) -> Bool {
        switch (lhs, rhs) {
        case (.severity(let left), .severity(let right)): left < right
        case (.account(let left), .account(let right)): left < right
        case (.product(let left), .product(let right)): left < right
        case (.month(let leftYear, let leftMonth), .month(let rightYear, let rightMonth)):
            (leftYear, leftMonth) < (rightYear, rightMonth)
        case (.quarter(let leftYear, let leftNumber), .quarter(let rightYear, let rightNumber)):
            (leftYear, leftNumber) < (rightYear, rightNumber)
        case (
            .severityAndMonth(let left, let leftYear, let leftMonth),
            .severityAndMonth(let right, let rightYear, let rightMonth)
        ):
            (left, leftYear, leftMonth) < (right, rightYear, rightMonth)
        default: lhs.kindOrder < rhs.kindOrder
        }
    }

    private var kindOrder: Int {
        switch self {
        case .portfolio: 0
        case .severity: 1
        case .account: 2
        case .product: 3
        case .month: 4
        case .quarter: 5
        case .severityAndMonth: 6
        }
    }

    /// Such as `portfolio`, `severity 1`, `A17`, `Ledger`, `2013-04`, `2013-Q2` or `severity 1 2013-04`.
    public var description: String {
        switch self {
        case .portfolio: "portfolio"
        case .severity(let severity): "severity \(severity)"
        case .account(let id): id
        case .product(let name): name
        case .month(let year, let month): "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
        case .quarter(let year, let number): "\(year)-Q\(number)"
        case .severityAndMonth(let severity, let year, let month):
            "severity \(severity) \(year)-" + (month < 10 ? "0" : "") + "\(month)"
        }
    }
}
