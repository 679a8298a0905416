import Foundation
import TendCore
import TendImport

/// Turns the local dates of report options into instants in a time zone.
enum ReportTimes {
    /// The instant of local midnight starting `day` in `zone`, or of the first local time after midnight when
    /// clocks skip midnight that day.
    static func startOfDay(_ day: Day, in zone: TimeZone) -> Timestamp {
        let resolver = LocalTimeResolver(timeZone: zone)
        var wallClock = Int64(day.daysSinceEpoch) * 86_400
        var offset = resolver.utcOffset(wallClockSeconds: wallClock)
        while offset == nil {
            // A skipped local time lasts at most a few hours, so this loop ends within a day.
            wallClock += 60
            offset = resolver.utcOffset(wallClockSeconds: wallClock)
        }
        let seconds = Int32(offset!)  // The loop above ends only with an offset.
        return Timestamp(millisecondsSinceEpoch: (wallClock - Int64(seconds)) * 1000, utcOffsetSeconds: seconds)
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
