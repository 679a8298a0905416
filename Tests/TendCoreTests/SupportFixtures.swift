import Foundation

@testable import TendCore

/// Builds support test values from local wall-clock readings, so expected values can be checked by hand.
enum SupportFixtures {
    /// The instant that reads `year-month-day hour:minute` at `offsetHours` from UTC.
    static func time(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, offsetHours: Int = 0
    ) -> Timestamp {
        let days = Int64(Day.daysFromCivil(year: year, month: month, day: day))
        let localSeconds = days * 86_400 + Int64(hour) * 3600 + Int64(minute) * 60
        let offsetSeconds = Int64(offsetHours) * 3600
        return Timestamp(
            millisecondsSinceEpoch: (localSeconds - offsetSeconds) * 1000, utcOffsetSeconds: Int32(offsetSeconds))
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day)!  // Callers pass literal dates that exist.
    }

    static func hours(_ value: Int64) -> Int64 { value * 3_600_000 }

    static let rome = TimeZone(identifier: "Europe/Rome")!  // The IANA database ships with the toolchain.

    static func interval(_ text: String) -> OpeningInterval {
        try! OpeningInterval(parsing: text)  // Callers pass literal intervals that are valid.
    }

    /// Monday to Friday 09:00-18:00 in Europe/Rome.
    static func romeOffice(holidays: Set<Day> = []) -> BusinessCalendar {
        try! BusinessCalendar(  // Only one interval a day, so none can overlap.
            name: "Rome office", timeZone: rome, weekdays: Weekday.workingWeek, intervals: [interval("09:00-18:00")],
            holidays: holidays)
    }

    /// Every day of the week open during `intervals` in Europe/Rome.
    static func romeEveryDay(_ intervals: [String]) -> BusinessCalendar {
        try! BusinessCalendar(  // Callers pass intervals that do not overlap.
            name: "Rome every day", timeZone: rome, weekdays: Weekday.allCases, intervals: intervals.map(interval))
    }

    static func supportCase(
        _ id: String, severity: Int = 2, account: String = "A1", product: String = "Ledger", opened: Timestamp,
        firstContact: Timestamp? = nil, restored: Timestamp? = nil, closed: Timestamp? = nil, rcaDone: Bool? = nil,
        reopenings: Int = 0
    ) -> SupportCase {
        SupportCase(
            id: id, accountID: account, product: product, severity: severity, openedAt: opened,
            firstContactAt: firstContact, restoredAt: restored, closedAt: closed, rcaDone: rcaDone,
            reopenings: reopenings)
    }
}
