import Foundation
import TendCore
import TendImport

struct ImportCommand: Command {
    static let name = "import"
    static let summary = "import CSV files or folders of them, all or nothing"
    static let help = """
        Usage: tend import FILE_OR_FOLDER... [--time-zone ZONE] [--as-of YYYY-MM-DD]

        Imports Tend's CSV files, recognised by name (accounts.csv, products.csv, install_base.csv,
        integrations.csv, enhancements.csv, participation.csv, programmes.csv, sales.csv, upsells.csv,
        cases.csv). A folder imports every recognised file in it. All files of one call are one transaction:
        a bad row anywhere changes nothing, and the error names the file, line, column and value.
        Importing the same file again updates rows in place and duplicates nothing.

        Options:
          --time-zone ZONE   IANA time zone for timestamps without an offset (default UTC), e.g. Europe/Rome
          --as-of DATE       the snapshot date, YYYY-MM-DD, of install_base.csv rows without as_of
                             (default: today)
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["time-zone", "as-of"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard !arguments.positionals.isEmpty else { throw UsageError("name at least one file or folder to import") }
        var options = ImportOptions(
            timeZone: try timeZone(arguments.value("time-zone")),
            progress: context.console.errorIsTerminal ? ProgressReporter() : nil)
        options.snapshotDate = try snapshotDate(arguments.value("as-of"))
        let store = try context.openStore()
        let summary = try Importer(store: store, options: options).importPaths(arguments.positionals)
        guard !summary.files.isEmpty else { throw NothingImported(paths: arguments.positionals) }
        context.console.print(summaryText(summary))
    }

    static func snapshotDate(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else {
            throw UsageError("invalid value \"\(text)\" for --as-of; expected a date such as 2024-03-31")
        }
        return day
    }

    static func timeZone(_ identifier: String?) throws -> TimeZone {
        guard let identifier else { return TimeZone(identifier: "UTC")! }  // UTC is in every time zone database.
        guard let zone = TimeZone(identifier: identifier) else {
            throw UsageError("unknown time zone \"\(identifier)\"; expected an IANA name such as Europe/Rome or UTC")
        }
        return zone
    }
}

struct ImportEventsCommand: Command {
    static let name = "import-events"
    static let summary = "import a help desk's event log through a mapping file"
    static let help = """
        Usage: tend import-events FILE --mapping MAPPING.json

        Imports a help-desk event log (one row per activity on a case) as support cases. The mapping names
        the columns, the timestamp format and time zone, which activities mark first contact, restore, close
        and waiting, how raw severity values map to severities 1 to 4, and which event's value wins when a
        case attribute changes. examples/helpdesk-mapping.json is a complete example. Accounts named in the
        log that do not exist yet are created. One transaction: a bad row changes nothing.

        Options:
          --mapping PATH     the JSON mapping file (required)
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["mapping"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.count == 1 else { throw UsageError("name exactly one event log file") }
        guard let mappingPath = arguments.value("mapping") else { throw UsageError("--mapping is required") }
        let mapping = try EventLogMapping.read(path: mappingPath)
        let options = ImportOptions(
            timeZone: TimeZone(identifier: "UTC")!,  // UTC is in every time zone database.
            progress: context.console.errorIsTerminal ? ProgressReporter() : nil)
        let store = try context.openStore()
        let summary = try Importer(store: store, options: options).importEventLog(
            path: arguments.positionals[0], mapping: mapping)
        context.console.print(summaryText(summary))
    }
}

/// One line per imported file, then the totals and any skipped files.
func summaryText(_ summary: ImportSummary) -> String {
    var lines = summary.files.map { file in
        var line = "\(file.path): \(counted(file.rows, "row")), \(file.inserted) new, \(file.updated) updated"
        if file.accountsCreated > 0 { line += ", \(counted(file.accountsCreated, "account")) created" }
        return line
    }
    for skipped in summary.skipped { lines.append("skipped \(skipped.path): \(skipped.reason)") }
    lines.append(
        "Imported \(counted(summary.rows, "row")) from \(counted(summary.files.count, "file")): "
            + "\(summary.inserted) new, \(summary.updated) updated")
    return lines.joined(separator: "\n")
}

/// Returns the count with the noun, in the plural unless the count is 1, such as "1 row" or "3 rows".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// None of the named folders held a file with a recognised name, so nothing was imported.
struct NothingImported: Error, CustomStringConvertible {
    let paths: [String]

    var description: String {
        "no recognised CSV file in \(paths.joined(separator: ", ")); expected names: "
            + DataKind.allCases.map(\.fileName).joined(separator: ", ")
    }
}
