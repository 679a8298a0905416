import Foundation
import TendCore
import TendImport

/// `tend demo` fills only an empty database, so it never mixes invented accounts with real ones.
struct DatabaseNotEmpty: Error, CustomStringConvertible {
    let path: String
    let accounts: Int

    var description: String {
        "the database \(path) already has \(accounts) accounts; the demo fills only an empty database, so "
            + "name a new one with --database, or write the files with --csv FOLDER"
    }
}

/// A `--csv` folder that is a file or already contains a file the demo would write.
struct DemoFolderUnusable: Error, CustomStringConvertible {
    let description: String
}

struct DemoCommand: Command {
    static let name = "demo"
    static let summary = "fill an empty database with a generated portfolio, or write it as CSV files"
    static let help = """
        Usage: tend demo [--accounts N] [--seed S] [--csv FOLDER]

        Generates a realistic, invented portfolio of a B2B software vendor: accounts with owners, segments
        and regions, a product catalogue, install bases with shelf-ware, integrations, enhancement requests,
        participation, programmes, quarterly sales plans, upsells and support cases, over the five years up
        to the last full year. The same seed always gives the same portfolio. Without --csv the portfolio is
        imported into the database, which must be empty.

        Options:
          --accounts N       how many accounts (default 300)
          --seed S           the random seed, a whole number (default 1)
          --csv FOLDER       write the CSV files to FOLDER instead of importing them; existing files are
                             never replaced
          --last-year YYYY   the last year of data (default: the year before the current one)
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["accounts", "seed", "csv", "last-year"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let accounts = try arguments.integer("accounts", default: 300, in: 1...10_000_000)
        let seed = try arguments.integer("seed", default: 1, in: 0...Int.max)
        let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let lastYear = try arguments.integer("last-year", default: currentYear - 1, in: 1905...9999)
        let portfolio = DemoPortfolio(
            accounts: accounts, seed: UInt64(seed), firstYear: lastYear - 4, lastYear: lastYear)

        if let folder = arguments.value("csv") {
            let url = URL(fileURLWithPath: folder)
            try checkNewFiles(in: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let counts = try portfolio.writeCSV(to: url)
            let total = counts.values.reduce(0, +)
            context.console.print("Wrote \(total) rows in \(counts.count) files to \(folder)")
            return
        }

        let store = try context.openStore()
        let existing = try store.accounts().count
        guard existing == 0 else { throw DatabaseNotEmpty(path: context.databasePath, accounts: existing) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tend-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try portfolio.writeCSV(to: folder)
        var options = ImportOptions(
            timeZone: TimeZone(identifier: "UTC")!,  // UTC is in every time zone database.
            progress: context.console.errorIsTerminal ? ProgressReporter() : nil)
        // The install base describes the end of the last year, so findings are tracked then, not today.
        let snapshotDate = Day.lastOfYear(lastYear)
        options.snapshotDate = snapshotDate
        options.clock = {
            Timestamp(millisecondsSinceEpoch: Int64(snapshotDate.daysSinceEpoch) * 86_400_000, utcOffsetSeconds: 0)
        }
        let summary = try Importer(store: store, options: options).importPaths([folder.path])
        // The files were written to a temporary folder that is gone by now, so only the totals are worth showing.
        context.console.print("Imported \(summary.rows) rows from \(summary.files.count) generated files")
        let moved = try DemoFindings.advance(store: store, lastYear: lastYear)
        context.console.print("Moved \(moved) shelf-ware findings along the Go-To-Solve steps")
        context.console.print(
            "Demo portfolio of \(accounts) accounts, \(lastYear - 4) to \(lastYear), in \(context.databasePath)")
    }

    /// Throws when `folder` is a file or already contains a file of the demo, so no file of the user's is replaced.
    static func checkNewFiles(in folder: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw DemoFolderUnusable(description: "\(folder.path) is a file; name a new or empty folder for --csv")
        }
        for kind in DataKind.allCases {
            let file = folder.appendingPathComponent(kind.fileName)
            if FileManager.default.fileExists(atPath: file.path) {
                throw DemoFolderUnusable(
                    description: "\(file.path) already exists; the demo never replaces a file, so name a new or "
                        + "empty folder for --csv")
            }
        }
    }
}
