import Foundation
import TendHTTP
import Testing

/// Renders dashboard pages in headless Chromium, served by the real HTTP server on 127.0.0.1.
///
/// The tests record an issue when no Chromium is installed and `TEND_REQUIRE_BROWSER` is set, as the test
/// script sets it; otherwise they pass without a browser so `swift test` works on a machine without one.
@Suite("Dashboard in a browser", .serialized)
struct BrowserTests {
    static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    static var chromium: String? {
        if let path = ProcessInfo.processInfo.environment["TEND_CHROMIUM"] { return path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Loads `url` in headless Chromium and returns the DOM after scripts ran, or nil without a browser.
    static func renderedDOM(_ url: String) throws -> String? {
        guard let chromium else {
            if ProcessInfo.processInfo.environment["TEND_REQUIRE_BROWSER"] != nil {
                Issue.record("Chromium not found at \(candidates); install the chromium package")
            }
            return nil
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tend-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000", "--dump-dom", url,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read before waiting, so a large DOM cannot fill the pipe and block the browser.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    static func withServer(_ body: (UInt16) throws -> Void) throws {
        let fixture = try DashboardFixture()
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        let server = HTTPServer(
            configuration: configuration, logger: Logger(sink: { _ in }), handler: fixture.dashboard.handle)
        try server.start()
        defer { server.stop() }
        try body(server.port)
    }

    @Test("portfolio page renders with every account and colour class")
    func portfolio() throws {
        try Self.withServer { port in
            guard let dom = try Self.renderedDOM("http://127.0.0.1:\(port)/?year=2013") else { return }
            #expect(dom.contains("<h1>Portfolio health, 2013</h1>"))
            #expect(dom.contains("Acme &lt;Corp&gt; &amp; Co"))
            #expect(dom.contains("<tr class=\"sick\" data-account=\"A2\">"))
            #expect(dom.contains("<tr class=\"healthy\" data-account=\"A1\">"))
            #expect(dom.contains("<tr class=\"infected\" data-account=\"A4\">"))
            #expect(dom.contains("<tr class=\"none\" data-account=\"A3\">"))
        }
    }

    @Test("account page renders its measures and actions")
    func account() throws {
        try Self.withServer { port in
            guard let dom = try Self.renderedDOM("http://127.0.0.1:\(port)/accounts/A2?year=2013") else { return }
            #expect(dom.contains("<div class=\"score-big\">3.2</div>"))
            #expect(dom.contains("<ol class=\"actions\" id=\"actions\"><li><strong>Upsell</strong>"))
            #expect(dom.components(separatedBy: "<tr data-measure=").count == 15)
        }
    }
}
