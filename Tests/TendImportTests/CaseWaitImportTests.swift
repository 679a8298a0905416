import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore
import TendTestSupport
import Testing

@Suite("Customer waits from an event log")
struct CaseWaitImportTests {
    static func time(_ day: Int, _ hour: Int) -> Timestamp {
        Timestamp(
            millisecondsSinceEpoch: (1_362_355_200 + Int64(day - 4) * 86_400 + Int64(hour) * 3600) * 1000,
            utcOffsetSeconds: 0)
    }

    static func importSample(into directory: TemporaryDirectory) throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.path("tend.sqlite"))
        let log = try directory.write("events.csv", SupportSample.eventLogCSV).path
        let mappingPath = try directory.write("mapping.json", SupportSample.eventLogMappingJSON).path
        _ = try Importer(store: store).importEventLog(path: log, mapping: try EventLogMapping.read(path: mappingPath))
        return store
    }

    @Test("waits end at the next event or stay open")
    func waitsAreStored() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.importSample(into: directory)

        let waits = try store.caseWaits(accountID: nil)
        #expect(waits.keys.sorted() == ["E1", "E2"])
        #expect(waits["E1"]?.map(\.start) == [Self.time(4, 10), Self.time(4, 13)])
        #expect(waits["E1"]?.map(\.end) == [Self.time(4, 12), Self.time(4, 15)])
        #expect(waits["E2"]?.map(\.start) == [Self.time(5, 9)])
        #expect(waits["E2"]?.map(\.end) == [nil])
        #expect(try store.caseWaits(accountID: "A2").keys.sorted() == ["E2"])
    }

    @Test("a repeated import replaces the waits")
    func reimportReplacesWaits() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.importSample(into: directory)
        let log = try directory.write("events.csv", SupportSample.eventLogCSV).path
        let mapping = try EventLogMapping.read(path: directory.path("mapping.json"))
        _ = try Importer(store: store).importEventLog(path: log, mapping: mapping)

        #expect(try store.caseWaits(accountID: nil)["E1"]?.count == 2)
        #expect(try store.caseWaits(accountID: nil)["E2"]?.count == 1)
    }

    /// E1 is severity 1: restored 7 h after opening, 4 h of it waiting, so 3 h on a paused clock against 4 h.
    @Test("waits pause the restore clock only when the policy says so")
    func waitsPauseRestoreClock() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.importSample(into: directory)
        let period = try SupportPeriod(from: Self.time(1, 0), to: Self.time(8, 0))

        let paused = try SupportBook.overview(
            store: store, period: period, grouping: .severity, now: Self.time(8, 0))
        let pausedShare = try #require(paused.restoreTargets[.severity(1)])
        #expect(pausedShare.met == 1)
        #expect(pausedShare.missed == 0)
        #expect(pausedShare.pending == 0)

        let hours = SLASeverityTargets(
            firstContact: try SLATarget(hours: Rational(1)), restore: try SLATarget(hours: Rational(4)))
        let strict = try SLAPolicy(
            name: "strict", targetsBySeverity: [1: hours, 2: hours, 3: hours, 4: hours], pausesOnWait: false)
        try store.save(calendars: [], policies: [strict])
        let running = try SupportBook.overview(
            store: store, period: period, grouping: .severity, policyName: "strict", now: Self.time(8, 0))
        let runningShare = try #require(running.restoreTargets[.severity(1)])
        #expect(runningShare.met == 0)
        #expect(runningShare.missed == 1)
        #expect(runningShare.pending == 0)
        #expect(running.policy.name == "strict")
    }
}
