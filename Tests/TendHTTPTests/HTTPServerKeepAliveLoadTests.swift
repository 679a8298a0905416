import Foundation
import Testing

@testable import TendHTTP

@Suite("HTTPServer under many keep-alive clients")
struct HTTPServerKeepAliveLoadTests {
    /// Opens `clients` connections at once, then in each round sends one request on every connection before reading
    /// any response, so that many connections turn readable together. 128 is the batch size of libmicrohttpd's
    /// `epoll_wait` loop, which blocked with ready connections left unserved. Every read times out after 3 seconds, so
    /// a server that leaves a request unread fails the test instead of hanging it.
    @Test("keep-alive clients get every response", arguments: [72, 128, 200], [1, 2])
    func manyKeepAliveClients(clients: Int, threads: Int) throws {
        let rounds = 5
        let configuration = HTTPServerConfiguration(port: 0, threadCount: threads)
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in .text("ok") }
        try withServer(configuration, handler: handler) { server in
            let connections = try (0..<clients).map { _ in
                try TestConnection(port: server.port, receiveTimeoutSeconds: 3)
            }
            var answered = 0
            for round in 0..<rounds {
                for connection in connections {
                    try connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                }
                for (index, connection) in connections.enumerated() {
                    let response: TestResponse
                    do {
                        response = try connection.readResponse()
                    } catch {
                        Issue.record("round \(round), client \(index) of \(clients): \(error)")
                        return
                    }
                    #expect(response.status == 200)
                    #expect(response.text == "ok")
                    answered += 1
                }
            }
            #expect(answered == clients * rounds)
        }
    }
}
