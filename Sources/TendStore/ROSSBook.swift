import Foundation
import TendCore

/// The return on support service for an account or the portfolio, with the downtime it was computed from.
public struct ROSSCalculation: Sendable {
    public let inputs: ROSSInputs
    public let result: ReturnOnSupportService
    /// Severity 1 downtime in the period before the service start, when it came from the cases.
    public let downtimeBefore: SeverityOneDowntime?
    /// Severity 1 downtime in the period after the service start, when it came from the cases.
    public let downtimeAfter: SeverityOneDowntime?
    /// The period before the service start.
    public let periodBefore: SupportPeriod
    /// The period after the service start, of the same number of months.
    public let periodAfter: SupportPeriod
}

/// The inputs of a ROSS calculation as text fields, as the command line and the dashboard form receive them.
///
/// Fields: `service_start` (YYYY-MM-DD, required), `months` (length of each period, required), `account` (empty
/// for the portfolio), `time_zone` (of `service_start`, default UTC), `cost_per_downtime_hour`, `sales_before`,
/// `sales_after`, `man_hours_saved`, `man_hour_rate`, `price` (decimal amounts, all required), and
/// `downtime_hours_before` and `downtime_hours_after`, which override the downtime from severity 1 cases.
public struct ROSSForm: Sendable {
    public static let fields = [
        "service_start", "months", "account", "time_zone", "cost_per_downtime_hour", "sales_before", "sales_after",
        "man_hours_saved", "man_hour_rate", "price", "downtime_hours_before", "downtime_hours_after",
    ]

    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    /// Computes ROSS, taking each period's downtime from the severity 1 cases opened in it unless the form gives it.
    ///
    /// - Throws: `ROSSFormError` naming the field, its value and what it must be; `SupportMetricsError` when the
    ///   values are out of range (a price that is not positive, say).
    public func calculate(store: any Store) throws -> ROSSCalculation {
        let zone = try timeZone()
        let start = try required("service_start") { Day(iso: $0) }
        let months = try required("months") { text in Int(text).flatMap { (1...1200).contains($0) ? $0 : nil } }
        // Both periods must fall within the calendar's years 1 to 9999, or their ends would not exist.
        let (startYear, startMonth, _) = start.components
        let monthIndex = startYear * 12 + startMonth - 1
        guard monthIndex - months >= 12, monthIndex + months < 10_000 * 12 else {
            throw ROSSFormError(
                field: "service_start", value: start.description,
                expected: "a date at least \(months) months after 0001-01-01 and before 9999-12-31 by as much")
        }
        let serviceStart = Timestamp.startOfDay(start, in: zone)
        let before = try SupportPeriod(
            from: Timestamp.startOfDay(start, addingMonths: -months, in: zone), to: serviceStart)
        let after = try SupportPeriod(
            from: serviceStart, to: Timestamp.startOfDay(start, addingMonths: months, in: zone))

        var downtimeBefore: SeverityOneDowntime?
        var downtimeAfter: SeverityOneDowntime?
        let account = values["account"].flatMap { $0.isEmpty ? nil : $0 }
        let hoursBefore: Rational
        let hoursAfter: Rational
        if let given = try optional("downtime_hours_before", parse: hours) {
            hoursBefore = given
        } else {
            let cases = try store.cases(accountID: account)
            downtimeBefore = SeverityOneDowntime(cases: cases, period: before)
            hoursBefore = downtimeBefore!.hours  // Set on the line above.
        }
        if let given = try optional("downtime_hours_after", parse: hours) {
            hoursAfter = given
        } else {
            let cases = try store.cases(accountID: account)
            downtimeAfter = SeverityOneDowntime(cases: cases, period: after)
            hoursAfter = downtimeAfter!.hours  // Set on the line above.
        }

        let inputs = ROSSInputs(
            downtimeHoursBefore: hoursBefore, downtimeHoursAfter: hoursAfter,
            costPerDowntimeHour: try required("cost_per_downtime_hour", parse: amount),
            serviceSalesBefore: try required("sales_before", parse: amount),
            serviceSalesAfter: try required("sales_after", parse: amount),
            manHoursSaved: try required("man_hours_saved", parse: hours),
            manHourRate: try required("man_hour_rate", parse: amount),
            servicePrice: try required("price", parse: amount), periodMonths: months)
        return ROSSCalculation(
            inputs: inputs, result: try ReturnOnSupportService(inputs), downtimeBefore: downtimeBefore,
            downtimeAfter: downtimeAfter, periodBefore: before, periodAfter: after)
    }

    private func amount(_ text: String) -> Money? { Money(decimal: text) }

    private func hours(_ text: String) -> Rational? { Money(decimal: text)?.rational }

    private func timeZone() throws -> TimeZone {
        let identifier = values["time_zone"].flatMap { $0.isEmpty ? nil : $0 } ?? "UTC"
        guard let zone = TimeZone(identifier: identifier) else {
            throw ROSSFormError(
                field: "time_zone", value: identifier, expected: "an IANA time zone such as Europe/Rome")
        }
        return zone
    }

    private func optional<Value>(_ field: String, parse: (String) -> Value?) throws -> Value? {
        guard let text = values[field]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = parse(text) else {
            throw ROSSFormError(field: field, value: text, expected: Self.expected(field))
        }
        return value
    }

    private func required<Value>(_ field: String, parse: (String) -> Value?) throws -> Value {
        guard let value = try optional(field, parse: parse) else {
            throw ROSSFormError(field: field, value: nil, expected: Self.expected(field))
        }
        return value
    }

    static func expected(_ field: String) -> String {
        switch field {
        case "service_start": "a date as YYYY-MM-DD"
        case "months": "a whole number of months from 1 to 1200"
        case "man_hours_saved", "downtime_hours_before", "downtime_hours_after": "hours with up to 4 decimals"
        default: "an amount with up to 4 decimals, such as 1250.50"
        }
    }
}

/// A ROSS input field that is missing or cannot be read.
public struct ROSSFormError: Error, CustomStringConvertible {
    public let field: String
    /// The text given, or nil when the field is missing.
    public let value: String?
    public let expected: String

    public var description: String {
        guard let value else { return "missing \(field); expected \(expected)" }
        return "invalid \(field) \"\(value)\"; expected \(expected)"
    }
}
