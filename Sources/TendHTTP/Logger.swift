import Foundation

/// A leveled logger that writes one line per message, with key-value metadata, to a sink closure.
///
/// A line reads `2026-12-04T15:36:42Z info request method=GET path=/ status=200 duration_ms=1.200`: the UTC time to
/// the second, the level, the message, then each metadata pair in the order given. A value that is empty or contains
/// a space, `"`, `=` or a control character is written in double quotes with `\"`, `\\`, `\n`, `\r`, `\t` and
/// `\u{…}` escapes, so one message always stays on one line. Keys are written as given and should be identifiers.
///
/// Pass a logger to the components that need one, because there is no global logger.
public struct Logger: Sendable {
    /// The severity of a message, from least to most severe.
    public enum Level: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
        case debug
        case info
        case warning
        case error

        public static func < (lhs: Level, rhs: Level) -> Bool {
            lhs.rawValue < rhs.rawValue
        }

        /// The lowercase name written in each line: `debug`, `info`, `warning` or `error`.
        public var description: String {
            switch self {
            case .debug: "debug"
            case .info: "info"
            case .warning: "warning"
            case .error: "error"
            }
        }
    }

    /// A destination for formatted lines. It receives each line without a trailing newline.
    public typealias Sink = @Sendable (String) -> Void

    /// The sink that writes each line and a newline to standard error.
    public static let standardErrorSink: Sink = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The minimum level that is written. Messages below it are dropped.
    public let minimumLevel: Level

    private let clock: @Sendable () -> Date
    private let sink: Sink

    /// Creates a logger.
    ///
    /// - Parameters:
    ///   - minimumLevel: The least severe level that is written.
    ///   - clock: The source of each line's timestamp. Tests pass a fixed time.
    ///   - sink: The destination of each line.
    public init(
        minimumLevel: Level = .info,
        clock: @escaping @Sendable () -> Date = { Date() },
        sink: @escaping Sink = Logger.standardErrorSink
    ) {
        self.minimumLevel = minimumLevel
        self.clock = clock
        self.sink = sink
    }

    /// Returns whether a message at `level` would be written.
    public func isEnabled(_ level: Level) -> Bool {
        level >= minimumLevel
    }

    /// Writes `message` with `metadata` at `level`, unless `level` is below the minimum level.
    public func log(_ level: Level, _ message: String, _ metadata: KeyValuePairs<String, String> = [:]) {
        guard isEnabled(level) else {
            return
        }
        let pairs = metadata.map { (key: $0.key, value: $0.value) }
        sink(Self.formatLine(time: clock(), level: level, message: message, metadata: pairs))
    }

    /// Writes a message at the debug level.
    public func debug(_ message: String, _ metadata: KeyValuePairs<String, String> = [:]) {
        log(.debug, message, metadata)
    }

    /// Writes a message at the info level.
    public func info(_ message: String, _ metadata: KeyValuePairs<String, String> = [:]) {
        log(.info, message, metadata)
    }

    /// Writes a message at the warning level.
    public func warning(_ message: String, _ metadata: KeyValuePairs<String, String> = [:]) {
        log(.warning, message, metadata)
    }

    /// Writes a message at the error level.
    public func error(_ message: String, _ metadata: KeyValuePairs<String, String> = [:]) {
        log(.error, message, metadata)
    }

    static func formatLine(
        time: Date,
        level: Level,
        message: String,
        metadata: [(key: String, value: String)]
    ) -> String {
        var line = time.formatted(.iso8601)
        line += " "
        line += level.description
        line += " "
        line += escapeControlCharacters(message)
        for (key, value) in metadata {
            line += " "
            line += key
            line += "="
            line += formatValue(value)
        }
        return line
    }

    static func formatValue(_ value: String) -> String {
        let needsQuotes =
            value.isEmpty
            || value.unicodeScalars.contains { scalar in
                scalar == " " || scalar == "\"" || scalar == "=" || scalar.properties.generalCategory == .control
            }
        guard needsQuotes else {
            return value
        }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default: quoted += escapeControlCharacters(String(scalar))
            }
        }
        quoted += "\""
        return quoted
    }

    private static func escapeControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return text
        }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
