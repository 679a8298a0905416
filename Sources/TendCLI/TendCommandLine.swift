import Foundation
import TendSQLite
import TendStore

/// One `tend` command: its name, help text, options, and what it does.
protocol Command {
    static var name: String { get }
    static var summary: String { get }
    /// Full help: usage line, description and options with their units and defaults.
    static var help: String { get }
    static var valueOptions: Set<String> { get }
    static var flagOptions: Set<String> { get }
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws
}

/// What every command receives: where to write, the environment, and how to open the database.
struct CommandContext {
    let console: Console
    let environment: [String: String]
    let databasePath: String

    /// Opens (creating when missing) the SQLite database the command works on.
    func openStore() throws -> SQLiteStore {
        try SQLiteStore(path: databasePath)
    }

    /// Opens the SQLite database for a command that only reads it, so a mistyped path is an error, not a new file.
    func openExistingStore() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw DatabaseNotFound(path: databasePath) }
        return try SQLiteStore(path: databasePath)
    }
}

/// A reading command named a database file that does not exist.
struct DatabaseNotFound: Error, CustomStringConvertible {
    let path: String

    var description: String {
        "database not found at \"\(path)\"; create one with `tend import` or `tend demo`, or name it with --database"
    }
}

/// The `tend` command line: parses the arguments, runs one command, and returns the exit status.
///
/// Exit status 0 on success, 1 on a data error (bad input file, database error), 2 on a usage error.
public struct TendCommandLine {
    public static let defaultDatabase = "tend.sqlite"

    static var commands: [any Command.Type] {
        [
            ImportCommand.self, ImportEventsCommand.self, ScoreCommand.self, ExplainCommand.self, ServeCommand.self,
            DemoCommand.self, ShelfwareCommand.self, FindingCommand.self,
            SupportCommand.self, SLACommand.self, ROSSCommand.self,
        ]
    }

    let console: Console
    let environment: [String: String]

    public init(console: Console = .standard, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.console = console
        self.environment = environment
    }

    static var overview: String {
        var text = """
            tend: customer health scores, explained, from your customer success data.

            Usage: tend COMMAND [OPTIONS]

            Commands:

            """
        for command in commands {
            text += "  " + command.name.padding(toLength: 15, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += """

            Every command takes --database PATH (default \(defaultDatabase) in the current folder, or the
            TEND_DATABASE environment variable) and --help.
            Exit status: 0 on success, 1 on a data error, 2 on a usage error.
            """
        return text
    }

    public func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            if arguments.count > 1, let command = Self.commands.first(where: { $0.name == arguments[1] }) {
                console.print(command.help)
            } else {
                console.print(Self.overview)
            }
            return arguments.isEmpty ? 2 : 0
        }
        guard let command = Self.commands.first(where: { $0.name == name }) else {
            console.printError("tend: unknown command \"\(name)\"\n\n" + Self.overview)
            return 2
        }
        do {
            let parsed = try parseArguments(
                Array(arguments.dropFirst()), valueOptions: command.valueOptions.union(["database"]),
                flagOptions: command.flagOptions)
            if parsed.has("help") {
                console.print(command.help)
                return 0
            }
            let database = parsed.value("database") ?? environment["TEND_DATABASE"] ?? Self.defaultDatabase
            let context = CommandContext(console: console, environment: environment, databasePath: database)
            try command.run(parsed, context: context)
            return 0
        } catch let error as UsageError {
            console.printError("tend \(name): \(error.message)\n\n\(command.help)")
            return 2
        } catch {
            console.printError("tend \(name): error: \(error)")
            return 1
        }
    }
}

/// The standard help footer of options every command takes.
/// Returns the help lines of the options every command takes, with their descriptions from `column` on, so they
/// line up with the command's own options.
func commonOptionsHelp(column: Int) -> String {
    let options = [
        ("--database PATH", "the SQLite database (default tend.sqlite in the current folder, or $TEND_DATABASE)"),
        ("-h, --help", "show this help"),
    ]
    let width = 110
    return options.map { option, description in
        var line = "  " + option + String(repeating: " ", count: max(1, column - 2 - option.count))
        var words = description.split(separator: " ")
        var lineHasWord = false
        while !words.isEmpty {
            let word = words.removeFirst()
            if lineHasWord && line.count + 1 + word.count > width {
                line += "\n" + String(repeating: " ", count: column) + word
            } else {
                line += (lineHasWord ? " " : "") + word
            }
            lineHasWord = true
        }
        return line
    }.joined(separator: "\n")
}
