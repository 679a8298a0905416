import Foundation
import TendTestSupport
import Testing

/// The public help-desk event log, imported through the shipped mapping and scored by the command line.
///
/// The expected values come from `helpdesk_outage.py` in this folder, which reads the log with Python's csv module
/// and applies the mapping's rules on its own.
@Suite("Help-desk log end to end", .enabled(if: HelpdeskLog.isPresent))
struct HelpdeskEndToEndTests {
    static let outage: [(customer: String, year: Int, cases: Int, severity1: Int, points: String)] = [
        ("Value 22", 2011, 82, 1, "2.00"), ("Value 22", 2012, 64, 1, "2.00"), ("Value 22", 2013, 45, 2, "2.00"),
        ("Value 9", 2011, 85, 5, "1.00"), ("Value 9", 2012, 62, 8, "1.00"), ("Value 9", 2013, 23, 0, "2.00"),
        ("Value 92", 2011, 45, 6, "1.00"), ("Value 27", 2011, 25, 9, "0.00"), ("Value 62", 2012, 16, 5, "0.00"),
        ("Value 63", 2010, 10, 2, "0.00"), ("Value 150", 2011, 10, 2, "0.00"),
    ]

    @Test("imports, counts and scores the Outage measure of named customers")
    func importAndScore() throws {
        let tend = try Tend()
        #expect(tend.run("import-events", HelpdeskLog.path, "--mapping", HelpdeskLog.mapping) == 0, "\(tend.error)")
        #expect(tend.output.hasSuffix("Imported 21348 rows from 1 file: 4580 new, 0 updated\n"))

        for year in Set(Self.outage.map(\.year)).sorted() {
            let value = try tend.json("score", "--year", String(year), "--format", "json")
            let scores = try #require(value as? [[String: Any]])
            #expect(scores.count == 397)
            for expected in Self.outage where expected.year == year {
                let account = try #require(scores.first { $0["account_id"] as? String == expected.customer })
                let measures = try #require(account["measures"] as? [[String: Any]])
                let outage = try #require(measures.first { $0["id"] as? String == "outage" })
                let inputs = try #require(outage["inputs"] as? [String: String])
                #expect(inputs["cases opened"] == String(expected.cases), "\(expected)")
                #expect(inputs["severity 1 cases"] == String(expected.severity1), "\(expected)")
                #expect(outage["points"] as? String == expected.points, "\(expected)")
                #expect(account["customer_since_inferred"] as? Bool == true)
            }
        }
    }

    @Test("a second import changes nothing")
    func reimport() throws {
        let tend = try Tend()
        #expect(tend.run("import-events", HelpdeskLog.path, "--mapping", HelpdeskLog.mapping) == 0)
        #expect(tend.run("import-events", HelpdeskLog.path, "--mapping", HelpdeskLog.mapping) == 0)
        #expect(tend.output.hasSuffix("Imported 21348 rows from 1 file: 0 new, 4580 updated\n"))
    }
}

/// Where the public help-desk log and the shipped mapping are, relative to this package.
enum HelpdeskLog {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let path = packageRoot.appendingPathComponent("../shared/data/helpdesk-events.csv").standardized.path
    static let mapping = packageRoot.appendingPathComponent("examples/helpdesk-mapping.json").path
    static var isPresent: Bool { FileManager.default.fileExists(atPath: path) }
}
