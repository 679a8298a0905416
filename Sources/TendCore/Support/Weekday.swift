/// A day of the week, numbered as in ISO 8601 from Monday (1) to Sunday (7).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// Monday to Friday.
    public static let workingWeek: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Day {
    /// The day of the week of this date; 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let days = Int(daysSinceEpoch)
        let mondayBased = ((days + 3) % 7 + 7) % 7
        return Weekday(rawValue: mondayBased + 1)!  // mondayBased is 0...6, so the raw value is 1...7.
    }
}
