import Foundation
import TendImport
import Testing

/// Import throughput, run only when `TEND_IMPORT_THROUGHPUT` is set, because these are measurements and not checks:
/// `TEND_IMPORT_THROUGHPUT=1 swift test -c release --filter ImportThroughput`.
@Suite("Import throughput", .enabled(if: ProcessInfo.processInfo.environment["TEND_IMPORT_THROUGHPUT"] != nil))
struct ImportThroughputTests {
    static let accountCount = 10_000
    static let rowCount = 1_000_000

    static func accountsCSV() -> String {
        var text = "account_id,name,customer_since\n"
        for index in 0..<accountCount { text += "A\(index),Account \(index),2012-01-15\n" }
        return text
    }

    static func installBaseCSV() -> String {
        var text = "account_id,product,major_version,licences_owned,licences_in_use,unit_price\n"
        text.reserveCapacity(rowCount * 40)
        for index in 0..<rowCount {
            text += "A\(index % accountCount),Product \(index / accountCount),3,120,45,1250.5\n"
        }
        return text
    }

    private static func report(_ what: String, rows: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(what): \(rows) rows in \(elapsed), \(Int(Double(rows) / seconds)) rows/s")
    }

    @Test("install_base.csv into a SQLite file")
    func intoSQLite() throws {
        let fixture = try ImportFixture()
        try fixture.directory.write("accounts.csv", Self.accountsCSV())
        try fixture.directory.write("install_base.csv", Self.installBaseCSV())

        let start = ContinuousClock.now
        let summary = try Importer(store: fixture.store).importPaths([
            fixture.path("accounts.csv"), fixture.path("install_base.csv"),
        ])
        Self.report("into SQLite", rows: summary.rows, since: start)
        #expect(summary.rows == Self.accountCount + Self.rowCount)
    }

    @Test("install_base.csv parsed and decoded without a store")
    func parsingOnly() throws {
        var bytes = Array(Self.installBaseCSV().utf8)
        let start = ContinuousClock.now
        var rows = 0
        try bytes.withUnsafeMutableBufferPointer { buffer in
            let reader = try CSVRowReader(
                bytes: UnsafeBufferPointer(buffer), file: "install_base.csv",
                timeResolver: LocalTimeResolver(timeZone: TimeZone(identifier: "UTC")!))
            try reader.matchHeader(InstallBaseTable.columns, rejectsOtherColumns: true)
            while try reader.next() {
                _ = try InstallBaseTable.decode(reader)
                rows += 1
            }
        }
        Self.report("parsing only", rows: rows, since: start)
        #expect(rows == Self.rowCount)
    }
}
