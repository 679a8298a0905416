import Foundation
import Synchronization
import Testing

@testable import TendHTTP

/// A handler that describes the request it received, one field a line.
@Sendable func echoRequest(_ request: HTTPRequest) -> HTTPResponse {
    var lines = ["method=\(request.method)", "path=\(request.path)"]
    for item in request.queryItems {
        lines.append("query \(item.name)=\(item.value)")
    }
    lines.append("body=\(String(decoding: request.body, as: UTF8.self))")
    return .text(lines.joined(separator: "\n"))
}

/// `echoRequest` that counts its calls, for tests that check the server responded without calling the handler.
final class CountingEcho: Sendable {
    private let count = Atomic<Int>(0)

    var calls: Int { count.load(ordering: .relaxed) }

    @Sendable func handle(_ request: HTTPRequest) -> HTTPResponse {
        count.add(1, ordering: .relaxed)
        return echoRequest(request)
    }
}

@Suite("HTTPServer over a socket")
struct HTTPServerTests {
    @Test("GET decodes path and query")
    func getDecodesPathAndQuery() throws {
        let received = Mutex<HTTPRequest?>(nil)
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            received.withLock { $0 = request }
            return echoRequest(request)
        }
        try withServer(handler: handler) { server in
            let response = try sendRequest(
                port: server.port,
                target: "/accounts/caf%C3%A9%20x?name=a%20b&name=c&flag&sum=1+2",
                headers: [("X-Trace-ID", "abc")]
            )

            #expect(response.status == 200)
            let request = try #require(received.withLock { $0 })
            #expect(request.method == "GET")
            #expect(request.path == "/accounts/café x")
            #expect(request.queryItems.map(\.name) == ["name", "name", "flag", "sum"])
            #expect(request.queryItems.map(\.value) == ["a b", "c", "", "1 2"])
            #expect(request.query == ["name": "c", "flag": "", "sum": "1 2"])
            #expect(request.headers["x-trace-id"] == "abc")
            #expect(request.headers["host"] == "127.0.0.1")
            #expect(request.body.isEmpty)
        }
    }

    @Test("POST form body reaches handler")
    func postFormBody() throws {
        let form = Mutex<[String: String]>([:])
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            form.withLock { $0 = request.formValues() }
            return echoRequest(request)
        }
        try withServer(handler: handler) { server in
            let response = try sendRequest(
                port: server.port,
                method: "POST",
                target: "/notes",
                headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array("title=Renewal+call&owner=J%C3%BCrgen&empty=".utf8)
            )

            #expect(response.status == 200)
            #expect(response.text.hasSuffix("body=title=Renewal+call&owner=J%C3%BCrgen&empty="))
            #expect(form.withLock { $0 } == ["title": "Renewal call", "owner": "Jürgen", "empty": ""])
        }
    }

    @Test("router sends 200, 303, 404 and 405")
    func routerStatuses() throws {
        var router = Router()
        router.get("/accounts/:id") { _, parameters in .text("account \(parameters["id"] ?? "")") }
        router.post("/accounts/:id") { _, _ in .redirect(to: "/accounts") }

        try withServer(handler: router.handle) { server in
            let found = try sendRequest(port: server.port, target: "/accounts/42")
            #expect(found.status == 200)
            #expect(found.text == "account 42")

            let missing = try sendRequest(port: server.port, target: "/nothing")
            #expect(missing.status == 404)

            let wrongMethod = try sendRequest(port: server.port, method: "DELETE", target: "/accounts/42")
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.header("Allow") == "GET, POST, HEAD")

            let posted = try sendRequest(port: server.port, method: "POST", target: "/accounts/42", body: [1])
            #expect(posted.status == 303)
            #expect(posted.header("Location") == "/accounts")
        }
    }

    @Test("HEAD sends GET headers without body")
    func headWithoutBody() throws {
        var router = Router()
        router.get("/report") { _, _ in .text("twelve bytes") }

        try withServer(handler: router.handle) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send("HEAD /report HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            let response = try connection.readResponse(hasBody: false)

            #expect(response.status == 200)
            #expect(response.header("Content-Length") == "12")
            #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
            #expect(connection.waitForClose())
            #expect(connection.unreadBytes.isEmpty)
        }
    }

    @Test("security headers on every response", arguments: ["/page", "/missing", "/broken"])
    func securityHeaders(path: String) throws {
        var router = Router()
        router.get("/page") { _, _ in .html("<p>ok</p>") }
        router.get("/broken") { _, _ in HTTPResponse(status: 42) }

        try withServer(handler: router.handle) { server in
            let response = try sendRequest(port: server.port, target: path)

            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.header("X-Frame-Options") == "DENY")
            let policy = try #require(response.header("Content-Security-Policy"))
            #expect(policy.hasPrefix("default-src 'self';"))
            #expect(policy.contains("frame-ancestors 'none'"))
        }
    }

    @Test("handler header overrides security default")
    func headerOverride() throws {
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in
            HTTPResponse(status: 200, headers: [("content-security-policy", "default-src 'none'")], body: [])
        }
        try withServer(handler: handler) { server in
            let response = try sendRequest(port: server.port, target: "/")

            let policies = response.headers.filter { $0.name.lowercased() == "content-security-policy" }
            #expect(policies.map(\.value) == ["default-src 'none'"])
        }
    }

    @Test("invalid status becomes 500", arguments: [42, 199, 600])
    func invalidStatus(status: Int) throws {
        let recorder = LogRecorder()
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in HTTPResponse(status: status) }
        try withServer(recorder: recorder, handler: handler) { server in
            let response = try sendRequest(port: server.port, target: "/")

            #expect(response.status == 500)
            #expect(response.text == "Internal server error\n")
        }
        let errors = recorder.lines.filter { $0.contains(" error handler returned an invalid status") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("method=GET path=/ status=\(status)") == true)
    }

    @Test("header with line break becomes 500")
    func headerInjection() throws {
        let recorder = LogRecorder()
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in
            .redirect(to: "/next\r\nSet-Cookie: stolen=1")
        }
        try withServer(recorder: recorder, handler: handler) { server in
            let response = try sendRequest(port: server.port, target: "/")

            #expect(response.status == 500)
            #expect(response.header("Set-Cookie") == nil)
            #expect(response.header("Location") == nil)
        }
        let errors = recorder.lines.filter { $0.contains("rejects, sending 500") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("header=Location") == true)
    }

    @Test("keep-alive serves two requests")
    func keepAlive() throws {
        try withServer(handler: echoRequest) { server in
            let connection = try TestConnection(port: server.port)
            try connection.send("GET /first HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let first = try connection.readResponse()
            try connection.send("GET /second HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let second = try connection.readResponse()

            #expect(first.text.hasPrefix("method=GET\npath=/first\n"))
            #expect(second.text.hasPrefix("method=GET\npath=/second\n"))
        }
    }

    @Test("concurrent requests all succeed")
    func concurrentRequests() throws {
        let threadCount = 8
        let requestsPerThread = 50
        let failures = Mutex<[String]>([])
        let successes = Atomic<Int>(0)

        try withServer(handler: echoRequest) { server in
            let port = server.port
            DispatchQueue.concurrentPerform(iterations: threadCount) { thread in
                for index in 0..<requestsPerThread {
                    let path = "/load/\(thread)/\(index)"
                    do {
                        let response = try sendRequest(port: port, target: path)
                        if response.status == 200, response.text.hasPrefix("method=GET\npath=\(path)\n") {
                            successes.add(1, ordering: .relaxed)
                        } else {
                            failures.withLock { $0.append("\(path): status \(response.status)") }
                        }
                    } catch {
                        failures.withLock { $0.append("\(path): \(error)") }
                    }
                }
            }
        }

        #expect(failures.withLock { $0 } == [])
        #expect(successes.load(ordering: .relaxed) == threadCount * requestsPerThread)
    }
}
