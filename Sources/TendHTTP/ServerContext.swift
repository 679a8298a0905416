import CMicroHTTPD
import Synchronization

/// The state that libmicrohttpd's callbacks reach through their context pointer while one daemon runs.
///
/// `HTTPServer` retains an instance for each start and releases it after `MHD_stop_daemon` returns, when no callback
/// can run any more.
final class ServerContext: Sendable {
    let configuration: HTTPServerConfiguration
    let logger: Logger
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let lastDaemonMessage = Mutex<String?>(nil)
    /// Requests received whose responses are not yet sent, abandoned by the client or cut off by the shutdown.
    let requestsInProgress = Atomic<Int>(0)

    init(
        configuration: HTTPServerConfiguration,
        logger: Logger,
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        self.configuration = configuration
        self.logger = logger
        self.handler = handler
    }

    /// The last message libmicrohttpd logged, which explains a failed start.
    var latestDaemonMessage: String? {
        lastDaemonMessage.withLock { $0 }
    }

    /// Logs a message from libmicrohttpd, which reports its errors, such as a failed bind, this way.
    func recordDaemonMessage(_ message: String) {
        lastDaemonMessage.withLock { $0 = message }
        logger.warning("libmicrohttpd message", ["message": message])
    }

    /// Handles one call of libmicrohttpd's access handler. `accessHandlerCallback` describes the call sequence.
    func handleAccess(
        connection: OpaquePointer,
        method: String,
        path: String,
        uploadData: UnsafePointer<CChar>?,
        uploadDataSize: UnsafeMutablePointer<Int>,
        requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    ) -> MHD_Result {
        guard let stored = requestContext.pointee else {
            let state = RequestState(method: method, path: path, started: .now)
            requestContext.pointee = Unmanaged.passRetained(state).toOpaque()
            requestsInProgress.add(1, ordering: .relaxed)
            return beginRequest(state, connection: connection)
        }
        let state = Unmanaged<RequestState>.fromOpaque(stored).takeUnretainedValue()

        let chunkSize = uploadDataSize.pointee
        if chunkSize > 0 {
            uploadDataSize.pointee = 0
            return receiveBodyChunk(state, bytes: uploadData, count: chunkSize, connection: connection)
        }
        if state.status != nil {
            return .YES
        }
        if state.bodyTooLarge {
            return queue(.contentTooLarge(maxBodyBytes: configuration.maxBodyBytes), on: connection, state: state)
        }

        let request = HTTPRequest(
            method: state.method,
            path: state.path,
            queryItems: connectionValues(connection, kind: .GET_ARGUMENT_KIND),
            headers: connectionValues(connection, kind: .HEADER_KIND),
            body: state.body
        )
        state.body = []
        return queue(handler(request), on: connection, state: state)
    }

    /// Rejects a request whose declared `Content-Length` exceeds the limit before any of its body is read.
    private func beginRequest(_ state: RequestState, connection: OpaquePointer) -> MHD_Result {
        guard
            let declared = MHD_lookup_connection_value(connection, .HEADER_KIND, "Content-Length"),
            let length = UInt64(String(cString: declared)),
            length > UInt64(configuration.maxBodyBytes)
        else {
            return .YES
        }
        logger.warning(
            "request body too large",
            [
                "method": state.method, "path": state.path, "content_length": String(length),
                "max_body_bytes": String(configuration.maxBodyBytes),
            ]
        )
        return queue(.contentTooLarge(maxBodyBytes: configuration.maxBodyBytes), on: connection, state: state)
    }

    /// Appends a chunk of a body, or discards it once a body streamed without a declared length is too large.
    ///
    /// libmicrohttpd 0.9.75 rejects a response queued while body chunks arrive, so an oversized chunked body is read
    /// on and discarded, then gets a 413 response. Past twice the limit the connection is closed without a response,
    /// so that a client cannot keep the server reading forever.
    private func receiveBodyChunk(
        _ state: RequestState,
        bytes: UnsafePointer<CChar>?,
        count: Int,
        connection: OpaquePointer
    ) -> MHD_Result {
        state.receivedBodyBytes += count
        guard state.status == nil, let bytes else {
            return .YES
        }
        if state.receivedBodyBytes <= configuration.maxBodyBytes {
            state.body.append(contentsOf: UnsafeRawBufferPointer(start: bytes, count: count))
            return .YES
        }

        if !state.bodyTooLarge {
            state.bodyTooLarge = true
            state.body = []
            logger.warning(
                "request body too large",
                ["method": state.method, "path": state.path, "max_body_bytes": String(configuration.maxBodyBytes)]
            )
        }
        guard state.receivedBodyBytes - configuration.maxBodyBytes <= configuration.maxBodyBytes else {
            logger.warning(
                "request body exceeds twice the limit, closing the connection",
                [
                    "method": state.method, "path": state.path,
                    "received_bytes": String(state.receivedBodyBytes),
                    "max_body_bytes": String(configuration.maxBodyBytes),
                ]
            )
            return .NO
        }
        return .YES
    }

    /// Logs a finished or aborted request. libmicrohttpd calls this once for every request that reached the access
    /// handler.
    func completeRequest(_ state: RequestState, termination: MHD_RequestTerminationCode) {
        requestsInProgress.subtract(1, ordering: .relaxed)
        let elapsed = ContinuousClock.now - state.started
        let status = state.status.map(String.init) ?? "none"
        let duration = Self.formatMilliseconds(elapsed)
        switch termination {
        case .REQUEST_TERMINATED_COMPLETED_OK:
            logger.info(
                "request",
                ["method": state.method, "path": state.path, "status": status, "duration_ms": duration]
            )
        default:
            // A client that goes away and a server that stops are routine, unlike a timeout or a socket error.
            let routine = [.REQUEST_TERMINATED_CLIENT_ABORT, .REQUEST_TERMINATED_DAEMON_SHUTDOWN].contains(termination)
            logger.log(
                routine ? .info : .warning,
                "request failed",
                [
                    "method": state.method, "path": state.path, "status": status, "duration_ms": duration,
                    "reason": Self.describe(termination),
                ]
            )
        }
    }

    private static func describe(_ termination: MHD_RequestTerminationCode) -> String {
        switch termination {
        case .REQUEST_TERMINATED_COMPLETED_OK: "completed"
        case .REQUEST_TERMINATED_WITH_ERROR: "error"
        case .REQUEST_TERMINATED_TIMEOUT_REACHED: "timed_out"
        case .REQUEST_TERMINATED_DAEMON_SHUTDOWN: "server_stopped"
        case .REQUEST_TERMINATED_READ_ERROR: "read_error"
        case .REQUEST_TERMINATED_CLIENT_ABORT: "client_aborted"
        }
    }

    /// Formats a duration as milliseconds with three decimals, such as `1.250`.
    static func formatMilliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = max(0, seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
