import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows the progress of a long import on one terminal line: rows done, rows per second and an estimate of the time
/// left.
///
/// It writes only when the output is a terminal and the import has run for more than 2 seconds, at most 4 times a
/// second, overwriting the line with a carriage return; `finish` ends the line with a newline. The time left is an
/// estimate from the bytes read so far over the total size of the files, assuming the rest reads at the same speed.
public final class ProgressReporter: Sendable {
    /// How long an import runs before the first line appears.
    public static let quietPeriod = Duration.seconds(2)
    /// The minimum time between two lines.
    public static let interval = Duration.milliseconds(250)

    private struct State {
        var started: ContinuousClock.Instant?
        var totalBytes = 0
        var lastWritten: ContinuousClock.Instant?
        var lastLength = 0
    }

    private let isTerminal: Bool
    private let now: @Sendable () -> ContinuousClock.Instant
    private let write: @Sendable (String) -> Void
    private let state = Mutex(State())

    /// Creates a reporter for standard error, which writes only when standard error is a terminal.
    public convenience init() {
        self.init(
            isTerminal: isatty(STDERR_FILENO) == 1, now: { ContinuousClock.now },
            write: { text in FileHandle.standardError.write(Data(text.utf8)) })
    }

    /// Creates a reporter with an injected terminal check, clock and output, as tests need.
    public init(
        isTerminal: Bool, now: @escaping @Sendable () -> ContinuousClock.Instant,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.isTerminal = isTerminal
        self.now = now
        self.write = write
    }

    /// Starts timing an import that reads `totalBytes` bytes in all.
    public func start(totalBytes: Int) {
        let instant = now()
        state.withLock { state in
            state = State(started: instant, totalBytes: totalBytes)
        }
    }

    /// Reports `rows` rows done after reading `bytesRead` bytes of the total, writing a line when one is due.
    public func update(rows: Int, bytesRead: Int) {
        guard isTerminal else { return }
        let instant = now()
        let line: String? = state.withLock { state in
            guard let started = state.started, instant - started > Self.quietPeriod else { return nil }
            if let last = state.lastWritten, instant - last < Self.interval { return nil }
            state.lastWritten = instant
            let text = Self.describe(
                rows: rows, elapsed: instant - started, bytesRead: bytesRead, totalBytes: state.totalBytes)
            return Self.overwriting(text, state: &state)
        }
        if let line { write(line) }
    }

    /// Ends the import: when a line was written, writes the final count and a newline.
    public func finish(rows: Int) {
        guard isTerminal else { return }
        let instant = now()
        let line: String? = state.withLock { state in
            defer { state = State() }
            guard let started = state.started, state.lastWritten != nil else { return nil }
            let rate = Self.rowsPerSecond(rows: rows, elapsed: instant - started)
            return Self.overwriting("\(rows) rows, \(rate) rows/s, done", state: &state) + "\n"
        }
        if let line { write(line) }
    }

    /// `text` after a carriage return, padded with spaces to hide the rest of a longer previous line.
    private static func overwriting(_ text: String, state: inout State) -> String {
        let padding = String(repeating: " ", count: max(0, state.lastLength - text.count))
        state.lastLength = text.count
        return "\r" + text + padding
    }

    static func describe(rows: Int, elapsed: Duration, bytesRead: Int, totalBytes: Int) -> String {
        var text = "\(rows) rows, \(rowsPerSecond(rows: rows, elapsed: elapsed)) rows/s"
        if bytesRead > 0, totalBytes >= bytesRead {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let secondsLeft = Int((seconds * Double(totalBytes - bytesRead) / Double(bytesRead)).rounded(.up))
            text += ", about " + formatted(seconds: secondsLeft) + " left"
        }
        return text
    }

    private static func rowsPerSecond(rows: Int, elapsed: Duration) -> Int {
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        guard milliseconds > 0 else { return 0 }
        return Int(Int64(rows) * 1000 / milliseconds)
    }

    private static func formatted(seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : "\(seconds / 60) min \(seconds % 60) s"
    }
}
