import CMicroHTTPD
import Glibc
import Synchronization

/// An HTTP/1.1 server on GNU libmicrohttpd that passes every request to one handler.
///
/// The server reads each request body whole, up to `maxBodyBytes`, and calls the handler on one of its own threads,
/// so the handler must be thread-safe and should not block for long. It logs its start and stop, every request
/// (method, path, status and duration, but never the query or body) and every error it handles.
///
/// A failure inside the server, such as a response that libmicrohttpd rejects, gets a 500 response. A handler that
/// traps (a failed precondition or force unwrap) is a bug that ends the whole process, because Swift cannot recover
/// from a trap.
///
/// ```swift
/// var router = Router()
/// router.get("/accounts/:id") { _, parameters in .text("account \(parameters["id"]!)") }
/// let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), logger: Logger(), handler: router.handle)
/// try server.start()
/// ```
public final class HTTPServer: Sendable {
    private struct Running {
        let daemon: OpaquePointer
        let context: Unmanaged<ServerContext>
    }

    /// The settings this server starts with.
    public let configuration: HTTPServerConfiguration
    private let logger: Logger
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    // The lock is held across MHD_stop_daemon, so a handler that calls start() or stop() would wait for itself.
    private let running = Mutex<Running?>(nil)
    private let boundPort = Atomic<UInt16>(0)

    /// Creates a stopped server.
    ///
    /// - Parameters:
    ///   - configuration: The address, limits and thread count.
    ///   - logger: The destination of the server's log lines.
    ///   - handler: The function that turns each request into a response, such as `Router.handle`.
    public init(
        configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
        logger: Logger = Logger(),
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        self.configuration = configuration
        self.logger = logger
        self.handler = handler
    }

    deinit {
        stop()
    }

    /// The port the server listens on while it runs, such as the one the system picked for port 0, or 0 when stopped.
    public var port: UInt16 {
        boundPort.load(ordering: .acquiring)
    }

    /// Binds to the configured host and port and starts the server threads. A stopped server may start again.
    ///
    /// - Throws: `HTTPServerError` with code `invalidConfiguration`, `invalidHost`, `alreadyRunning`, or
    ///   `startFailed` with libmicrohttpd's reason as the cause, such as a port already in use.
    public func start() throws(HTTPServerError) {
        try running.withLock { (running: inout Running?) throws(HTTPServerError) in
            guard running == nil else {
                throw HTTPServerError(
                    code: .alreadyRunning,
                    message: "The HTTP server is already running on port \(port). Call stop() before start()."
                )
            }
            try configuration.validate()
            let address = try SocketAddress(host: configuration.host, port: configuration.port)

            let context = Unmanaged.passRetained(
                ServerContext(configuration: configuration, logger: logger, handler: handler)
            )
            guard let daemon = startDaemon(address: address, context: context) else {
                let cause = context.takeUnretainedValue().latestDaemonMessage
                context.release()
                throw HTTPServerError(
                    code: .startFailed,
                    message: "Could not start the HTTP server on \(configuration.host) port \(configuration.port). "
                        + "Check that no other process listens on that port and that the address belongs to this "
                        + "machine, or choose another port.",
                    cause: cause
                )
            }
            running = Running(daemon: daemon, context: context)
            boundPort.store(tend_mhd_bound_port(daemon), ordering: .releasing)
        }
        logger.info(
            "HTTP server started",
            [
                "host": configuration.host, "port": String(port), "threads": String(configuration.threadCount),
                "max_connections": String(configuration.maxConnections),
            ]
        )
    }

    /// Stops accepting connections, waits up to `configuration.shutdownGraceSeconds` for requests in progress to send
    /// their responses, closes every connection and releases the port. Calling it on a stopped server does nothing.
    ///
    /// - Important: Do not call `start()` or `stop()` from a handler, because `stop()` waits for running handlers and
    ///   the call would wait for itself.
    public func stop() {
        let stoppedPort: UInt16? = running.withLock { running in
            guard let current = running else {
                return nil
            }
            let stoppedPort = port
            // Stop accepting, then let requests in progress finish sending their responses before closing.
            let listeningSocket = MHD_quiesce_daemon(current.daemon)
            let deadline = ContinuousClock.now + .seconds(configuration.shutdownGraceSeconds)
            let context = current.context.takeUnretainedValue()
            while context.requestsInProgress.load(ordering: .relaxed) > 0, ContinuousClock.now < deadline {
                usleep(10_000)
            }
            MHD_stop_daemon(current.daemon)
            // The quiesced socket is the caller's to close, and only after the daemon's threads have stopped.
            if listeningSocket != MHD_INVALID_SOCKET { close(listeningSocket) }
            current.context.release()
            running = nil
            boundPort.store(0, ordering: .releasing)
            return stoppedPort
        }
        if let stoppedPort {
            logger.info("HTTP server stopped", ["host": configuration.host, "port": String(stoppedPort)])
        }
    }

    /// Calls `MHD_start_daemon_va` with the options of `configuration` and returns nil when libmicrohttpd fails.
    private func startDaemon(address: SocketAddress, context: Unmanaged<ServerContext>) -> OpaquePointer? {
        // poll(), not epoll: libmicrohttpd's epoll loop in daemon.c reads 128 events at a time and, after a full
        // batch, calls epoll_wait again with the blocking timeout. With 0.9.75, 128 ready keep-alive connections then
        // waited for the next event or the connection timeout. poll() rescans every connection on each turn.
        // MHD_USE_ITC lets stop() quiesce the daemon: in thread modes, libmicrohttpd quiesces only with it.
        var flags =
            MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_POLL.rawValue | MHD_USE_ERROR_LOG.rawValue
            | MHD_USE_ITC.rawValue
        if address.isIPv6 {
            flags |= MHD_USE_IPv6.rawValue
        }
        let contextPointer = OpaquePointer(context.toOpaque())

        return address.withSockaddrPointer { sockaddr in
            // libmicrohttpd reads each option as an int-sized enum followed by its values, in C's types: unsigned
            // int for counts and seconds, pointers for the rest. The list ends with MHD_OPTION_END.
            // MHD_OPTION_EXTERNAL_LOGGER comes first so that libmicrohttpd sends messages about later options to it.
            var arguments: [any CVarArg] = [
                MHD_OPTION.EXTERNAL_LOGGER.rawValue, unsafeBitCast(daemonLogCallback, to: OpaquePointer.self),
                contextPointer,
                MHD_OPTION.SOCK_ADDR.rawValue, OpaquePointer(sockaddr),
                MHD_OPTION.CONNECTION_LIMIT.rawValue, UInt32(configuration.maxConnections),
                MHD_OPTION.CONNECTION_TIMEOUT.rawValue, UInt32(configuration.connectionTimeoutSeconds),
                MHD_OPTION.NOTIFY_COMPLETED.rawValue, unsafeBitCast(requestCompletedCallback, to: OpaquePointer.self),
                contextPointer,
            ]
            if configuration.threadCount > 1 {
                arguments += [MHD_OPTION.THREAD_POOL_SIZE.rawValue, UInt32(configuration.threadCount)]
            }
            arguments.append(MHD_OPTION.END.rawValue)

            return withVaList(arguments) { list in
                MHD_start_daemon_va(
                    flags,
                    configuration.port,
                    nil,
                    nil,
                    accessHandlerCallback,
                    context.toOpaque(),
                    list
                )
            }
        }
    }
}
