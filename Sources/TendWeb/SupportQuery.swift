import Foundation
import TendCore
import TendHTTP
import TendStore

/// The parameters of the support pages.
///
/// - `from` and `to`: the first and last opening dates, both included; by default the latest year with dated data.
/// - `time_zone`: the time zone of those dates, UTC by default.
/// - `policy`: the SLA policy; by default the stored `default`, else the built-in one.
/// - `by`: the API's grouping.
/// - `now`: a date to age open cases at; by default the current time.
struct SupportQuery {
    let from: Day
    let to: Day
    let zone: TimeZone
    let policyName: String?
    let grouping: SupportGrouping
    let now: Timestamp

    var period: SupportPeriod {
        // `to` is not before `from`, which the initializer checks, so the period cannot be reversed.
        try! SupportPeriod(
            from: Timestamp.startOfDay(from, in: zone), to: Timestamp.startOfDay(to.adding(days: 1), in: zone))
    }

    static let groupings: [String: SupportGrouping] = [
        "portfolio": .portfolio, "severity": .severity, "account": .account, "product": .product,
        "month": .openingMonth, "quarter": .openingQuarter, "severity-month": .severityAndOpeningMonth,
    ]

    init(_ request: HTTPRequest, store: any Store, defaultGrouping: SupportGrouping = .severity) throws {
        let query = request.query
        let zoneName = query["time_zone"].flatMap { $0.isEmpty ? nil : $0 } ?? "UTC"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw QueryError(parameter: "time_zone", value: zoneName, expected: "an IANA time zone such as Europe/Rome")
        }
        func day(_ name: String) throws -> Day? {
            guard let text = query[name], !text.isEmpty else { return nil }
            guard let day = Day(iso: text) else {
                throw QueryError(parameter: name, value: text, expected: "a date as YYYY-MM-DD")
            }
            return day
        }
        var from = try day("from")
        var to = try day("to")
        if from == nil || to == nil {
            guard let year = try store.yearsOnRecord().last else {
                throw WebError(status: 404, message: "no data yet: import data with `tend import` or run `tend demo`")
            }
            from = from ?? Day.firstOfYear(year)
            to = to ?? Day.lastOfYear(year)
        }
        guard let from, let to, !(to < from) else {
            throw QueryError(parameter: "to", value: query["to"] ?? "", expected: "a date at or after from")
        }
        let byText = query["by"].flatMap { $0.isEmpty ? nil : $0 }
        guard let grouping = byText.map({ Self.groupings[$0] }) ?? defaultGrouping else {
            throw QueryError(
                parameter: "by", value: byText ?? "",
                expected: "portfolio, severity, account, product, month, quarter or severity-month")
        }
        self.from = from
        self.to = to
        self.zone = zone
        self.policyName = query["policy"].flatMap { $0.isEmpty ? nil : $0 }
        self.grouping = grouping
        if let nowDay = try day("now") {
            now = Timestamp.startOfDay(nowDay, in: zone)
        } else {
            let date = Date()
            now = Timestamp(
                millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)),
                utcOffsetSeconds: Int32(zone.secondsFromGMT(for: date)))
        }
    }

    /// The query string that selects the same period, policy and report time, for links between support pages.
    var parameters: String {
        var items = [("from", from.description), ("to", to.description), ("time_zone", zone.identifier)]
        if let policyName { items.append(("policy", policyName)) }
        return items.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}

/// Returns the store as a `SupportStore`, or throws a 404 when it keeps no support configuration.
func supportStore(_ store: any Store) throws -> any SupportStore {
    guard let store = store as? any SupportStore else {
        throw WebError(status: 404, message: "this store keeps no support data")
    }
    return store
}

/// Computes the overview the query selects, turning an unknown policy name into a 400, so a mistyped `policy`
/// parameter is not a server error.
func supportOverview(
    store: any SupportStore, query: SupportQuery, grouping: SupportGrouping, accountID: String? = nil
) throws -> SupportOverview {
    do {
        return try SupportBook.overview(
            store: store, period: query.period, grouping: grouping, policyName: query.policyName,
            accountID: accountID, now: query.now)
    } catch let error as SupportStoreError {
        throw WebError(status: 400, message: error.message)
    }
}
