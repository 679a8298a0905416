import Foundation

extension Timestamp {
    /// The first instant of the local date `day` in `zone`, written with the zone's offset at that instant.
    ///
    /// When clocks skip local midnight, as in zones that change offset at 00:00, the result is the instant the skip
    /// lands on, which the zone reads as 01:00.
    public static func startOfDay(_ day: Day, in zone: TimeZone) -> Timestamp {
        let wallClock = Int64(day.daysSinceEpoch) * 86_400
        func offset(at seconds: Int64) -> Int64 {
            Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
        }
        let guess = offset(at: wallClock)
        var instant = wallClock - guess
        let actual = offset(at: instant)
        if actual != guess {
            // The guess was taken on the other side of an offset change. Midnight exists in one of the two offsets
            // unless clocks skip it; then both candidates fall in the skip, and the later one is the first instant
            // after it when the skip starts at midnight.
            let other = wallClock - actual
            instant = offset(at: other) == actual ? other : max(instant, other)
        }
        return Timestamp(millisecondsSinceEpoch: instant * 1000, utcOffsetSeconds: Int32(offset(at: instant)))
    }

    /// The same local date and time `months` calendar months later (earlier when negative), day clamped to the
    /// month's last day, at local midnight in `zone`.
    public static func startOfDay(_ day: Day, addingMonths months: Int, in zone: TimeZone) -> Timestamp {
        let (year, month, date) = day.components
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let clamped = min(date, Day.daysInMonth(year: newYear, month: newMonth))
        let target = Day(year: newYear, month: newMonth, day: clamped) ?? day  // Clamped to a day of the month.
        return startOfDay(target, in: zone)
    }
}
