import Foundation
import TendCore

/// Turns the local dates of report options into instants in a time zone.
enum ReportTimes {
    static func startOfDay(_ day: Day, in zone: TimeZone) -> Timestamp {
        Timestamp.startOfDay(day, in: zone)
    }

    /// The date in option `name`, such as `2013-01-31`; a usage error for any other text.
    static func day(_ arguments: ParsedArguments, _ name: String) throws -> Day? {
        guard let text = arguments.value(name) else { return nil }
        guard let day = Day(iso: text) else {
            throw UsageError("invalid date \"\(text)\" for --\(name); expected YYYY-MM-DD such as 2013-01-31")
        }
        return day
    }

    /// The time open cases are aged to: the start of `--now` when given, otherwise the current time.
    static func now(_ arguments: ParsedArguments, zone: TimeZone) throws -> Timestamp {
        if let day = try day(arguments, "now") { return startOfDay(day, in: zone) }
        let milliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let offset = Int32(zone.secondsFromGMT(for: Date()))
        return Timestamp(millisecondsSinceEpoch: milliseconds, utcOffsetSeconds: offset)
    }
}
