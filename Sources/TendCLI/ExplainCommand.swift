import Foundation
import TendCore
import TendStore

/// The requested account is not in the database.
struct AccountNotFound: Error, CustomStringConvertible {
    let accountID: String

    var description: String {
        "account \"\(accountID)\" not found; `tend score` lists the accounts in the database"
    }
}

struct ExplainCommand: Command {
    static let name = "explain"
    static let summary = "show how one account's score was reached and what would recover lost points"
    static let help = """
        Usage: tend explain ACCOUNT_ID [--year YYYY] [--without-adoption] [--format text|json]

        Shows the trace of one account's health score: every measure with its inputs, points and maximum,
        then the lost points ranked largest first, each with the corrective action that would recover them.

        Options:
          --year YYYY          the year to explain (default: the latest year with dated data)
          --without-adoption   leave out Adoption, maximum 15 points
          --format FORMAT      text (default) or json
        \(commonOptionsHelp(column: 23))
        """
    static let valueOptions: Set<String> = ["year", "format"]
    static let flagOptions: Set<String> = ["without-adoption"]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.count == 1 else { throw UsageError("name exactly one account id") }
        let format = try arguments.choice("format", ["text", "json"], default: "text")
        let requested = try requestedYear(arguments)
        let store = try context.openExistingStore()
        let year = try resolveYear(requested, store: store)
        let accountID = arguments.positionals[0]
        guard
            let scored = try ScoreBook.score(
                store: store, accountID: accountID, year: year, includesAdoption: !arguments.has("without-adoption"))
        else { throw AccountNotFound(accountID: accountID) }
        if format == "json" {
            context.console.print(try jsonText(HealthScoreDocument(name: scored.account.name, score: scored.score)))
        } else {
            context.console.writeOutput(explanation(scored))
        }
    }

    static func explanation(_ scored: ScoredAccount) -> String {
        let score = scored.score
        var text = "\(scored.account.name) (\(score.accountID)), \(score.year)\n"
        if let display = score.displayScore, let status = score.status {
            text += "Score \(display) of 10, \(status.title): \(score.points.formatted(places: 2)) of "
            text += "\(score.maxPoints) points, coverage \(score.coverage)\n"
        } else {
            text += "No score: \(score.reason ?? "")\n"
        }
        if let since = score.customerSince {
            text +=
                "Customer since \(since)\(score.customerSinceInferred ? " (inferred from the first support case)" : "")\n"
        }
        let losses = score.losses
        text += "\nLost points, largest first:\n"
        if score.score == nil {
            text += "  not ranked, because the account has no score for \(score.year)\n"
        } else if losses.isEmpty {
            text += "  none\n"
        }
        for (rank, measure) in losses.enumerated() {
            text += "  \(rank + 1). \(measure.id.title): -\(measure.lost.formatted(places: 2)). "
            text += (measure.recovery ?? "") + "\n"
        }
        for category in Category.allCases {
            let measures = score.measures.filter { $0.category == category }
            guard !measures.isEmpty else { continue }
            let subtotal = score.subtotal(category)
            text += "\n\(category.title): \(subtotal.points.formatted(places: 2)) of \(subtotal.maxPoints)\n"
            for measure in measures {
                let points =
                    measure.assessed
                    ? "\(measure.points.formatted(places: 2)) of \(measure.id.maxPoints)" : "not assessed"
                text += "  \(measure.id.title): \(points)\n"
                for input in measure.inputs { text += "      \(input.name): \(input.value)\n" }
                if let reason = measure.notAssessedReason { text += "      reason: \(reason)\n" }
            }
        }
        return text
    }
}
