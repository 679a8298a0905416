import Synchronization
import TendCLI

/// A console that keeps what a command writes, for tests that check the exact output.
public final class CapturedConsole: Sendable {
    private let output = Mutex("")
    private let error = Mutex("")

    public init() {}

    public var console: Console {
        Console(
            writeOutput: { text in self.output.withLock { $0 += text } },
            writeError: { text in self.error.withLock { $0 += text } })
    }

    public var standardOutput: String { output.withLock { $0 } }
    public var standardError: String { error.withLock { $0 } }

    /// Forgets what was written so far.
    public func clear() {
        output.withLock { $0 = "" }
        error.withLock { $0 = "" }
    }
}
