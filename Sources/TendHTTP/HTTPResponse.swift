/// An HTTP response that a handler returns.
///
/// `HTTPServer` adds `Content-Length` and `Date`, and adds each header of `securityHeaders` that the response does not
/// set itself, so a handler may replace the default `Content-Security-Policy` for one response.
public struct HTTPResponse: Sendable {
    /// The status code. `HTTPServer` sends 500 in place of a code outside 200...599.
    public var status: Int

    /// The header fields in the order sent. `HTTPServer` sends 500 in place of a response with a name or value that
    /// libmicrohttpd rejects, such as one containing a line break, or a `Content-Length` header.
    public var headers: [(String, String)]

    /// The body. `HTTPServer` omits it on the wire for `HEAD` requests but keeps its length in `Content-Length`.
    public var body: [UInt8]

    /// Creates a response from its parts.
    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The headers sent with every response unless the response sets the same name.
    ///
    /// The policy allows scripts, styles, images, fonts, fetches and form posts from the same origin only, plus
    /// `data:` images. It blocks inline scripts and styles, plugins, `<base>` changes and framing.
    public static let securityHeaders: [(String, String)] = [
        ("X-Content-Type-Options", "nosniff"),
        (
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'"
        ),
        ("X-Frame-Options", "DENY"),
    ]

    /// Returns the value of the first header named `name`, compared without regard to case.
    public func headerValue(_ name: String) -> String? {
        let lowercased = name.lowercased()
        return headers.first { $0.0.lowercased() == lowercased }?.1
    }

    /// Returns an HTML page encoded as UTF-8.
    public static func html(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [("Content-Type", "text/html; charset=utf-8")],
            body: Array(text.utf8)
        )
    }

    /// Returns a JSON document that is already encoded.
    public static func json(_ bytes: [UInt8], status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: bytes)
    }

    /// Returns plain text encoded as UTF-8.
    public static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [("Content-Type", "text/plain; charset=utf-8")],
            body: Array(text.utf8)
        )
    }

    /// Returns a 303 See Other redirect, which makes the client fetch `location` with `GET`, such as after a form post.
    public static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(status: 303, headers: [("Location", location)])
    }

    /// Returns a 404 Not Found response with a plain-text body.
    public static func notFound() -> HTTPResponse {
        .text("Not found\n", status: 404)
    }

    /// Returns a 405 Method Not Allowed response whose `Allow` header lists `allowed`, separated by `", "`.
    public static func methodNotAllowed(allowed: [String]) -> HTTPResponse {
        var response = HTTPResponse.text("Method not allowed\n", status: 405)
        response.headers.append(("Allow", allowed.joined(separator: ", ")))
        return response
    }

    static func contentTooLarge(maxBodyBytes: Int) -> HTTPResponse {
        var response = HTTPResponse.text(
            "Request body too large: the limit is \(maxBodyBytes) bytes\n",
            status: 413
        )
        response.headers.append(("Connection", "close"))
        return response
    }

    static func internalServerError() -> HTTPResponse {
        .text("Internal server error\n", status: 500)
    }
}
