/// The settings of an `HTTPServer`, checked when it starts.
public struct HTTPServerConfiguration: Sendable {
    /// The numeric IPv4 or IPv6 address to listen on, such as `127.0.0.1` or `::1`. Host names are rejected.
    public var host: String

    /// The TCP port to listen on. Port 0 lets the system pick a free port, which `HTTPServer.port` then returns.
    public var port: UInt16

    /// The maximum number of open connections. At the limit the server stops accepting, so a new connection waits
    /// in the kernel's listen queue until an open one closes or times out.
    ///
    /// - Note: With more than one thread, libmicrohttpd divides this limit evenly across its threads (see
    ///   `MHD_start_daemon_va` in its `daemon.c`) and each thread enforces its share, so a connection may wait
    ///   before the total reaches the limit.
    public var maxConnections: Int

    /// The seconds a connection may stay idle, between requests or in the middle of one, before it is closed.
    /// 0 keeps idle connections open forever.
    public var connectionTimeoutSeconds: Int

    /// The maximum request body size in bytes. A request that declares a larger `Content-Length` gets 413 before its
    /// body is read.
    public var maxBodyBytes: Int

    /// The number of threads that accept connections and run handlers. Must be between 1 and `maxConnections`.
    public var threadCount: Int

    /// The seconds `HTTPServer.stop()` waits at most, after it stops accepting connections, for requests in progress
    /// to finish sending their responses. 0 stops at once.
    public var shutdownGraceSeconds: Int

    /// Creates a configuration. The defaults suit a dashboard served on the local machine.
    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 8080,
        maxConnections: Int = 256,
        connectionTimeoutSeconds: Int = 30,
        maxBodyBytes: Int = 1 << 20,
        threadCount: Int = 2,
        shutdownGraceSeconds: Int = 10
    ) {
        self.host = host
        self.port = port
        self.maxConnections = maxConnections
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.maxBodyBytes = maxBodyBytes
        self.threadCount = threadCount
        self.shutdownGraceSeconds = shutdownGraceSeconds
    }

    /// Throws an `invalidConfiguration` error naming the first setting out of range.
    func validate() throws(HTTPServerError) {
        if maxConnections < 1 || maxConnections > Int(UInt32.max) {
            throw .invalidConfiguration("maxConnections is \(maxConnections); use a value of 1 or more")
        }
        if threadCount < 1 || threadCount > maxConnections {
            throw .invalidConfiguration(
                "threadCount is \(threadCount); use a value from 1 to maxConnections (\(maxConnections))"
            )
        }
        if connectionTimeoutSeconds < 0 || connectionTimeoutSeconds > Int(UInt32.max) {
            throw .invalidConfiguration(
                "connectionTimeoutSeconds is \(connectionTimeoutSeconds); use 0 (no timeout) or more"
            )
        }
        if shutdownGraceSeconds < 0 {
            throw .invalidConfiguration("shutdownGraceSeconds is \(shutdownGraceSeconds); use 0 or more")
        }
        if maxBodyBytes < 0 {
            throw .invalidConfiguration("maxBodyBytes is \(maxBodyBytes); use 0 or more")
        }
    }
}
