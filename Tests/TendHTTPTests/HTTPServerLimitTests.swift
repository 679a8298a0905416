import Foundation
import Synchronization
import Testing

@testable import TendHTTP

@Suite("HTTPServer limits")
struct HTTPServerLimitTests {
    private static let smallBodyLimit = HTTPServerConfiguration(port: 0, maxBodyBytes: 16)

    @Test("body at the limit is accepted")
    func bodyAtLimit() throws {
        try withServer(Self.smallBodyLimit, handler: echoRequest) { server in
            let body = Array("0123456789abcdef".utf8)
            let response = try sendRequest(port: server.port, method: "POST", target: "/upload", body: body)

            #expect(response.status == 200)
            #expect(response.text.hasSuffix("body=0123456789abcdef"))
        }
    }

    @Test("declared length over the limit gets 413 unread")
    func declaredLengthOverLimit() throws {
        let recorder = LogRecorder()
        let echo = CountingEcho()
        try withServer(Self.smallBodyLimit, recorder: recorder, handler: echo.handle) { server in
            // The client announces 17 bytes but sends none, so the 413 proves the server did not wait for the body.
            let connection = try TestConnection(port: server.port)
            try connection.send("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 17\r\n\r\n")
            let response = try connection.readResponse()

            #expect(response.status == 413)
            #expect(response.text == "Request body too large: the limit is 16 bytes\n")
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(connection.waitForClose())
        }
        #expect(echo.calls == 0)
        let warnings = recorder.lines.filter { $0.contains(" warning request body too large ") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix("content_length=17 max_body_bytes=16") == true)
    }

    @Test("large declared length with Expect gets 413")
    func expectContinueOverLimit() throws {
        try withServer(Self.smallBodyLimit, handler: echoRequest) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send(
                "PUT /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1073741824\r\nExpect: 100-continue\r\n\r\n"
            )
            let response = try connection.readResponse()

            #expect(response.status == 413)
        }
    }

    @Test("chunked body over the limit gets 413", arguments: [17, 32])
    func chunkedBodyOverLimit(size: Int) throws {
        let echo = CountingEcho()
        try withServer(Self.smallBodyLimit, handler: echo.handle) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send(
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "10\r\n0123456789abcdef\r\n"
                    + String(size - 16, radix: 16) + "\r\n" + String(repeating: "X", count: size - 16) + "\r\n0\r\n\r\n"
            )
            let response = try connection.readResponse()

            #expect(response.status == 413)
        }
        #expect(echo.calls == 0)
    }

    @Test("chunked body over twice the limit is cut off")
    func chunkedBodyOverTwiceLimit() throws {
        let recorder = LogRecorder()
        let echo = CountingEcho()
        try withServer(Self.smallBodyLimit, recorder: recorder, handler: echo.handle) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send(
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "21\r\n" + String(repeating: "X", count: 33) + "\r\n0\r\n\r\n"
            )

            #expect(connection.waitForClose())
            #expect(connection.unreadBytes.isEmpty)
        }
        #expect(echo.calls == 0)
        let closing = recorder.lines.filter { $0.contains("exceeds twice the limit") }
        #expect(closing.count == 1)
        #expect(closing.first?.hasSuffix("received_bytes=33 max_body_bytes=16") == true)
    }

    @Test("chunked body at the limit is accepted")
    func chunkedBodyAtLimit() throws {
        try withServer(Self.smallBodyLimit, handler: echoRequest) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send(
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "8\r\n01234567\r\n8\r\n89abcdef\r\n0\r\n\r\n"
            )
            let response = try connection.readResponse()

            #expect(response.status == 200)
            #expect(response.text.hasSuffix("body=0123456789abcdef"))
        }
    }

    @Test("connection limit holds extra connection")
    func connectionLimit() throws {
        let configuration = HTTPServerConfiguration(port: 0, maxConnections: 2, threadCount: 1)
        try withServer(configuration, handler: echoRequest) { server in
            // A completed keep-alive request proves the server accepted the connection and keeps it open.
            var openConnections: [TestConnection] = []
            for _ in 0..<2 {
                let connection = try TestConnection(port: server.port)
                try connection.send("GET /hold HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try connection.readResponse().status == 200)
                openConnections.append(connection)
            }

            let extra = try TestConnection(port: server.port, receiveTimeoutSeconds: 2)
            try extra.send("GET /extra HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(!extra.waitForClose())
            #expect(extra.unreadBytes.isEmpty)

            openConnections.removeAll()
            let response = try extra.readResponse()
            #expect(response.status == 200)
            #expect(response.text.hasPrefix("method=GET\npath=/extra\n"))
        }
    }

    @Test("idle connection is closed after timeout")
    func idleTimeout() throws {
        let configuration = HTTPServerConfiguration(port: 0, connectionTimeoutSeconds: 1)
        try withServer(configuration, handler: echoRequest) { server in
            let idle = try TestConnection(port: server.port, receiveTimeoutSeconds: 10)
            #expect(idle.waitForClose())

            let afterRequest = try TestConnection(port: server.port, receiveTimeoutSeconds: 10)
            try afterRequest.send("GET /once HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try afterRequest.readResponse().status == 200)
            #expect(afterRequest.waitForClose())
        }
    }

    @Test("connection without timeout stays open")
    func noTimeout() throws {
        let configuration = HTTPServerConfiguration(port: 0, connectionTimeoutSeconds: 0)
        try withServer(configuration, handler: echoRequest) { server in
            let idle = try TestConnection(port: server.port, receiveTimeoutSeconds: 2)
            #expect(!idle.waitForClose())
        }
    }

    @Test("request cut off mid-body is logged")
    func abortedRequest() throws {
        let recorder = LogRecorder()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: recorder.logger()) { _ in
            .text("never")
        }
        try server.start()
        do {
            // The interim 100 Continue proves the server has begun the request before the client goes away.
            let connection = try TestConnection(port: server.port)
            try connection.send(
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n"
            )
            #expect(try connection.readResponse().status == 100)
            try connection.send("abc")
        }
        server.stop()

        let failures = recorder.lines.filter { $0.contains(" request failed ") }
        #expect(failures.count == 1)
        let failure = failures.first ?? ""
        #expect(failure.contains(" method=POST path=/upload status=none duration_ms="))
        let reasons = ["client_aborted", "read_error", "error", "server_stopped"].map { " reason=\($0)" }
        #expect(reasons.contains { failure.hasSuffix($0) })
    }

    @Test("stalled body times out")
    func stalledBodyTimesOut() throws {
        let recorder = LogRecorder()
        let configuration = HTTPServerConfiguration(port: 0, connectionTimeoutSeconds: 1)
        let server = HTTPServer(configuration: configuration, logger: recorder.logger()) { _ in .text("never") }
        try server.start()

        let connection = try TestConnection(port: server.port, receiveTimeoutSeconds: 10)
        try connection.send(
            "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n"
        )
        #expect(try connection.readResponse().status == 100)
        try connection.send("abc")
        #expect(connection.waitForClose())
        server.stop()

        let failures = recorder.lines.filter { $0.contains(" warning request failed ") }
        #expect(failures.count == 1)
        #expect(failures.first?.hasSuffix(" reason=timed_out") == true)
    }

    @Test("stop closes open connections")
    func stopClosesConnections() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: LogRecorder().logger()) { _ in
            .text("open")
        }
        try server.start()
        let connection = try TestConnection(port: server.port)
        try connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try connection.readResponse().text == "open")

        server.stop()

        #expect(connection.waitForClose())
    }
}
