import Foundation
import TendHTTP
import TendWeb

struct ServeCommand: Command {
    static let name = "serve"
    static let summary = "run the dashboard and JSON API over HTTP"
    static let help = """
        Usage: tend serve [--host 127.0.0.1] [--port 8080]

        Serves the executive dashboard (portfolio, account pages) and the same data as JSON under /api/.
        Scores the latest year in the background at start and after every import, so pages find it ready.
        Runs until SIGINT (Ctrl-C) or SIGTERM, then stops accepting connections, lets requests in progress finish
        for up to 10 seconds, and exits. Logs each request to standard error.

        Options:
          --host ADDRESS     the IPv4 or IPv6 address to listen on (default 127.0.0.1, this machine only)
          --port PORT        the TCP port (default 8080; 0 picks a free port)
          --log-level LEVEL  debug, info (default), warning or error
        \(commonOptionsHelp(column: 21))
        """
    static let valueOptions: Set<String> = ["host", "port", "log-level"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let port = try arguments.integer("port", default: 8080, in: 0...65535)
        let levelName = try arguments.choice("log-level", ["debug", "info", "warning", "error"], default: "info")
        // The choice above admits only the names of levels, so the lookup cannot fail.
        let level = Logger.Level.allCases.first { $0.description == levelName }!
        let logger = Logger(minimumLevel: level)
        var configuration = HTTPServerConfiguration()
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        configuration.port = UInt16(port)

        let store = try context.openExistingStore()
        let dashboard = Dashboard(store: store, logger: logger)
        blockTerminationSignals()
        let server = HTTPServer(configuration: configuration, logger: logger, handler: dashboard.handle)
        try server.start()
        let warmer = PortfolioWarmer(dashboard: dashboard)
        warmer.start()
        context.console.printError(
            "Tend dashboard on \(dashboardURL(host: configuration.host, port: server.port)) with database "
                + "\(context.databasePath); "
                + "press Ctrl-C to stop")
        waitForTerminationSignal()
        server.stop()
        warmer.stop()
    }
}

/// Returns the dashboard's address as a URL, with an IPv6 host in brackets.
func dashboardURL(host: String, port: UInt16) -> String {
    host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
}
