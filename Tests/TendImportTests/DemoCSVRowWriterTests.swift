import Foundation
import TendCore
import TendTestSupport
import Testing

@testable import TendImport

@Suite("Demo CSV row writer")
struct DemoCSVRowWriterTests {
    /// Writes one row through `fill` under a one-column header and returns the file's text after the header.
    private func writtenRow(_ fill: (CSVRowWriter) -> Void) throws -> String {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("row.csv")
        let writer = try CSVRowWriter(url: url, header: ["h"])
        fill(writer)
        try writer.endRow()
        try writer.close()
        let text = try String(contentsOf: url, encoding: .utf8)
        return String(text.dropFirst("h\n".count))
    }

    @Test(
        "text fields are quoted only when needed",
        arguments: [
            ("Northwind Logistics", "Northwind Logistics\n"),
            ("Northwind, Inc.", "\"Northwind, Inc.\"\n"),
            ("The \"Best\" Foods", "\"The \"\"Best\"\" Foods\"\n"),
            ("two\nlines", "\"two\nlines\"\n"),
            ("carriage\rreturn", "\"carriage\rreturn\"\n"),
            ("Chloé Marchand", "Chloé Marchand\n"),
            ("", "\n"),
        ])
    func textQuoting(value: String, expected: String) throws {
        #expect(try writtenRow { $0.text(value) } == expected)
    }

    @Test(
        "money has two decimals",
        arguments: [(0, "0.00"), (5, "0.05"), (123_456, "1234.56"), (-1_050, "-10.50"), (100, "1.00")]
            as [(Int64, String)]
    )
    func money(cents: Int64, expected: String) throws {
        #expect(try writtenRow { $0.money(cents: cents) } == expected + "\n")
    }

    @Test(
        "timestamps are local time with the offset",
        arguments: [
            (0, 0, "1970-01-01T00:00:00Z"),
            (1_709_647_629, 3_600, "2024-03-05T15:07:09+01:00"),
            // 00:30 UTC on New Year's Day is still the last evening of the old year at UTC-05:00.
            (1_704_069_000, -18_000, "2023-12-31T19:30:00-05:00"),
            (1_704_069_000, 19_800, "2024-01-01T06:00:00+05:30"),
            (951_782_400, 0, "2000-02-29T00:00:00Z"),
        ] as [(Int64, Int, String)])
    func timestamps(seconds: Int64, offset: Int, expected: String) throws {
        #expect(
            try writtenRow { $0.timestamp(secondsSinceEpoch: seconds, utcOffsetSeconds: offset) } == expected + "\n")
    }

    @Test("a row joins fields with commas")
    func fullRow() throws {
        let row = try writtenRow { writer in
            writer.identifier(Array("CS-".utf8), 42, width: 8)
            writer.integer(0)
            writer.integer(1_234_567)
            writer.boolean(true)
            writer.boolean(false)
            writer.empty()
            writer.day(Day(year: 2025, month: 1, day: 9)!)
            writer.quarter(year: 2023, number: 2)
            writer.plain(Array("ACC-000001".utf8))
        }
        #expect(row == "CS-00000042,0,1234567,yes,no,,2025-01-09,2023-Q2,ACC-000001\n")
    }

    @Test("identifiers wider than their width keep every digit")
    func wideIdentifier() throws {
        #expect(try writtenRow { $0.identifier(Array("ER-".utf8), 123_456, width: 4) } == "ER-123456\n")
    }

    @Test("rows beyond the buffer size all reach the file")
    func manyRows() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("rows.csv")
        let writer = try CSVRowWriter(url: url, header: ["n"])
        for number in 0..<20_000 {
            writer.integer(number)
            try writer.endRow()
        }
        try writer.close()
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(writer.rowCount == 20_000)
        #expect(lines.count == 20_001)
        #expect(lines.last == "19999")
    }
}
