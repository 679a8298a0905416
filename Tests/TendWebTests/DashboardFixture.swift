import Foundation
import Synchronization
import TendHTTP
import TendImport
import TendSQLite
import TendTestSupport
import TendWeb

/// A dashboard over a fresh SQLite database holding the hand-scored sample portfolio.
struct DashboardFixture {
    let directory: TemporaryDirectory
    let store: SQLiteStore
    let dashboard: Dashboard
    let logLines = LogLines()

    init() throws {
        directory = try TemporaryDirectory()
        store = try SQLiteStore(path: directory.path("tend.sqlite"))
        let folder = try SamplePortfolio.write(into: directory)
        _ = try Importer(store: store, options: ImportOptions(timeZone: TimeZone(identifier: "UTC")!, progress: nil))
            .importPaths([folder])
        dashboard = Dashboard(store: store, logger: Logger(minimumLevel: .debug, sink: logLines.append))
    }

    /// Sends `GET path?query` to the dashboard in-process.
    func get(_ path: String, _ query: [(String, String)] = [], method: String = "GET") -> HTTPResponse {
        dashboard.handle(
            HTTPRequest(method: method, path: path, queryItems: query.map { (name: $0.0, value: $0.1) }))
    }

    func body(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    func json(_ response: HTTPResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body))
    }
}

/// Collects log lines written by a logger.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    var append: @Sendable (String) -> Void {
        { line in self.lines.withLock { $0.append(line) } }
    }
}
