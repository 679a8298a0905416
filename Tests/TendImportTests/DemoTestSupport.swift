import Foundation
import TendCore
import TendImport

/// A CSV file of a demo portfolio read back into memory, for checks on small portfolios.
struct DemoCSVTable {
    let header: [String]
    let rows: [[String]]

    /// Reads `kind`'s file in `folder`, splitting RFC 4180 fields: quoted fields may hold commas, doubled
    /// quotes and line breaks, and rows end with a line feed, optionally after a carriage return.
    init(_ kind: DataKind, in folder: URL) throws {
        let text = try String(contentsOf: folder.appendingPathComponent(kind.fileName), encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case ",":
                record.append(field)
                field = ""
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    /// Returns the values of `column` in every row.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }

    /// Each row as a dictionary from column name to value.
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

/// Writes `portfolio` into a fresh folder of `directory` and returns the folder.
func writeDemo(_ portfolio: DemoPortfolio, in directory: URL, name: String = "demo") throws -> URL {
    let folder = directory.appendingPathComponent(name)
    try portfolio.writeCSV(to: folder)
    return folder
}

/// Makes a parser of ISO 8601 timestamps with a UTC offset, such as `2024-03-05T14:07:09+01:00`.
func makeTimestampParser() -> ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter
}
