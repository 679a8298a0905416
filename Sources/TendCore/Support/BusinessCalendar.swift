import Foundation

/// Weekly opening hours in a time zone, less holidays, for counting business time between two instants.
///
/// Opening hours are local wall-clock times. An instant is open when it falls on a local date that is not a
/// holiday and its local wall-clock reading lies in one of that weekday's opening intervals. This rule decides the
/// days on which clocks change:
/// - When clocks go forward, an interval keeps its length unless it overlaps the skipped hour, and it loses the
///   part that clocks skip. In Europe/Rome on 2013-03-31 clocks jump from 02:00 to 03:00, so 09:00-18:00 is
///   9 hours, 01:00-04:00 is 2 hours and 02:00-03:00 is empty.
/// - When clocks go back, the repeated wall-clock hour is open twice if it lies in an interval. In Europe/Rome on
///   2013-10-27 clocks return from 03:00 to 02:00, so 09:00-18:00 is 9 hours and 01:00-04:00 is 4 hours.
public struct BusinessCalendar: Sendable, Hashable {
    public let name: String
    public let timeZone: TimeZone
    /// The opening intervals of each weekday, sorted and not overlapping; a missing weekday is closed all day.
    public let openingHours: [Weekday: [OpeningInterval]]
    /// Local dates on which the calendar is closed all day, in `timeZone`.
    public let holidays: Set<Day>

    /// Creates a calendar, sorting each weekday's intervals.
    ///
    /// - Throws: `overlappingOpeningIntervals` when two intervals of one weekday overlap. Intervals that only
    ///   touch, such as 09:00-13:00 and 13:00-18:00, are accepted.
    public init(
        name: String, timeZone: TimeZone, openingHours: [Weekday: [OpeningInterval]], holidays: Set<Day> = []
    ) throws(SupportMetricsError) {
        var sortedHours: [Weekday: [OpeningInterval]] = [:]
        for (weekday, intervals) in openingHours where !intervals.isEmpty {
            let sorted = intervals.sorted()
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.startMinute < earlier.endMinute {
                throw SupportMetricsError(
                    .overlappingOpeningIntervals,
                    "opening intervals \(earlier) and \(later) of \(weekday) in calendar \"\(name)\" overlap; "
                        + "merge them into one interval")
            }
            sortedHours[weekday] = sorted
        }
        self.name = name
        self.timeZone = timeZone
        self.openingHours = sortedHours
        self.holidays = holidays
    }

    /// Creates a calendar open during the same intervals on each of `weekdays`.
    public init(
        name: String, timeZone: TimeZone, weekdays: [Weekday], intervals: [OpeningInterval], holidays: Set<Day> = []
    ) throws(SupportMetricsError) {
        var hours: [Weekday: [OpeningInterval]] = [:]
        for weekday in weekdays { hours[weekday] = intervals }
        try self.init(name: name, timeZone: timeZone, openingHours: hours, holidays: holidays)
    }

    /// Counts the open milliseconds from `start` (included) to `end` (excluded).
    ///
    /// Returns 0 when `end` is not after `start`. The UTC offsets written in the timestamps play no part: only the
    /// instants count, read in the calendar's own time zone. The work grows with the number of local days in the
    /// span, with a few time zone look-ups per call, so spans of months and years are cheap.
    public func businessMilliseconds(from start: Timestamp, to end: Timestamp) -> Int64 {
        let lower = start.millisecondsSinceEpoch
        let upper = end.millisecondsSinceEpoch
        guard lower < upper else { return 0 }

        let day: Int64 = 86_400_000
        // Offsets stay within one day of UTC, so the local dates of the span lie within a day of its UTC dates.
        let timeline = UTCOffsetTimeline(timeZone: timeZone, from: lower - 2 * day, to: upper + 2 * day)
        let firstDay = BusinessCalendar.floorDivide(lower, day) - 1
        let lastDay = BusinessCalendar.floorDivide(upper, day) + 1

        var total: Int64 = 0
        var segmentHint = 0
        for dayNumber in firstDay...lastDay {
            let date = Day(daysSinceEpoch: Int32(dayNumber))
            guard !holidays.contains(date), let intervals = openingHours[date.weekday] else { continue }
            let midnight = dayNumber * day
            for interval in intervals {
                let wallClock =
                    (midnight + Int64(interval.startMinute) * 60_000)..<(midnight + Int64(interval.endMinute) * 60_000)
                total += timeline.measure(wallClock: wallClock, within: lower..<upper, firstSegment: &segmentHint)
            }
        }
        return total
    }

    /// Counts the open time from `start` to `end` in hours, exactly; zero when `end` is not after `start`.
    public func businessHours(from start: Timestamp, to end: Timestamp) -> Rational {
        Rational(Int128(businessMilliseconds(from: start, to: end)), 3_600_000)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
