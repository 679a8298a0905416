import Foundation

/// Where a command writes: standard output for results, standard error for messages and progress.
///
/// Tests pass closures that collect the text; the executable passes the process's own streams.
public struct Console: Sendable {
    public let writeOutput: @Sendable (String) -> Void
    public let writeError: @Sendable (String) -> Void
    /// Whether standard error is a terminal, so progress lines are shown.
    public let errorIsTerminal: Bool

    public init(
        writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        errorIsTerminal: Bool = false
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's standard output and standard error.
    public static var standard: Console {
        Console(
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            errorIsTerminal: isatty(2) == 1)
    }

    func print(_ line: String) { writeOutput(line + "\n") }

    func printError(_ line: String) { writeError(line + "\n") }
}
