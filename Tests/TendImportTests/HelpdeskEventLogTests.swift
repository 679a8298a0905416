import Foundation
import TendCore
import TendImport
import Testing

/// The real help-desk event log in `../shared/data` beside the package, when it is there.
///
/// The expected counts come from `helpdesk_expected.py` in this folder, which reads the log with Python's csv module
/// independently of the importer.
@Suite("Help-desk event log")
struct HelpdeskEventLogTests {
    static let logPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/helpdesk-events.csv").path

    static let mapping = EventLogMapping(
        columns: .init(
            caseID: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", accountID: "customer",
            product: "product", severity: "seriousness_2"),
        timestampFormat: "yyyy/MM/dd HH:mm:ss.SSS",
        timeZone: "Europe/Rome",
        activities: .init(
            firstContact: ["Take in charge ticket"], restore: ["Resolve ticket"], close: ["Closed"], wait: ["Wait"],
            rca: []),
        severityValues: ["Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4],
        attributePolicy: .init(accountID: .last, product: .last, severity: .mostSevere))

    @Test(
        "cases, accounts and severities of the real log",
        .enabled(if: FileManager.default.fileExists(atPath: logPath)))
    func realLog() throws {
        let fixture = try ImportFixture()
        let summary = try Importer(store: fixture.store).importEventLog(path: Self.logPath, mapping: Self.mapping)
        #expect(summary.files[0].rows == 21_348)
        #expect(summary.files[0].inserted == 4_580)
        #expect(summary.files[0].accountsCreated == 397)

        let cases = try fixture.store.cases(accountID: nil)
        #expect(cases.count == 4_580)
        #expect(try fixture.store.accounts().count == 397)
        #expect(Set(cases.map(\.accountID)).count == 395)
        let bySeverity = Dictionary(grouping: cases, by: \.severity).mapValues(\.count)
        #expect(bySeverity[1] == 210)
        #expect(bySeverity[2] == 2_621)
        #expect(bySeverity[3] == 1_749)
        #expect(bySeverity[4] == nil)
        #expect(cases.allSatisfy { $0.rcaDone == nil })

        let again = try Importer(store: fixture.store).importEventLog(path: Self.logPath, mapping: Self.mapping)
        #expect(again.files[0].inserted == 0)
        #expect(again.files[0].updated == 4_580)
        #expect(try fixture.store.cases(accountID: nil).count == 4_580)
    }
}
