import Testing

@testable import TendCLI

@Suite("Serve command")
struct ServeCommandTests {
    @Test("dashboard URL brackets an IPv6 host")
    func dashboardURLs() {
        #expect(dashboardURL(host: "127.0.0.1", port: 8080) == "http://127.0.0.1:8080/")
        #expect(dashboardURL(host: "::1", port: 8091) == "http://[::1]:8091/")
    }
}
