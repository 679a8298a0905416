import Foundation
import Testing

@testable import TendHTTP

@Suite("Logger")
struct LoggerTests {
    /// 2026-12-04T15:36:42Z.
    private static let fixedTime = Date(timeIntervalSince1970: 1_796_398_602)

    private static func makeLogger(minimumLevel: Logger.Level, recorder: LogRecorder) -> Logger {
        Logger(minimumLevel: minimumLevel, clock: { fixedTime }, sink: { line in recorder.append(line) })
    }

    @Test("line has time, level, message and metadata")
    func lineFormat() {
        let recorder = LogRecorder()
        let logger = Self.makeLogger(minimumLevel: .debug, recorder: recorder)

        logger.info("request", ["method": "GET", "path": "/", "status": "200", "duration_ms": "1.200"])

        #expect(recorder.lines == ["2026-12-04T15:36:42Z info request method=GET path=/ status=200 duration_ms=1.200"])
    }

    @Test(
        "values are quoted when needed",
        arguments: [
            ("plain", "plain"),
            ("two words", "\"two words\""),
            ("", "\"\""),
            ("a=b", "\"a=b\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("back\\slash", "back\\slash"),
            ("line\nbreak", "\"line\\nbreak\""),
            ("tab\there", "\"tab\\there\""),
            ("bell\u{7}", "\"bell\\u{7}\""),
            ("café", "café"),
        ]
    )
    func valueQuoting(value: String, expected: String) {
        #expect(Logger.formatValue(value) == expected)
    }

    @Test("message line breaks are escaped")
    func messageEscaping() {
        let line = Logger.formatLine(time: Self.fixedTime, level: .error, message: "one\ntwo", metadata: [])

        #expect(line == "2026-12-04T15:36:42Z error one\\ntwo")
    }

    @Test("minimum level drops lower levels")
    func minimumLevel() {
        let recorder = LogRecorder()
        let logger = Self.makeLogger(minimumLevel: .warning, recorder: recorder)

        logger.debug("d")
        logger.info("i")
        logger.warning("w")
        logger.error("e")
        logger.log(.info, "i2")
        logger.log(.error, "e2", ["key": "value"])

        #expect(
            recorder.lines == [
                "2026-12-04T15:36:42Z warning w",
                "2026-12-04T15:36:42Z error e",
                "2026-12-04T15:36:42Z error e2 key=value",
            ]
        )
    }

    @Test("levels are ordered by severity")
    func levelOrder() {
        #expect(Logger.Level.allCases == [.debug, .info, .warning, .error])
        #expect(Logger.Level.debug < .info)
        #expect(Logger.Level.warning < .error)
        #expect(Logger.Level.allCases.map(\.description) == ["debug", "info", "warning", "error"])
        #expect(Logger(minimumLevel: .info).isEnabled(.info))
        #expect(!Logger(minimumLevel: .info).isEnabled(.debug))
    }

    @Test(
        "duration is formatted in milliseconds",
        arguments: [
            (Duration.zero, "0.000"),
            (Duration.microseconds(1), "0.001"),
            (Duration.microseconds(1_250), "1.250"),
            (Duration.milliseconds(1_200), "1200.000"),
            (Duration.seconds(2) + .nanoseconds(999), "2000.000"),
        ]
    )
    func durationFormat(duration: Duration, expected: String) {
        #expect(ServerContext.formatMilliseconds(duration) == expected)
    }
}
