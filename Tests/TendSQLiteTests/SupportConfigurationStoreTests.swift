import Foundation
import TendCore
import TendSQLite
import TendStore
import Testing

@Suite("SLA policies and calendars in SQLite")
struct SupportConfigurationStoreTests {
    static func office() throws -> BusinessCalendar {
        try BusinessCalendar(
            name: "office", timeZone: TimeZone(identifier: "Europe/Rome")!,  // The toolchain ships the IANA database.
            openingHours: [
                .monday: [try OpeningInterval(parsing: "09:00-13:00"), try OpeningInterval(parsing: "14:00-18:00")],
                .friday: [try OpeningInterval(parsing: "09:00-12:30")],
            ],
            holidays: [day("2013-12-25")])
    }

    static func policy(_ name: String, calendar: BusinessCalendar?) throws -> SLAPolicy {
        let clock: SLAClock = calendar.map { .businessHours($0) } ?? .calendarHours
        var targets: [Int: SLASeverityTargets] = [:]
        for severity in 1...4 {
            targets[severity] = SLASeverityTargets(
                firstContact: try SLATarget(hours: Rational(Int128(severity), 3), clock: .calendarHours),
                restore: try SLATarget(hours: Rational(severity * 8), clock: clock))
        }
        return try SLAPolicy(name: name, targetsBySeverity: targets, pausesOnWait: severityPauses(name))
    }

    static func severityPauses(_ name: String) -> Bool { name != "strict" }

    @Test("saved calendars and policies read back equal")
    func roundTrip() throws {
        let database = try TestDatabase()
        let office = try Self.office()
        let gold = try Self.policy("gold", calendar: office)
        let strict = try Self.policy("strict", calendar: nil)
        try database.store.save(calendars: [office], policies: [strict, gold])

        let reopened = try database.reopen()
        #expect(try reopened.businessCalendars() == [office])
        #expect(try reopened.slaPolicies() == [gold, strict])
    }

    @Test("saving a policy again replaces it")
    func replacesPolicy() throws {
        let database = try TestDatabase()
        try database.store.save(calendars: [], policies: [try Self.policy("gold", calendar: nil)])
        let office = try Self.office()
        let replacement = try Self.policy("gold", calendar: office)
        try database.store.save(calendars: [office], policies: [replacement])

        #expect(try database.store.slaPolicies() == [replacement])
    }

    @Test("the default policy is the stored one named default, else the built-in one")
    func defaultPolicy() throws {
        let database = try TestDatabase()
        #expect(try database.store.slaPolicy(named: nil) == SLAPolicy.builtInDefault)

        let stored = try Self.policy("default", calendar: nil)
        try database.store.save(calendars: [], policies: [stored])
        #expect(try database.store.slaPolicy(named: nil) == stored)
        #expect(throws: SupportStoreError.self) { try database.store.slaPolicy(named: "missing") }
    }

    @Test("a policy naming a calendar that is not stored is rejected")
    func rejectsUnknownCalendar() throws {
        let database = try TestDatabase()
        let policy = try Self.policy("gold", calendar: try Self.office())

        #expect(throws: SupportStoreError.self) { try database.store.save(calendars: [], policies: [policy]) }
        #expect(try database.store.slaPolicies() == [])
    }

    @Test("a calendar in use cannot be deleted")
    func deletesCalendar() throws {
        let database = try TestDatabase()
        let office = try Self.office()
        try database.store.save(calendars: [office], policies: [try Self.policy("gold", calendar: office)])

        #expect(throws: SupportStoreError.self) { try database.store.deleteBusinessCalendar(name: "office") }
        #expect(try database.store.deleteSLAPolicy(name: "gold") == true)
        #expect(try database.store.deleteSLAPolicy(name: "gold") == false)
        #expect(try database.store.deleteBusinessCalendar(name: "office") == true)
        #expect(try database.store.businessCalendars() == [])
    }

    @Test("a database without the support tables gains them on open")
    func olderDatabaseGainsTables() throws {
        let database = try TestDatabase()
        let connection = try Connection(path: database.path)
        try connection.execute(
            """
            DROP TABLE sla_targets; DROP TABLE sla_policies; DROP TABLE business_calendar_hours;
            DROP TABLE business_calendar_holidays; DROP TABLE business_calendars; DROP TABLE case_waits;
            """)

        let reopened = try database.reopen()
        #expect(try reopened.businessCalendars() == [])
        #expect(try reopened.caseWaits(accountID: nil).isEmpty)
        #expect(try connection.int64("PRAGMA user_version") == 2)
    }
}
