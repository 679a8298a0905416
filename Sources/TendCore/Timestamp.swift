/// An instant with the calendar date and UTC offset it was written with.
///
/// A record belongs to the year of its date as written in the data, so a case opened at
/// `2012-12-31T23:30:00-05:00` belongs to 2012 although it is already 2013 in UTC.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSinceEpoch: Int64
    /// The offset from UTC of the local time the timestamp was written in.
    public let utcOffsetSeconds: Int32

    public init(millisecondsSinceEpoch: Int64, utcOffsetSeconds: Int32) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The local calendar date.
    public var localDay: Day {
        let localMilliseconds = millisecondsSinceEpoch + Int64(utcOffsetSeconds) * 1000
        let days =
            localMilliseconds >= 0 ? localMilliseconds / 86_400_000 : (localMilliseconds - 86_399_999) / 86_400_000
        return Day(daysSinceEpoch: Int32(days))
    }

    /// Orders by instant only: two timestamps of the same instant in different offsets are not less than each other.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    /// Seconds from `self` to `later`, negative when `later` is earlier.
    public func seconds(until later: Timestamp) -> Rational {
        Rational(Int128(later.millisecondsSinceEpoch - millisecondsSinceEpoch), 1000)
    }

    /// ISO 8601 local time with its offset, such as `2012-10-09T14:50:17+02:00`; milliseconds only when present.
    public var description: String {
        let localMilliseconds = millisecondsSinceEpoch + Int64(utcOffsetSeconds) * 1000
        let day = localDay
        let millisecondOfDay = localMilliseconds - Int64(day.daysSinceEpoch) * 86_400_000
        let second = millisecondOfDay / 1000
        func pad(_ value: Int64, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = "\(day)T\(pad(second / 3600)):\(pad(second / 60 % 60)):\(pad(second % 60))"
        if millisecondOfDay % 1000 != 0 { text += "." + pad(millisecondOfDay % 1000, 3) }
        if utcOffsetSeconds == 0 { return text + "Z" }
        let offset = Int64(abs(utcOffsetSeconds))
        return text + (utcOffsetSeconds < 0 ? "-" : "+") + "\(pad(offset / 3600)):\(pad(offset / 60 % 60))"
    }
}
