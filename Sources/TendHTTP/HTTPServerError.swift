/// An error from starting an `HTTPServer`.
public struct HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure, for matching in a `catch`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The name of the code, such as `startFailed`.
        public let description: String

        /// A setting of `HTTPServerConfiguration` is out of range.
        public static let invalidConfiguration = Code(description: "invalidConfiguration")
        /// The host is not a numeric IPv4 or IPv6 address.
        public static let invalidHost = Code(description: "invalidHost")
        /// libmicrohttpd could not start, most often because the port is in use or the address is not local.
        public static let startFailed = Code(description: "startFailed")
        /// `start()` was called on a server that is already running.
        public static let alreadyRunning = Code(description: "alreadyRunning")
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence naming what failed and how to fix it.
    public let message: String
    /// The underlying reason as libmicrohttpd logged it, such as `Failed to bind to port 8080: Address already in
    /// use`, when there is one.
    public let cause: String?

    /// Creates an error.
    public init(code: Code, message: String, cause: String? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    /// The message, followed by the cause when there is one.
    public var description: String {
        guard let cause else {
            return message
        }
        return "\(message) (\(cause))"
    }

    static func invalidConfiguration(_ detail: String) -> HTTPServerError {
        HTTPServerError(code: .invalidConfiguration, message: "Invalid HTTP server configuration: \(detail).")
    }
}
