import Foundation
import TendCore
import TendStore

struct ScoreCommand: Command {
    static let name = "score"
    static let summary = "score every account for a year"
    static let help = """
        Usage: tend score [--year YYYY] [--without-adoption] [--format table|json|csv]

        Scores every account for one year by the default scorecard: 30 points in four categories, normalised
        to a score out of 10. Healthy is 7.5 and above, Infected above 5 and below 7.5, Sick 5 and below,
        decided on the exact score. An account that is a customer for less than a full year, or has no data,
        gets no score and a reason.

        Options:
          --year YYYY          the year to score (default: the latest year with dated data)
          --without-adoption   score on delivery and usage alone: leave out Adoption, maximum 15 points
          --format FORMAT      table (default), json or csv
        \(commonOptionsHelp(column: 23))
        """
    static let valueOptions: Set<String> = ["year", "format"]
    static let flagOptions: Set<String> = ["without-adoption"]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let format = try arguments.choice("format", ["table", "json", "csv"], default: "table")
        let requested = try requestedYear(arguments)
        let store = try context.openExistingStore()
        let year = try resolveYear(requested, store: store)
        let scored = try ScoreBook.scores(
            store: store, year: year, includesAdoption: !arguments.has("without-adoption"))
        switch format {
        case "json":
            context.console.print(
                try jsonText(scored.map { HealthScoreDocument(name: $0.account.name, score: $0.score) }))
        case "csv":
            context.console.writeOutput(csv(scored))
        default:
            context.console.writeOutput(table(scored, year: year))
        }
    }

    static func table(_ scored: [ScoredAccount], year: Int) -> String {
        var rows = [["ACCOUNT", "NAME", "SCORE", "STATUS", "POINTS", "COVERAGE", "LARGEST LOSS"]]
        for entry in scored {
            let score = entry.score
            let loss = score.largestLoss.map { "\($0.id.rawValue) (-\($0.lost.formatted(places: 2)))" } ?? ""
            rows.append([
                entry.account.id, entry.account.name, score.displayScore ?? "-", score.status?.title ?? "no score",
                "\(score.points.formatted(places: 2))/\(score.maxPoints)", score.coverage,
                score.reason ?? loss,
            ])
        }
        var counts: [String: Int] = [:]
        for entry in scored { counts[entry.score.status?.title ?? "No score", default: 0] += 1 }
        let summary = ["Healthy", "Infected", "Sick", "No score"].map { "\($0) \(counts[$0] ?? 0)" }
        return formatTable(rows) + "\(scored.count) accounts in \(year): " + summary.joined(separator: ", ") + "\n"
    }

    static func csv(_ scored: [ScoredAccount]) -> String {
        var text = "account_id,name,year,score,status,points,max_points,coverage,largest_loss,reason\n"
        for entry in scored {
            let score = entry.score
            let fields = [
                score.accountID, entry.account.name, String(score.year), score.displayScore ?? "",
                score.status?.rawValue ?? "", score.points.formatted(places: 2), score.maxPoints.description,
                score.coverage, score.largestLoss?.id.rawValue ?? "", score.reason ?? "",
            ]
            text += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return text
    }
}

/// Reads `--year` as a usage check that runs before the database is opened; nil when the option is absent.
func requestedYear(_ arguments: ParsedArguments) throws -> Int? {
    arguments.value("year") == nil ? nil : try arguments.integer("year", default: 0, in: 1900...9999)
}

/// Returns the requested year, defaulting to the latest year with dated data; a year without any dated data is
/// rejected, because every account would score on defaults alone.
func resolveYear(_ requested: Int?, store: any Store) throws -> Int {
    let years = try store.yearsOnRecord()
    guard let latest = years.last else { throw NoDataForYear(year: nil, years: []) }
    guard let requested else { return latest }
    guard years.contains(requested) else { throw NoDataForYear(year: requested, years: years) }
    return requested
}

/// The database has no dated record (case, sale, enhancement, participation, upsell) in the requested year.
struct NoDataForYear: Error, CustomStringConvertible {
    let year: Int?
    let years: [Int]

    var description: String {
        guard let year else { return "the database has no dated data yet; import data with `tend import` first" }
        let range = years.count == 1 ? String(years[0]) : "\(years.first!) to \(years.last!)"  // Not empty here.
        return "no dated data for \(year); the database has data for \(range)"
    }
}

/// Quotes a CSV field when it contains a comma, quote or line break (RFC 4180).
func csvField(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Formats rows as left-aligned columns separated by two spaces.
func formatTable(_ rows: [[String]]) -> String {
    guard let header = rows.first else { return "" }
    var widths = header.map(\.count)
    for row in rows {
        for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
        row.enumerated().map { index, cell in
            index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
}

/// Pretty-printed JSON with sorted keys, so output is stable across runs.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
