/// An HTTP request as the server passes it to a handler, with the whole body already read.
public struct HTTPRequest: Sendable {
    /// The request method as sent, such as `GET` or `POST`.
    public let method: String

    /// The percent-decoded path without the query, such as `/accounts/42`.
    ///
    /// - Note: `%2F` decodes to `/` before routing, so a path segment cannot contain an encoded slash.
    public let path: String

    /// The percent-decoded query parameters in the order sent. `+` decodes to a space, and a parameter without `=`
    /// has an empty value.
    public let queryItems: [(name: String, value: String)]

    /// The query parameters by name. When a name repeats, the last value wins.
    public let query: [String: String]

    /// The request headers by lowercased name. Repeated headers are joined with `", "` in the order sent.
    public let headers: [String: String]

    /// The request body, at most the server's `maxBodyBytes` long.
    public let body: [UInt8]

    /// Creates a request. Header names are lowercased, and repeated names (in any case) are joined with `", "`.
    public init(
        method: String,
        path: String,
        queryItems: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        var query: [String: String] = [:]
        for item in queryItems {
            query[item.name] = item.value
        }
        self.query = query
        var joined: [String: String] = [:]
        for header in headers {
            let name = header.name.lowercased()
            if let earlier = joined[name] {
                joined[name] = earlier + ", " + header.value
            } else {
                joined[name] = header.value
            }
        }
        self.headers = joined
        self.body = body
    }

    /// Decodes an `application/x-www-form-urlencoded` body into fields. When a name repeats, the last value wins.
    ///
    /// Returns an empty dictionary when the `content-type` header names another media type. Names and values are
    /// percent-decoded as UTF-8 with `+` as a space. An invalid escape such as `%zz` stays as written, and invalid
    /// UTF-8 becomes U+FFFD.
    public func formValues() -> [String: String] {
        guard let contentType = headers["content-type"] else {
            return [:]
        }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        guard mediaType.trimmingWhitespace().lowercased() == "application/x-www-form-urlencoded" else {
            return [:]
        }
        var values: [String: String] = [:]
        for field in FormDecoding.decodeFields(body) {
            values[field.name] = field.value
        }
        return values
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        let trimmedStart = drop { $0 == " " || $0 == "\t" }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex {
            let before = trimmedStart.index(before: end)
            guard trimmedStart[before] == " " || trimmedStart[before] == "\t" else {
                break
            }
            end = before
        }
        return trimmedStart[..<end]
    }
}
