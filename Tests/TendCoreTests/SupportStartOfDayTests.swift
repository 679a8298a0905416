import Foundation
import Testing

@testable import TendCore

@Suite("Start of a local day")
struct SupportStartOfDayTests {
    static let cases: [(zone: String, date: String, expected: String)] = [
        ("UTC", "2013-03-01", "2013-03-01T00:00:00Z"),
        ("Europe/Rome", "2013-01-01", "2013-01-01T00:00:00+01:00"),
        ("Europe/Rome", "2013-03-31", "2013-03-31T00:00:00+01:00"),
        ("Europe/Rome", "2013-04-01", "2013-04-01T00:00:00+02:00"),
        ("Europe/Rome", "2013-10-27", "2013-10-27T00:00:00+02:00"),
        ("America/Sao_Paulo", "2018-11-04", "2018-11-04T01:00:00-02:00"),
    ]

    @Test("midnight in the zone", arguments: cases)
    func startOfDay(zone: String, date: String, expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let day = try #require(Day(iso: date))
        #expect(Timestamp.startOfDay(day, in: timeZone).description == expected)
    }

    static let monthCases: [(date: String, months: Int, expected: String)] = [
        ("2013-04-01", -1, "2013-03-01T00:00:00Z"),
        ("2013-01-15", -1, "2012-12-15T00:00:00Z"),
        ("2013-03-31", -1, "2013-02-28T00:00:00Z"),
        ("2012-01-31", 1, "2012-02-29T00:00:00Z"),
        ("2013-11-30", 14, "2015-01-30T00:00:00Z"),
    ]

    @Test("months later or earlier", arguments: monthCases)
    func addingMonths(date: String, months: Int, expected: String) throws {
        let day = try #require(Day(iso: date))
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(Timestamp.startOfDay(day, addingMonths: months, in: utc).description == expected)
    }
}
