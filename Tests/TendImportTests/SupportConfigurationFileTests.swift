import Foundation
import TendCore
import TendImport
import TendTestSupport
import Testing

@Suite("SLA configuration file")
struct SupportConfigurationFileTests {
    static func resolve(_ json: String) throws -> (calendars: [BusinessCalendar], policies: [SLAPolicy]) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("sla.json", json).path
        return try SupportConfigurationFile.read(path: path).resolve(file: "sla.json", stored: [])
    }

    @Test("reads calendars, hours and clocks")
    func readsSample() throws {
        let (calendars, policies) = try Self.resolve(SupportSample.slaJSON)
        let calendar = try #require(calendars.first)
        #expect(calendars.count == 1)
        #expect(calendar.name == "rome-office")
        #expect(calendar.timeZone.identifier == "Europe/Rome")
        #expect(calendar.openingHours[.monday]?.map(\.description) == ["09:00-13:00", "14:00-18:00"])
        #expect(calendar.openingHours[.saturday] == nil)
        #expect(calendar.holidays == [Day(year: 2013, month: 12, day: 25)!, Day(year: 2014, month: 1, day: 1)!])

        let policy = try #require(policies.first)
        #expect(policy.name == "default")
        #expect(policy.pausesOnWait == false)
        #expect(policy.targets(forSeverity: 1)?.firstContact.hours == Rational(1, 2))
        #expect(policy.targets(forSeverity: 1)?.firstContact.clock == .calendarHours)
        #expect(policy.targets(forSeverity: 2)?.firstContact.hours == Rational(1, 3))
        #expect(policy.targets(forSeverity: 2)?.restore.clock == .businessHours(calendar))
        #expect(policy.targets(forSeverity: 4)?.firstContact.clock == .calendarHours)
        #expect(policy.targets(forSeverity: 4)?.restore.clock == .businessHours(calendar))
    }

    @Test("export reads back to the same values")
    func roundTrip() throws {
        let (calendars, policies) = try Self.resolve(SupportSample.slaJSON)
        let exported = SupportConfigurationFile(calendars: calendars, policies: policies)
        let data = try JSONEncoder().encode(exported)
        let again = try JSONDecoder().decode(SupportConfigurationFile.self, from: data)
            .resolve(file: "export", stored: [])
        #expect(again.calendars == calendars)
        #expect(again.policies == policies)
    }

    static let invalidFiles: [(json: String, message: String)] = [
        (
            #"{"calendars": [{"name": "x", "time_zone": "Mars/Base", "opening_hours": {}}]}"#,
            "sla.json: column calendars.x.time_zone: unknown time zone"
        ),
        (
            #"{"calendars": [{"name": "x", "time_zone": "UTC", "opening_hours": {"funday": []}}]}"#,
            "sla.json: column calendars.x.opening_hours: unknown weekday"
        ),
        (
            #"{"policies": [{"name": "p", "pauses_on_wait": true, "targets": [{"severity": 1, "#
                + #""first_contact_hours": "1", "restore_hours": "4", "calendar": "nowhere"}]}]}"#,
            "sla.json: column policies.p.targets.1.calendar: unknown calendar"
        ),
        (
            #"{"policies": [{"name": "p", "pauses_on_wait": true, "targets": [{"severity": 1, "#
                + #""first_contact_hours": "soon", "restore_hours": "4"}]}]}"#,
            "sla.json: column policies.p.targets.1.first_contact_hours: invalid hours"
        ),
        (
            #"{"policies": [{"name": "p", "pauses_on_wait": true, "targets": [{"severity": 1, "#
                + #""first_contact_hours": "1", "restore_hours": "4"}]}]}"#,
            "sla.json: column policies.p.targets: SLA policy \"p\" has targets for severities [1]"
        ),
        (
            #"{"calendars": [{"name": " ", "time_zone": "UTC", "opening_hours": {"monday": ["09:00-17:00"]}}]}"#,
            "sla.json: column calendars.name: empty calendar name"
        ),
        (
            #"{"calendars": [{"name": "x", "time_zone": "UTC", "opening_hours": {"monday": ["09:00-17:00"]}}, "#
                + #"{"name": "x", "time_zone": "UTC", "opening_hours": {"monday": ["09:00-17:00"]}}]}"#,
            "sla.json: column calendars.name: calendar named twice"
        ),
        (
            #"{"calendars": [{"name": "x", "time_zone": "UTC", "opening_hours": {"monday": []}}]}"#,
            "sla.json: column calendars.x.opening_hours: calendar without opening hours"
        ),
    ]

    @Test("rejects invalid entries with the field and value", arguments: invalidFiles)
    func rejectsInvalid(_ json: String, message: String) throws {
        do {
            _ = try Self.resolve(json)
            Issue.record("accepted an invalid file")
        } catch let error as ImportError {
            #expect(error.code == .invalidValue)
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    @Test("parses hours as decimals and fractions")
    func parsesHours() {
        #expect(SupportConfigurationFile.parseHours("4") == Rational(4))
        #expect(SupportConfigurationFile.parseHours("0.25") == Rational(1, 4))
        #expect(SupportConfigurationFile.parseHours("2/3") == Rational(2, 3))
        #expect(SupportConfigurationFile.parseHours("1/0") == nil)
        #expect(SupportConfigurationFile.parseHours("") == nil)
        #expect(SupportConfigurationFile.parseHours("four") == nil)
    }
}
