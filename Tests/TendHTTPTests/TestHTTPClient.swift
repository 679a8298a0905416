import Foundation
import Synchronization
import TendHTTP

#if canImport(Glibc)
    import Glibc
#endif

/// A failure of the test client, such as a refused connection or a malformed response.
struct TestClientError: Error, CustomStringConvertible {
    let description: String
    /// The `errno` value of the failed call, when there is one.
    var errorNumber: Int32? = nil
}

/// A response as the test client read it off the socket.
struct TestResponse {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    var text: String {
        String(decoding: body, as: UTF8.self)
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One TCP connection to a loopback address made with POSIX sockets. Every read waits at most `receiveTimeoutSeconds`.
final class TestConnection {
    private let socketDescriptor: Int32
    private var buffered: [UInt8] = []

    init(port: UInt16, host: String = "127.0.0.1", receiveTimeoutSeconds: Int = 5) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else {
            throw TestClientError(description: "socket() failed: errno \(errno)")
        }
        var timeout = timeval(tv_sec: receiveTimeoutSeconds, tv_usec: 0)
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            // No close here: a class whose stored properties are all set runs deinit when its init throws, and
            // closing twice could close a descriptor that another test's server has received in the meantime.
            let error = errno
            throw TestClientError(
                description: "connect to \(host) port \(port) failed: errno \(error)", errorNumber: error)
        }
    }

    deinit {
        if socketDescriptor >= 0 { close(socketDescriptor) }
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { pointer in
                Glibc.send(socketDescriptor, pointer.baseAddress, pointer.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else {
                throw TestClientError(description: "send failed: errno \(errno)")
            }
            offset += sent
        }
    }

    /// Reads one response; the body is `Content-Length` bytes long, or empty when `hasBody` is false (for `HEAD`).
    func readResponse(hasBody: Bool = true) throws -> TestResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffered.firstRange(of: separator)?.lowerBound
            if headEnd == nil, try receiveMore() == 0 {
                throw TestClientError(description: "connection closed before a full response head")
            }
        }
        let head = String(decoding: buffered[..<headEnd!], as: UTF8.self)
        buffered.removeFirst(headEnd! + separator.count)

        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw TestClientError(description: "malformed status line in \(head)")
        }
        let headers = lines.map { line -> (name: String, value: String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
        let response = TestResponse(status: status, headers: headers, body: [])
        let length = hasBody ? Int(response.header("Content-Length") ?? "0") ?? 0 : 0
        while buffered.count < length {
            if try receiveMore() == 0 {
                throw TestClientError(description: "connection closed after \(buffered.count) of \(length) bytes")
            }
        }
        let body = Array(buffered.prefix(length))
        buffered.removeFirst(length)
        return TestResponse(status: status, headers: headers, body: body)
    }

    /// Returns true when the server closes or resets the connection within the receive timeout, and false when it
    /// stays open that long. Bytes that arrive meanwhile are kept for `readResponse`.
    func waitForClose() -> Bool {
        while true {
            do {
                if try receiveMore() == 0 {
                    return true
                }
            } catch {
                return false
            }
        }
    }

    /// Bytes received but not yet returned by `readResponse`.
    var unreadBytes: [UInt8] {
        buffered
    }

    private func receiveMore() throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socketDescriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            if errno == ECONNRESET {
                return 0
            }
            throw TestClientError(description: "recv failed or timed out: errno \(errno)")
        }
        buffered.append(contentsOf: chunk[..<count])
        return count
    }
}

/// Sends one request with `Connection: close` on a new connection and reads the response.
func sendRequest(
    port: UInt16,
    method: String = "GET",
    target: String,
    headers: [(String, String)] = [],
    body: [UInt8] = []
) throws -> TestResponse {
    let connection = try TestConnection(port: port)
    var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for (name, value) in headers {
        head += "\(name): \(value)\r\n"
    }
    if !body.isEmpty {
        head += "Content-Length: \(body.count)\r\n"
    }
    head += "\r\n"
    try connection.send(Array(head.utf8) + body)
    return try connection.readResponse(hasBody: method != "HEAD")
}

/// Lines a `Logger` wrote, kept in memory.
final class LogRecorder: Sendable {
    private let storedLines = Mutex<[String]>([])

    var lines: [String] {
        storedLines.withLock { $0 }
    }

    func append(_ line: String) {
        storedLines.withLock { $0.append(line) }
    }

    func logger(minimumLevel: Logger.Level = .debug) -> Logger {
        Logger(minimumLevel: minimumLevel, sink: { line in self.append(line) })
    }
}

/// Runs `body` against a started server on a free port of 127.0.0.1 and stops the server afterwards.
func withServer(
    _ configuration: HTTPServerConfiguration = HTTPServerConfiguration(port: 0),
    recorder: LogRecorder = LogRecorder(),
    handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
    body: (HTTPServer) throws -> Void
) throws {
    let server = HTTPServer(configuration: configuration, logger: recorder.logger(), handler: handler)
    try server.start()
    defer { server.stop() }
    try body(server)
}
