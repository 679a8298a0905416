import Synchronization
import TendImport
import Testing

/// A clock that moves only when a test advances it, and a record of what the reporter writes.
private final class ProgressHarness: Sendable {
    let start = ContinuousClock.now
    let elapsed = Mutex(Duration.zero)
    let output = Mutex<[String]>([])

    func reporter(isTerminal: Bool = true) -> ProgressReporter {
        ProgressReporter(
            isTerminal: isTerminal, now: { [self] in start + elapsed.withLock { $0 } },
            write: { [self] text in output.withLock { $0.append(text) } })
    }

    func advance(to duration: Duration) {
        elapsed.withLock { $0 = duration }
    }

    var lines: [String] { output.withLock { $0 } }
}

@Suite("Progress reporter")
struct ProgressReporterTests {
    @Test("quiet for the first 2 seconds")
    func quietAtFirst() {
        let harness = ProgressHarness()
        let reporter = harness.reporter()
        reporter.start(totalBytes: 1000)
        harness.advance(to: .seconds(2))
        reporter.update(rows: 100, bytesRead: 100)
        reporter.finish(rows: 100)
        #expect(harness.lines.isEmpty)
    }

    @Test("rows, rate and time left, then a final line")
    func linesAfterTwoSeconds() {
        let harness = ProgressHarness()
        let reporter = harness.reporter()
        reporter.start(totalBytes: 1000)
        harness.advance(to: .milliseconds(2500))
        reporter.update(rows: 5000, bytesRead: 250)
        #expect(harness.lines == ["\r5000 rows, 2000 rows/s, about 8 s left"])

        harness.advance(to: .milliseconds(2600))
        reporter.update(rows: 5200, bytesRead: 260)
        #expect(harness.lines.count == 1)

        harness.advance(to: .seconds(100))
        reporter.update(rows: 100_000, bytesRead: 500)
        #expect(harness.lines.last == "\r100000 rows, 1000 rows/s, about 1 min 40 s left")

        harness.advance(to: .seconds(200))
        reporter.finish(rows: 200_000)
        #expect(harness.lines.last == "\r200000 rows, 1000 rows/s, done" + String(repeating: " ", count: 17) + "\n")
    }

    @Test("nothing when standard error is not a terminal")
    func notATerminal() {
        let harness = ProgressHarness()
        let reporter = harness.reporter(isTerminal: false)
        reporter.start(totalBytes: 1000)
        harness.advance(to: .seconds(10))
        reporter.update(rows: 100, bytesRead: 100)
        reporter.finish(rows: 100)
        #expect(harness.lines.isEmpty)
    }
}
