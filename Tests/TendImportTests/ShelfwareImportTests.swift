import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore
import Testing

/// Install base snapshots and the reconciliation of findings that each install base import runs.
@Suite("Shelf-ware import")
struct ShelfwareImportTests {
    let fixture: ShelfwareFixture

    init() throws {
        fixture = try ShelfwareFixture()
    }

    @Test("one file with two dates keeps two snapshots")
    func twoDates() throws {
        let text = """
            account_id,product,major_version,licences_owned,licences_in_use,unit_price,as_of
            A1,Ledger,3,10,4,99.5,2024-03-31
            A1,Ledger,3,10,6,99.5,2024-06-30
            A1,Vault,1,2,2,10,2024-06-30

            """
        let summary = try fixture.importCSV("install_base.csv", text)
        #expect(summary.files[0].inserted == 3)

        let snapshots = try fixture.store.installBaseSnapshots(accountID: "A1")
        #expect(snapshots.map(\.date) == [day("2024-03-31"), day("2024-06-30")])
        #expect(snapshots[0].items.map(\.product) == ["Ledger"])
        #expect(snapshots[1].items.map(\.product) == ["Ledger", "Vault"])

        let current = try #require(try fixture.store.accountYearFacts(accountID: "A1", year: 2024)).installBase
        #expect(current.map(\.product) == ["Ledger", "Vault"])
        #expect(current[0].licencesInUse == 6)
    }

    @Test("rows without as_of take the import clock's day")
    func defaultDate() throws {
        let text = "account_id,product,major_version,licences_owned,licences_in_use,unit_price\nA1,Ledger,3,10,4,99.5\n"
        try fixture.importCSV("install_base.csv", text)
        let snapshots = try fixture.store.installBaseSnapshots(accountID: nil)
        #expect(snapshots.map(\.date) == [day("2024-06-30")])
    }

    @Test("a date repeated for one product is a duplicate key")
    func duplicateKey() throws {
        let text = """
            account_id,product,major_version,licences_owned,licences_in_use,unit_price,as_of
            A1,Ledger,3,10,4,99.5,2024-03-31
            A1,Ledger,3,10,5,99.5,2024-03-31

            """
        #expect {
            try fixture.importCSV("install_base.csv", text)
        } throws: { error in
            let importError = error as? ImportError
            return importError?.line == 3 && importError?.value == "A1, 2024-03-31, Ledger"
        }
        #expect(try fixture.store.installBaseSnapshots(accountID: nil).isEmpty)
    }

    @Test("import opens findings at Track with ids across accounts")
    func opensFindings() throws {
        try fixture.importInstallBase(
            "A1,Ledger,3,10,4,99.5\nA1,Vault,1,2,2,10\nA2,Ledger,3,5,0,100\n", on: "2024-03-31")
        let findings = try fixture.store.findings(accountID: nil)
        #expect(findings.map(\.id) == ["F-1", "F-2"])
        #expect(findings.map(\.accountID) == ["A1", "A2"])
        #expect(findings.map(\.step) == [.track, .track])
        #expect(
            findings[0].found == FindingFigures(date: day("2024-03-31"), unusedLicences: 6, unusedValue: money("597")))
        #expect(findings[1].latest.unusedValue == money("500"))
        #expect(findings[0].history.count == 1)
        #expect(findings[0].history[0].actor == "tend")
        #expect(findings[0].history[0].time == ShelfwareFixture.importTime)
    }

    @Test("a later import numbers new findings above those of other accounts")
    func numbersAcrossImports() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\nA1,Vault,1,2,0,10\n", on: "2024-03-31")
        try fixture.importInstallBase("A2,Ledger,3,5,0,100\n", on: "2024-06-30")
        let findings = try fixture.store.findings(accountID: nil)
        #expect(findings.map(\.id) == ["F-1", "F-2", "F-3"])
        #expect(findings.map(\.accountID) == ["A1", "A1", "A2"])
    }

    @Test("importing the same snapshot twice changes no finding")
    func reimport() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\n", on: "2024-03-31")
        let before = try fixture.store.findings(accountID: nil)
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\n", on: "2024-03-31")
        #expect(try fixture.store.findings(accountID: nil) == before)
    }

    @Test("waste gone from the data solves the finding, which stays")
    func solvedByData() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\n", on: "2024-03-31")
        try fixture.importInstallBase("A1,Ledger,3,10,10,99.5\n", on: "2024-06-30")
        let finding = try #require(try fixture.store.finding(id: "F-1"))
        #expect(finding.step == .solved)
        #expect(finding.closure == .solvedByData(snapshotDate: day("2024-06-30")))
        #expect(finding.latest == FindingFigures(date: day("2024-06-30"), unusedLicences: 0, unusedValue: .zero))
        #expect(finding.history.map(\.to) == [.track, .solved])
        #expect(try fixture.store.findings(accountID: "A1").count == 1)
    }

    @Test("waste shown again reopens the solved finding at Track")
    func reopens() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\n", on: "2024-03-31")
        try fixture.importInstallBase("A1,Ledger,3,10,10,99.5\n", on: "2024-06-30")
        try fixture.importInstallBase("A1,Ledger,3,10,7,99.5\n", on: "2024-09-30")
        let finding = try #require(try fixture.store.finding(id: "F-1"))
        #expect(finding.step == .track)
        #expect(
            finding.found == FindingFigures(date: day("2024-09-30"), unusedLicences: 3, unusedValue: money("298.5")))
        #expect(finding.history.map(\.to) == [.track, .solved, .track])
    }

    @Test("an older snapshot adds to the trend and changes nothing else")
    func olderSnapshot() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\n", on: "2024-06-30")
        let before = try fixture.store.findings(accountID: nil)
        try fixture.importInstallBase("A1,Ledger,3,10,10,99.5\nA1,Vault,1,3,0,5\n", on: "2024-03-31")
        #expect(try fixture.store.findings(accountID: nil) == before)
        let current = try #require(try fixture.store.accountYearFacts(accountID: "A1", year: 2024)).installBase
        #expect(current.map(\.licencesInUse) == [4])
        let analysis = try AccountShelfware(snapshots: try fixture.store.installBaseSnapshots(accountID: "A1"))
        #expect(analysis.products[0].trend.map(\.licencesInUse) == [10, 4])
    }

    @Test("a product dropped from the latest snapshot leaves the current install base")
    func productDropped() throws {
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\nA1,Vault,1,2,2,10\n", on: "2024-03-31")
        try fixture.importInstallBase("A1,Vault,1,2,2,10\n", on: "2024-06-30")
        let current = try #require(try fixture.store.accountYearFacts(accountID: "A1", year: 2024)).installBase
        #expect(current.map(\.product) == ["Vault"])
        #expect(try fixture.store.finding(id: "F-1")?.step == .solved)
    }

    @Test("a failed import keeps no snapshot and opens no finding")
    func failedImport() throws {
        try fixture.directory.write(
            "install_base.csv",
            "account_id,product,major_version,licences_owned,licences_in_use,unit_price\nA1,Ledger,3,10,4,99.5\n")
        try fixture.directory.write("upsells.csv", "account_id,date,kind,amount\nA1,2024-02-30,cloud,1\n")
        var options = ImportOptions()
        options.snapshotDate = day("2024-03-31")
        let importer = Importer(store: fixture.store, options: options)
        #expect(throws: ImportError.self) {
            try importer.importPaths([
                fixture.directory.path("install_base.csv"), fixture.directory.path("upsells.csv"),
            ])
        }
        #expect(try fixture.store.installBaseSnapshots(accountID: nil).isEmpty)
        #expect(try fixture.store.findings(accountID: nil).isEmpty)
    }
}
