import Foundation
import TendCore
import TendStore

struct SupportCommand: Command {
    static let name = "support"
    static let summary = "support KPIs (MTTR, TTFC, ACLT, RCA coverage) for a period"
    static let help = """
        Usage: tend support --from DATE --to DATE [--by GROUPING] [--format table|json|csv]

        Computes the support KPIs of the cases opened from the start of --from to the end of --to: mean time
        to restore (MTTR), time to first contact (TTFC) and the share meeting its SLA target, restore SLA
        attainment, average case life time (ACLT) and root cause analysis (RCA) coverage of severity 1 and 2
        cases, with mean, median and 90th percentile in calendar hours. Cases still open are listed with
        their age; cases with timestamps out of order are listed and left out of the figures they distort.
        docs/support-metrics.md defines every figure.

        Options:
          --from DATE        first opening date, YYYY-MM-DD (required)
          --to DATE          last opening date, YYYY-MM-DD, included (required)
          --by GROUPING      portfolio (default), severity, account, product, month, quarter or
                             severity-month (one group for each severity and month)
          --format FORMAT    table (default), json or csv
          --policy NAME      the stored SLA policy (default: the policy named "default", else the built-in
                             policy described in docs/support-metrics.md)
          --account ID       only this account's cases
          --time-zone ZONE   IANA time zone of the dates (default UTC), e.g. Europe/Rome
          --now DATE         age open cases and decide pending targets at the start of DATE (default: now)
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["from", "to", "by", "format", "policy", "account", "time-zone", "now"]
    static let flagOptions: Set<String> = []

    static let groupings: [String: SupportGrouping] = [
        "portfolio": .portfolio, "severity": .severity, "account": .account, "product": .product,
        "month": .openingMonth, "quarter": .openingQuarter, "severity-month": .severityAndOpeningMonth,
    ]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let zone = try ImportCommand.timeZone(arguments.value("time-zone"))
        guard let from = try ReportTimes.day(arguments, "from"), let to = try ReportTimes.day(arguments, "to") else {
            throw UsageError("name the period with --from DATE and --to DATE")
        }
        guard !(to < from) else { throw UsageError("--to \(to) is before --from \(from); swap them") }
        let by = try arguments.choice(
            "by", ["portfolio", "severity", "account", "product", "month", "quarter", "severity-month"],
            default: "portfolio")
        let format = try arguments.choice("format", ["table", "json", "csv"], default: "table")
        let period = try SupportPeriod(
            from: ReportTimes.startOfDay(from, in: zone), to: ReportTimes.startOfDay(to.adding(days: 1), in: zone))
        let now = try ReportTimes.now(arguments, zone: zone)

        let store = try context.openExistingStore()
        let overview = try SupportBook.overview(
            store: store, period: period, grouping: groupings[by]!,  // `choice` accepted only the keys of `groupings`.
            policyName: arguments.value("policy"), accountID: arguments.value("account"), now: now)
        switch format {
        case "json": context.console.print(try jsonText(SupportReportDocument(overview)))
        case "csv": context.console.writeOutput(SupportTable.csv(overview))
        default: context.console.writeOutput(SupportTable.table(overview))
        }
    }
}
