import Foundation
import Testing

@testable import TendCore

@Suite("Business calendar")
struct SupportBusinessCalendarTests {
    typealias F = SupportFixtures

    @Test("counts across a weekend")
    func weekend() {
        // Friday 16:00-18:00 and Monday 09:00-10:00.
        let elapsed = F.romeOffice().businessMilliseconds(
            from: F.time(2013, 4, 5, 16, offsetHours: 2), to: F.time(2013, 4, 8, 10, offsetHours: 2))
        #expect(elapsed == F.hours(3))
    }

    @Test("skips a holiday")
    func holiday() {
        // Wednesday 17:00-18:00, Thursday 25 April closed, Friday 09:00-10:00.
        let calendar = F.romeOffice(holidays: [F.date(2013, 4, 25)])
        let elapsed = calendar.businessMilliseconds(
            from: F.time(2013, 4, 24, 17, offsetHours: 2), to: F.time(2013, 4, 26, 10, offsetHours: 2))
        #expect(elapsed == F.hours(2))
        let withoutHoliday = F.romeOffice().businessMilliseconds(
            from: F.time(2013, 4, 24, 17, offsetHours: 2), to: F.time(2013, 4, 26, 10, offsetHours: 2))
        #expect(withoutHoliday == F.hours(11))
    }

    @Test("spans New Year with January 1 a holiday")
    func newYear() {
        // Monday 31 December 10:00-18:00, Tuesday 1 January closed, Wednesday 2 January 09:00-11:30.
        let calendar = F.romeOffice(holidays: [F.date(2013, 1, 1)])
        let elapsed = calendar.businessMilliseconds(
            from: F.time(2012, 12, 31, 10, offsetHours: 1), to: F.time(2013, 1, 2, 11, 30, offsetHours: 1))
        #expect(elapsed == F.hours(10) + 30 * 60_000)
    }

    /// Opening intervals and the minutes they are open on the day clocks go forward.
    static let springForwardMinutes: [(String, Int64)] = [
        ("09:00-18:00", 540), ("00:00-24:00", 1380), ("01:00-04:00", 120), ("02:00-03:00", 0), ("02:30-03:30", 30),
        ("01:30-02:30", 30),
    ]

    /// Opening intervals and the minutes they are open on the day clocks go back.
    static let fallBackMinutes: [(String, Int64)] = [
        ("09:00-18:00", 540), ("00:00-24:00", 1500), ("01:00-04:00", 240), ("02:00-03:00", 120), ("02:30-03:30", 90),
        ("01:30-02:30", 90),
    ]

    /// Spans that start or end outside the opening hours of the Rome office, and their open milliseconds.
    static let outsideHoursSpans: [(Timestamp, Timestamp, Int64)] = [
        (F.time(2013, 4, 6, 8, offsetHours: 2), F.time(2013, 4, 6, 20, offsetHours: 2), 0),
        (F.time(2013, 4, 8, 7, offsetHours: 2), F.time(2013, 4, 8, 20, offsetHours: 2), 32_400_000),
        (F.time(2013, 4, 8, 19, offsetHours: 2), F.time(2013, 4, 9, 8, offsetHours: 2), 0),
        (F.time(2013, 4, 8, 18, offsetHours: 2), F.time(2013, 4, 9, 9, offsetHours: 2), 0),
        (F.time(2013, 4, 8, 17, 59, offsetHours: 2), F.time(2013, 4, 9, 9, 1, offsetHours: 2), 120_000),
    ]

    @Test("keeps local hours when clocks go forward", arguments: springForwardMinutes)
    func springForward(interval: String, minutes: Int64) {
        // Europe/Rome, Sunday 2013-03-31: 02:00 CET is followed by 03:00 CEST.
        let elapsed = F.romeEveryDay([interval]).businessMilliseconds(
            from: F.time(2013, 3, 31, 0, offsetHours: 1), to: F.time(2013, 4, 1, 0, offsetHours: 2))
        #expect(elapsed == minutes * 60_000)
    }

    @Test("counts the repeated hour twice when clocks go back", arguments: fallBackMinutes)
    func fallBack(interval: String, minutes: Int64) {
        // Europe/Rome, Sunday 2013-10-27: 03:00 CEST is followed by 02:00 CET.
        let elapsed = F.romeEveryDay([interval]).businessMilliseconds(
            from: F.time(2013, 10, 27, 0, offsetHours: 2), to: F.time(2013, 10, 28, 0, offsetHours: 1))
        #expect(elapsed == minutes * 60_000)
    }

    @Test("cuts a span inside the skipped and repeated hours")
    func partialChangeDays() {
        let calendar = F.romeEveryDay(["00:00-24:00"])
        // 01:30 CET to 03:30 CEST on 2013-03-31 is one hour of real time.
        let forward = calendar.businessMilliseconds(
            from: F.time(2013, 3, 31, 1, 30, offsetHours: 1), to: F.time(2013, 3, 31, 3, 30, offsetHours: 2))
        #expect(forward == F.hours(1))
        // 02:30 CEST to 02:30 CET on 2013-10-27 is one hour of real time.
        let back = calendar.businessMilliseconds(
            from: F.time(2013, 10, 27, 2, 30, offsetHours: 2), to: F.time(2013, 10, 27, 2, 30, offsetHours: 1))
        #expect(back == F.hours(1))
    }

    @Test("spans a change of offset across a weekend")
    func weekendAcrossChange() {
        // Friday 2013-03-29 12:00 CET to Monday 2013-04-01 10:00 CEST: 6 hours Friday, 1 hour Monday.
        let elapsed = F.romeOffice().businessMilliseconds(
            from: F.time(2013, 3, 29, 12, offsetHours: 1), to: F.time(2013, 4, 1, 10, offsetHours: 2))
        #expect(elapsed == F.hours(7))
    }

    @Test("starts and ends outside opening hours", arguments: outsideHoursSpans)
    func outsideHours(start: Timestamp, end: Timestamp, expected: Int64) {
        #expect(F.romeOffice().businessMilliseconds(from: start, to: end) == expected)
    }

    @Test("returns zero when the end is not after the start")
    func reversed() {
        let calendar = F.romeOffice()
        let monday = F.time(2013, 4, 8, 10, offsetHours: 2)
        let tuesday = F.time(2013, 4, 9, 10, offsetHours: 2)
        #expect(calendar.businessMilliseconds(from: tuesday, to: monday) == 0)
        #expect(calendar.businessMilliseconds(from: monday, to: monday) == 0)
        #expect(calendar.businessHours(from: tuesday, to: monday) == .zero)
    }

    @Test("ignores the offset the timestamps were written in")
    func writtenOffset() {
        // 07:00Z is 09:00 in Rome in April, and 09:30-05:00 is 14:30Z, which is 16:30 in Rome.
        let elapsed = F.romeOffice().businessMilliseconds(
            from: F.time(2013, 4, 8, 7, offsetHours: 0), to: F.time(2013, 4, 8, 9, 30, offsetHours: -5))
        #expect(elapsed == F.hours(7) + 30 * 60_000)
    }

    @Test("counts split opening hours")
    func splitHours() throws {
        let calendar = try BusinessCalendar(
            name: "Split", timeZone: F.rome, weekdays: Weekday.workingWeek,
            intervals: [F.interval("14:00-18:00"), F.interval("09:00-13:00")])
        let lunch = calendar.businessMilliseconds(
            from: F.time(2013, 4, 8, 12, 30, offsetHours: 2), to: F.time(2013, 4, 8, 14, 30, offsetHours: 2))
        #expect(lunch == F.hours(1))
        let day = calendar.businessHours(
            from: F.time(2013, 4, 8, 0, offsetHours: 2), to: F.time(2013, 4, 9, 0, offsetHours: 2))
        #expect(day == Rational(8))
        #expect(calendar.openingHours[.monday] == [F.interval("09:00-13:00"), F.interval("14:00-18:00")])
    }

    @Test("counts a whole year of working days")
    func wholeYear() {
        // 2013 starts on a Tuesday and has 261 weekdays of 9 hours.
        let elapsed = F.romeOffice().businessMilliseconds(
            from: F.time(2013, 1, 1, 0, offsetHours: 1), to: F.time(2014, 1, 1, 0, offsetHours: 1))
        #expect(elapsed == F.hours(261 * 9))
    }

    @Test("rejects overlapping intervals")
    func overlap() {
        let error = #expect(throws: SupportMetricsError.self) {
            try BusinessCalendar(
                name: "Bad", timeZone: F.rome, weekdays: [.monday],
                intervals: [F.interval("09:00-13:00"), F.interval("12:00-18:00")])
        }
        #expect(error?.code == .overlappingOpeningIntervals)
        let touching = try? BusinessCalendar(
            name: "Touching", timeZone: F.rome, weekdays: [.monday],
            intervals: [F.interval("09:00-13:00"), F.interval("13:00-18:00")])
        #expect(touching != nil)
    }

    @Test(
        "parses opening intervals",
        arguments: [("09:00-18:00", 540, 1080), ("00:00-24:00", 0, 1440), ("13:30-13:31", 810, 811)])
    func parses(text: String, start: Int, end: Int) throws {
        let interval = try OpeningInterval(parsing: text)
        #expect(interval.startMinute == start)
        #expect(interval.endMinute == end)
        #expect(interval.description == text)
    }

    @Test(
        "rejects invalid opening intervals",
        arguments: ["18:00-09:00", "09:00-09:00", "24:00-24:00", "09:00-24:01", "9:00-18:00", "09:60-18:00", ""])
    func rejects(text: String) {
        let error = #expect(throws: SupportMetricsError.self) { try OpeningInterval(parsing: text) }
        #expect(error?.code == .invalidOpeningInterval)
    }

    @Test("finds the weekday of a date")
    func weekdays() {
        #expect(F.date(1970, 1, 1).weekday == .thursday)
        #expect(F.date(2013, 3, 31).weekday == .sunday)
        #expect(F.date(2012, 12, 31).weekday == .monday)
        #expect(F.date(1969, 12, 29).weekday == .monday)
    }
}
