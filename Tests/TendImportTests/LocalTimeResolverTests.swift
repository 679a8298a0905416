import Foundation
import Testing

@testable import TendImport

/// Seconds since 1970 of a wall-clock time read as if UTC.
private func wallClock(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int64 {
    LocalDateTime(
        year: year, month: month, day: day, hour: hour, minute: minute, second: 0, millisecond: 0,
        utcOffsetSeconds: nil
    ).wallClockSeconds!
}

@Suite("Local time resolver")
struct LocalTimeResolverTests {
    let rome = LocalTimeResolver(timeZone: TimeZone(identifier: "Europe/Rome")!)

    @Test("winter and summer offsets in Rome")
    func winterAndSummer() {
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 1, 15, 12, 0)) == 3600)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 7, 15, 12, 0)) == 7200)
    }

    @Test("spring forward: 02:00 to 02:59 does not exist")
    func springForward() {
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 1, 59)) == 3600)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 2, 0)) == nil)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 2, 30)) == nil)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 2, 59)) == nil)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 3, 0)) == 7200)
    }

    @Test("fall back: 02:00 to 02:59 occurs twice and takes the earlier offset")
    func fallBack() {
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 10, 27, 1, 59)) == 7200)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 10, 27, 2, 0)) == 7200)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 10, 27, 2, 59)) == 7200)
        #expect(rome.utcOffset(wallClockSeconds: wallClock(2013, 10, 27, 3, 0)) == 3600)
    }

    @Test("cached hours give the same answer as the first lookup")
    func cacheIsStable() {
        let times = [wallClock(2013, 3, 31, 1, 30), wallClock(2013, 3, 31, 2, 30), wallClock(2013, 10, 27, 2, 30)]
        let first = times.map { rome.utcOffset(wallClockSeconds: $0) }
        let second = times.map { rome.utcOffset(wallClockSeconds: $0) }
        #expect(first == second)
        #expect(first == [3600, nil, 7200])
    }

    @Test("UTC has offset 0 everywhere")
    func utc() {
        let resolver = LocalTimeResolver(timeZone: TimeZone(identifier: "UTC")!)
        #expect(resolver.utcOffset(wallClockSeconds: wallClock(2013, 3, 31, 2, 30)) == 0)
        #expect(resolver.utcOffset(wallClockSeconds: -1) == 0)
    }
}
