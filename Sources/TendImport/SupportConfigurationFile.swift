import Foundation
import TendCore

/// Business calendars and SLA policies as a JSON file, for `tend sla import` and `tend sla export`.
///
/// ```json
/// {
///   "calendars": [
///     {"name": "rome-office", "time_zone": "Europe/Rome",
///      "opening_hours": {"monday": ["09:00-13:00", "14:00-18:00"], "friday": ["09:00-13:00"]},
///      "holidays": ["2013-12-25", "2014-01-01"]}
///   ],
///   "policies": [
///     {"name": "default", "pauses_on_wait": true,
///      "targets": [{"severity": 1, "first_contact_hours": "0.5", "restore_hours": "4", "calendar": "rome-office"}]}
///   ]
/// }
/// ```
///
/// Hours are decimal text or a fraction such as `"1/3"`. A target without `calendar` counts calendar hours;
/// `first_contact_calendar` and `restore_calendar` override `calendar` for one milestone. A policy's calendars must
/// be in the same file or already stored. Both lists are optional.
public struct SupportConfigurationFile: Codable, Sendable, Equatable {
    public struct Calendar: Codable, Sendable, Equatable {
        public var name: String
        public var timeZone: String
        /// Weekday names in English lower case, each with `HH:MM-HH:MM` intervals.
        public var openingHours: [String: [String]]
        /// Dates as YYYY-MM-DD.
        public var holidays: [String]?

        enum CodingKeys: String, CodingKey {
            case name
            case timeZone = "time_zone"
            case openingHours = "opening_hours"
            case holidays
        }
    }

    public struct Target: Codable, Sendable, Equatable {
        public var severity: Int
        public var firstContactHours: String
        public var restoreHours: String
        public var calendar: String?
        public var firstContactCalendar: String?
        public var restoreCalendar: String?

        enum CodingKeys: String, CodingKey {
            case severity
            case firstContactHours = "first_contact_hours"
            case restoreHours = "restore_hours"
            case calendar
            case firstContactCalendar = "first_contact_calendar"
            case restoreCalendar = "restore_calendar"
        }
    }

    public struct Policy: Codable, Sendable, Equatable {
        public var name: String
        public var pausesOnWait: Bool
        public var targets: [Target]

        enum CodingKeys: String, CodingKey {
            case name
            case pausesOnWait = "pauses_on_wait"
            case targets
        }
    }

    public var calendars: [Calendar]?
    public var policies: [Policy]?

    static let weekdayNames: [(String, Weekday)] = [
        ("monday", .monday), ("tuesday", .tuesday), ("wednesday", .wednesday), ("thursday", .thursday),
        ("friday", .friday), ("saturday", .saturday), ("sunday", .sunday),
    ]

    /// Reads the file at `path`, failing with `unreadableFile` or `invalidValue`.
    public static func read(path: String) throws(ImportError) -> SupportConfigurationFile {
        let data = try ImportSources.read(path)
        do {
            return try JSONDecoder().decode(SupportConfigurationFile.self, from: data)
        } catch {
            throw ImportError(
                .invalidValue, file: path, message: "invalid SLA configuration (\(error))",
                expected: "a JSON object with \"calendars\" and \"policies\" lists", cause: error)
        }
    }

    /// Describes stored calendars and policies in this format.
    public init(calendars: [BusinessCalendar], policies: [SLAPolicy]) {
        self.calendars = calendars.map { calendar in
            var hours: [String: [String]] = [:]
            for (name, weekday) in Self.weekdayNames {
                if let intervals = calendar.openingHours[weekday] { hours[name] = intervals.map(\.description) }
            }
            return Calendar(
                name: calendar.name, timeZone: calendar.timeZone.identifier, openingHours: hours,
                holidays: calendar.holidays.sorted().map(\.description))
        }
        self.policies = policies.map { policy in
            let targets = policy.targetsBySeverity.keys.sorted().map { severity in
                let targets = policy.targetsBySeverity[severity]!  // A key of the same dictionary.
                let first = Self.calendarName(targets.firstContact.clock)
                let restore = Self.calendarName(targets.restore.clock)
                return Target(
                    severity: severity, firstContactHours: Self.hoursText(targets.firstContact.hours),
                    restoreHours: Self.hoursText(targets.restore.hours), calendar: first == restore ? first : nil,
                    firstContactCalendar: first == restore ? nil : first,
                    restoreCalendar: first == restore ? nil : restore)
            }
            return Policy(name: policy.name, pausesOnWait: policy.pausesOnWait, targets: targets)
        }
    }

    /// Builds the domain values, taking calendars a policy names from this file first and `stored` second.
    ///
    /// - Throws: `ImportError` with code `invalidValue` naming the calendar, policy, field and value that failed.
    public func resolve(
        file: String, stored: [BusinessCalendar]
    ) throws(ImportError) -> (calendars: [BusinessCalendar], policies: [SLAPolicy]) {
        func invalid(_ field: String, _ value: String, _ message: String, _ expected: String) -> ImportError {
            ImportError(.invalidValue, file: file, column: field, value: value, message: message, expected: expected)
        }
        var calendars: [BusinessCalendar] = []
        var seenNames: Set<String> = []
        for entry in self.calendars ?? [] {
            guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw invalid("calendars.name", entry.name, "empty calendar name", "a name such as rome-office")
            }
            guard seenNames.insert(entry.name).inserted else {
                throw invalid("calendars.name", entry.name, "calendar named twice", "each calendar once in a file")
            }
            guard let zone = TimeZone(identifier: entry.timeZone) else {
                throw invalid(
                    "calendars.\(entry.name).time_zone", entry.timeZone, "unknown time zone",
                    "an IANA time zone such as Europe/Rome")
            }
            var hours: [Weekday: [OpeningInterval]] = [:]
            for (name, texts) in entry.openingHours {
                guard let weekday = Self.weekdayNames.first(where: { $0.0 == name })?.1 else {
                    throw invalid(
                        "calendars.\(entry.name).opening_hours", name, "unknown weekday", "monday to sunday")
                }
                for text in texts {
                    do throws(SupportMetricsError) {
                        hours[weekday, default: []].append(try OpeningInterval(parsing: text))
                    } catch {
                        throw invalid(
                            "calendars.\(entry.name).opening_hours.\(name)", text, error.message, "HH:MM-HH:MM")
                    }
                }
            }
            var holidays: Set<Day> = []
            for text in entry.holidays ?? [] {
                guard let day = Day(iso: text) else {
                    throw invalid("calendars.\(entry.name).holidays", text, "invalid date", "a date as YYYY-MM-DD")
                }
                holidays.insert(day)
            }
            guard !hours.values.allSatisfy(\.isEmpty) else {
                throw invalid(
                    "calendars.\(entry.name).opening_hours", entry.name, "calendar without opening hours",
                    "at least one weekday with hours such as 09:00-18:00")
            }
            do throws(SupportMetricsError) {
                calendars.append(
                    try BusinessCalendar(name: entry.name, timeZone: zone, openingHours: hours, holidays: holidays))
            } catch {
                throw invalid("calendars.\(entry.name).opening_hours", entry.name, error.message, "no overlaps")
            }
        }

        var known = Dictionary(stored.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for calendar in calendars { known[calendar.name] = calendar }
        var policies: [SLAPolicy] = []
        for entry in self.policies ?? [] {
            var targets: [Int: SLASeverityTargets] = [:]
            for target in entry.targets {
                let field = "policies.\(entry.name).targets.\(target.severity)"
                func clock(_ name: String?) throws(ImportError) -> SLAClock {
                    guard let name else { return .calendarHours }
                    guard let calendar = known[name] else {
                        throw invalid(
                            field + ".calendar", name, "unknown calendar", "a calendar in this file or already stored")
                    }
                    return .businessHours(calendar)
                }
                func slaTarget(_ text: String, _ name: String, _ calendar: String?) throws(ImportError) -> SLATarget {
                    guard let hours = Self.parseHours(text) else {
                        throw invalid(field + "." + name, text, "invalid hours", "a positive number such as 4 or 0.5")
                    }
                    let targetClock = try clock(calendar)
                    do throws(SupportMetricsError) {
                        return try SLATarget(hours: hours, clock: targetClock)
                    } catch {
                        throw invalid(field + "." + name, text, error.message, "a positive number of hours")
                    }
                }
                guard targets[target.severity] == nil else {
                    throw invalid(field, "\(target.severity)", "duplicate severity", "one target per severity")
                }
                targets[target.severity] = SLASeverityTargets(
                    firstContact: try slaTarget(
                        target.firstContactHours, "first_contact_hours", target.firstContactCalendar ?? target.calendar),
                    restore: try slaTarget(
                        target.restoreHours, "restore_hours", target.restoreCalendar ?? target.calendar))
            }
            do throws(SupportMetricsError) {
                policies.append(
                    try SLAPolicy(name: entry.name, targetsBySeverity: targets, pausesOnWait: entry.pausesOnWait))
            } catch {
                throw invalid("policies.\(entry.name).targets", entry.name, error.message, "severities 1 to 4")
            }
        }
        return (calendars, policies)
    }

    /// Parses `4`, `0.5` or `1/3` as a positive number of hours; nil for anything else.
    public static func parseHours(_ text: String) -> Rational? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let numerator = Int64(parts[0]), let denominator = Int64(parts[1]), denominator > 0 else {
                return nil
            }
            return Rational(Int128(numerator), Int128(denominator))
        }
        guard let money = Money(decimal: text) else { return nil }  // Money parses up to four decimals exactly.
        return money.rational
    }

    static func hoursText(_ hours: Rational) -> String {
        hours.denominator == 1 ? "\(hours.numerator)" : hours.description
    }

    static func calendarName(_ clock: SLAClock) -> String? {
        if case .businessHours(let calendar) = clock { return calendar.name }
        return nil
    }
}

extension SupportConfigurationFile {
    /// The English lower-case name of `weekday`, as the file writes it.
    public static func weekdayName(_ weekday: Weekday) -> String {
        weekdayNames.first { $0.1 == weekday }?.0 ?? "\(weekday)"
    }
}
