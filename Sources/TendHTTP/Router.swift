/// A table of routes that maps a method and a path to a handler.
///
/// A pattern is a path whose segments are literals or `:name` parameters, such as `/accounts/:id`. A parameter
/// matches one non-empty segment of the percent-decoded path and is passed to the handler by name. Matching is exact
/// and case-sensitive, so `/accounts/` and `/accounts` are different paths. Routes are tried in the order added, and
/// the first one whose pattern and method match handles the request.
///
/// A path that no pattern matches gets 404. A path that some pattern matches, but with other methods only, gets 405
/// with an `Allow` header. A `HEAD` request runs the `GET` handler unless a `HEAD` route matches first, and
/// `HTTPServer` then sends its headers without the body.
public struct Router: Sendable {
    /// A route handler. It receives the request and the path parameters by name, without the leading `:`.
    public typealias Handler = @Sendable (HTTPRequest, [String: String]) -> HTTPResponse

    private struct Route: Sendable {
        let method: String
        let segments: [PatternSegment]
        let handler: Handler
    }

    private enum PatternSegment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    private var routes: [Route] = []

    /// Creates a router with no routes.
    public init() {}

    /// Adds a route for `method` (such as `GET`) and `pattern` (such as `/accounts/:id`).
    ///
    /// - Precondition: `pattern` starts with `/`, and every parameter has a name.
    public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping Handler) {
        precondition(pattern.hasPrefix("/"), "A route pattern must start with '/': \(pattern)")
        let segments = Self.splitPath(pattern).map { segment -> PatternSegment in
            guard segment.hasPrefix(":") else {
                return .literal(String(segment))
            }
            let name = String(segment.dropFirst())
            precondition(!name.isEmpty, "A route parameter needs a name after ':': \(pattern)")
            return .parameter(name)
        }
        routes.append(Route(method: method, segments: segments, handler: handler))
    }

    /// Adds a `GET` route, which also serves `HEAD`.
    public mutating func get(_ pattern: String, _ handler: @escaping Handler) {
        add("GET", pattern, handler)
    }

    /// Adds a `POST` route.
    public mutating func post(_ pattern: String, _ handler: @escaping Handler) {
        add("POST", pattern, handler)
    }

    /// Runs the handler of the first matching route, or returns 404 or 405 as described on the type. A path that does
    /// not start with `/`, such as `*`, gets 404.
    ///
    /// Pass this method as the handler of `HTTPServer`.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path.hasPrefix("/") else {
            return .notFound()
        }
        let pathSegments = Self.splitPath(request.path)
        var allowedMethods: [String] = []
        var headFallback: (route: Route, parameters: [String: String])?

        for route in routes {
            guard let parameters = Self.match(route.segments, pathSegments) else {
                continue
            }
            if route.method == request.method {
                return route.handler(request, parameters)
            }
            if request.method == "HEAD", route.method == "GET", headFallback == nil {
                headFallback = (route, parameters)
            }
            allowedMethods.append(route.method)
        }

        if let headFallback {
            return headFallback.route.handler(request, headFallback.parameters)
        }
        if allowedMethods.isEmpty {
            return .notFound()
        }
        if allowedMethods.contains("GET") {
            allowedMethods.append("HEAD")
        }
        return .methodNotAllowed(allowed: Self.uniqueInOrder(allowedMethods))
    }

    /// Splits a path on `/` after its leading slash, keeping empty segments: `/` gives `[""]` and `/a/` gives
    /// `["a", ""]`.
    private static func splitPath(_ path: String) -> [Substring] {
        path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    }

    private static func match(_ pattern: [PatternSegment], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else {
            return nil
        }
        var parameters: [String: String] = [:]
        for (patternSegment, pathSegment) in zip(pattern, path) {
            switch patternSegment {
            case .literal(let literal):
                guard pathSegment == literal else {
                    return nil
                }
            case .parameter(let name):
                guard !pathSegment.isEmpty else {
                    return nil
                }
                parameters[name] = String(pathSegment)
            }
        }
        return parameters
    }

    private static func uniqueInOrder(_ methods: [String]) -> [String] {
        var seen: Set<String> = []
        return methods.filter { seen.insert($0).inserted }
    }
}
