import Foundation
import Testing

@testable import TendHTTP

@Suite("HTTPServer start and stop")
struct HTTPServerLifecycleTests {
    @Test("stop and restart on the same port")
    func restartSamePort() throws {
        let first = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: LogRecorder().logger()) { _ in
            .text("first")
        }
        try first.start()
        let port = first.port
        #expect(port != 0)
        #expect(try sendRequest(port: port, target: "/").text == "first")

        first.stop()
        first.stop()
        #expect(first.port == 0)

        let second = HTTPServer(configuration: HTTPServerConfiguration(port: port), logger: LogRecorder().logger()) {
            _ in .text("second")
        }
        try second.start()
        defer { second.stop() }
        #expect(second.port == port)
        #expect(try sendRequest(port: port, target: "/").text == "second")
    }

    @Test("stop lets a request in progress send its response")
    func stopDrains() throws {
        let handlerStarted = DispatchSemaphore(value: 0)
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: LogRecorder().logger()) { _ in
            handlerStarted.signal()
            Thread.sleep(forTimeInterval: 0.3)
            return .text("finished")
        }
        try server.start()
        let connection = try TestConnection(port: server.port)
        try connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        handlerStarted.wait()
        server.stop()

        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "finished")
        #expect(server.port == 0)
    }

    @Test("stopped server starts again")
    func startAfterStop() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: LogRecorder().logger()) { _ in
            .text("up")
        }
        try server.start()
        server.stop()
        try server.start()
        defer { server.stop() }

        #expect(try sendRequest(port: server.port, target: "/").text == "up")
    }

    @Test("second start throws alreadyRunning")
    func startTwice() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: LogRecorder().logger()) { _ in
            .text("up")
        }
        try server.start()
        defer { server.stop() }

        #expect(throws: HTTPServerError.self) { try server.start() }
        do {
            try server.start()
        } catch {
            #expect(error.code == .alreadyRunning)
        }
    }

    @Test("port in use fails with the reason")
    func portInUse() throws {
        try withServer(handler: echoRequest) { running in
            let recorder = LogRecorder()
            let configuration = HTTPServerConfiguration(port: running.port)
            let competitor = HTTPServer(configuration: configuration, logger: recorder.logger()) { _ in .text("") }

            do throws(HTTPServerError) {
                try competitor.start()
                Issue.record("start on a taken port succeeded")
                competitor.stop()
            } catch {
                #expect(error.code == .startFailed)
                #expect(error.message.contains("127.0.0.1 port \(running.port)"))
                #expect(error.cause?.contains("Address already in use") == true)
            }
            #expect(competitor.port == 0)
            let daemonMessages = recorder.lines.filter { $0.contains(" warning libmicrohttpd message ") }
            #expect(daemonMessages.contains { $0.contains("Address already in use") })
        }
    }

    @Test("invalid host is rejected", arguments: ["localhost", "127.0.0.256", "", "example.com"])
    func invalidHost(host: String) {
        let server = HTTPServer(configuration: HTTPServerConfiguration(host: host, port: 0)) { _ in .text("") }

        do {
            try server.start()
            Issue.record("start with host \(host) succeeded")
            server.stop()
        } catch {
            #expect(error.code == .invalidHost)
            #expect(error.message.contains("\"\(host)\""))
        }
    }

    @Test("server listens on configured host only")
    func configuredHostOnly() throws {
        try withServer(handler: echoRequest) { server in
            // Linux routes all of 127.0.0.0/8 to the loopback interface, so only the bind address rejects 127.0.0.2.
            do {
                _ = try TestConnection(port: server.port, host: "127.0.0.2")
                Issue.record("connection to 127.0.0.2 succeeded")
            } catch let error as TestClientError {
                #expect(error.errorNumber == ECONNREFUSED)
            }
            #expect(try sendRequest(port: server.port, target: "/").status == 200)
        }
    }

    @Test("IPv6 loopback binds")
    func ipv6Loopback() throws {
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(host: "::1", port: 0), logger: LogRecorder().logger()
        ) {
            _ in .text("")
        }
        do {
            try server.start()
        } catch  where error.code == .startFailed {
            // NOTE: some containers have no IPv6 loopback, so a failed bind there is not a server bug.
            return
        }
        defer { server.stop() }
        #expect(server.port != 0)
    }

    @Test(
        "invalid configuration is rejected",
        arguments: [
            HTTPServerConfiguration(port: 0, maxConnections: 0),
            HTTPServerConfiguration(port: 0, maxConnections: 2, threadCount: 3),
            HTTPServerConfiguration(port: 0, threadCount: 0),
            HTTPServerConfiguration(port: 0, connectionTimeoutSeconds: -1),
            HTTPServerConfiguration(port: 0, maxBodyBytes: -1),
            HTTPServerConfiguration(port: 0, shutdownGraceSeconds: -1),
        ]
    )
    func invalidConfiguration(configuration: HTTPServerConfiguration) {
        let server = HTTPServer(configuration: configuration) { _ in .text("") }

        #expect(throws: HTTPServerError.self) { try server.start() }
        do {
            try server.start()
            server.stop()
        } catch {
            #expect(error.code == .invalidConfiguration)
        }
    }

    @Test("log lines for start, request and stop")
    func logLines() throws {
        let recorder = LogRecorder()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: recorder.logger()) { _ in
            .text("logged")
        }
        try server.start()
        let port = server.port
        _ = try sendRequest(
            port: port,
            method: "POST",
            target: "/notes?token=query-secret",
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("password=body-secret".utf8)
        )
        // stop() waits for the completion callbacks, so the request line is written by the time it returns.
        server.stop()

        let lines = recorder.lines
        #expect(lines.count == 3)
        #expect(
            lines[0].hasSuffix(" info HTTP server started host=127.0.0.1 port=\(port) threads=2 max_connections=256"))
        let request = lines[1].split(separator: " ")
        #expect(request.count == 7)
        #expect(request.dropFirst().prefix(5) == ["info", "request", "method=POST", "path=/notes", "status=200"])
        #expect(request.last?.hasPrefix("duration_ms=") == true)
        #expect(lines[2].hasSuffix(" info HTTP server stopped host=127.0.0.1 port=\(port)"))
        #expect(!lines.contains { $0.contains("secret") })
    }
}
