/// A span of local wall-clock time within one day, such as 09:00-13:00, during which a business calendar is open.
///
/// The start is included and the end excluded. The end may be 24:00 to reach midnight. An interval never crosses
/// midnight, so a night shift is written as two intervals on consecutive weekdays.
public struct OpeningInterval: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes after local midnight at which the interval starts, 0 to 1439.
    public let startMinute: Int
    /// Minutes after local midnight at which the interval ends, 1 to 1440.
    public let endMinute: Int

    /// Creates the interval from minutes after local midnight.
    ///
    /// - Throws: `invalidOpeningInterval` unless `0 <= startMinute < endMinute <= 1440`.
    public init(startMinute: Int, endMinute: Int) throws(SupportMetricsError) {
        guard 0 <= startMinute, startMinute < endMinute, endMinute <= 1440 else {
            throw SupportMetricsError(
                .invalidOpeningInterval,
                "invalid opening interval from minute \(startMinute) to minute \(endMinute); "
                    + "expected a start before the end, both within 00:00-24:00")
        }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Parses `HH:MM-HH:MM`, such as `09:00-18:00` or `22:00-24:00`.
    ///
    /// - Throws: `invalidOpeningInterval` for any other text, or for an empty or reversed interval.
    public init(parsing text: String) throws(SupportMetricsError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 11, bytes[5] == UInt8(ascii: "-"),
            let start = OpeningInterval.minuteOfDay(bytes, at: 0),
            let end = OpeningInterval.minuteOfDay(bytes, at: 6)
        else {
            throw SupportMetricsError(
                .invalidOpeningInterval,
                "invalid opening interval \"\(text)\"; expected HH:MM-HH:MM such as 09:00-18:00")
        }
        try self.init(startMinute: start, endMinute: end)
    }

    /// Reads `HH:MM` at `start`, allowing 24:00 but no other hour above 23.
    private static func minuteOfDay(_ bytes: [UInt8], at start: Int) -> Int? {
        guard bytes[start + 2] == UInt8(ascii: ":"), let hour = Day.digits(bytes, start, 2),
            let minute = Day.digits(bytes, start + 3, 2), minute < 60, hour < 24 || (hour == 24 && minute == 0)
        else { return nil }
        return hour * 60 + minute
    }

    public static func < (lhs: OpeningInterval, rhs: OpeningInterval) -> Bool {
        (lhs.startMinute, lhs.endMinute) < (rhs.startMinute, rhs.endMinute)
    }

    /// The interval as `HH:MM-HH:MM`.
    public var description: String {
        func clock(_ minutes: Int) -> String {
            let hour = minutes / 60
            let minute = minutes % 60
            return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
        return "\(clock(startMinute))-\(clock(endMinute))"
    }
}
