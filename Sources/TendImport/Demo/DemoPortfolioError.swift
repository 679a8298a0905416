/// An error raised while writing the demo portfolio.
public struct DemoPortfolioError: Error, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The portfolio's parameters are out of range.
        case invalidParameters
        /// The output folder could not be created.
        case folderNotCreated
        /// A CSV file could not be created or written.
        case fileNotWritable
    }

    public var code: Code
    /// The description of the failure and of the fix.
    public var message: String
    /// The file or folder involved, when there is one.
    public var path: String?
    /// The underlying error, when there is one.
    public var cause: (any Error)?

    public init(code: Code, message: String, path: String? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.cause = cause
    }

    static func folderNotCreated(_ path: String, cause: (any Error)?) -> DemoPortfolioError {
        DemoPortfolioError(
            code: .folderNotCreated,
            message: "could not create the folder \(path); check that its parent exists and is writable",
            path: path, cause: cause)
    }

    static func fileNotWritable(_ path: String, cause: (any Error)?) -> DemoPortfolioError {
        DemoPortfolioError(
            code: .fileNotWritable,
            message: "could not write \(path); check the folder's permissions and the free disk space",
            path: path, cause: cause)
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message): \(cause)"
    }
}
