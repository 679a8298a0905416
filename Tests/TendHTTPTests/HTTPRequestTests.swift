import Testing

@testable import TendHTTP

@Suite("HTTPRequest")
struct HTTPRequestTests {
    private static func formRequest(_ body: String, contentType: String = "application/x-www-form-urlencoded")
        -> HTTPRequest
    {
        HTTPRequest(method: "POST", path: "/", headers: [("Content-Type", contentType)], body: Array(body.utf8))
    }

    @Test(
        "form values are decoded",
        arguments: [
            ("a=1&b=2", ["a": "1", "b": "2"]),
            ("name=Renewal+call", ["name": "Renewal call"]),
            ("owner=J%C3%BCrgen", ["owner": "Jürgen"]),
            ("plus=%2B&amp=%26&eq=%3D", ["plus": "+", "amp": "&", "eq": "="]),
            ("a=1&a=2", ["a": "2"]),
            ("flag&empty=", ["flag": "", "empty": ""]),
            ("&&a=1&", ["a": "1"]),
            ("k=v=w", ["k": "v=w"]),
            ("bad=%zz&short=%4", ["bad": "%zz", "short": "%4"]),
            ("lower=%c3%a9", ["lower": "é"]),
            ("invalid=%FF", ["invalid": "\u{FFFD}"]),
            ("", [:]),
        ]
    )
    func formValues(body: String, expected: [String: String]) {
        #expect(Self.formRequest(body).formValues() == expected)
    }

    @Test(
        "form content type is checked",
        arguments: [
            ("application/x-www-form-urlencoded; charset=UTF-8", true),
            ("Application/X-WWW-Form-Urlencoded", true),
            (" application/x-www-form-urlencoded ;charset=utf-8", true),
            ("application/json", false),
            ("multipart/form-data; boundary=x", false),
            ("text/plain", false),
        ]
    )
    func formContentType(contentType: String, decoded: Bool) {
        let values = Self.formRequest("a=1", contentType: contentType).formValues()

        #expect(values == (decoded ? ["a": "1"] : [:]))
    }

    @Test("form without content type is empty")
    func formWithoutContentType() {
        let request = HTTPRequest(method: "POST", path: "/", body: Array("a=1".utf8))

        #expect(request.formValues() == [:])
    }

    @Test("last query value wins")
    func queryLastValueWins() {
        let request = HTTPRequest(method: "GET", path: "/", queryItems: [("a", "1"), ("b", "2"), ("a", "3")])

        #expect(request.query == ["a": "3", "b": "2"])
        #expect(request.queryItems.map(\.value) == ["1", "2", "3"])
    }

    @Test("header names are lowercased and joined")
    func headerNames() {
        let request = HTTPRequest(
            method: "GET",
            path: "/",
            headers: [("Accept", "text/html"), ("X-Tag", "a"), ("x-tag", "b"), ("X-TAG", "c")]
        )

        #expect(request.headers == ["accept": "text/html", "x-tag": "a, b, c"])
    }
}

@Suite("HTTPResponse")
struct HTTPResponseTests {
    @Test("factories set status and content type")
    func factories() {
        let html = HTTPResponse.html("<p>é</p>")
        #expect(html.status == 200)
        #expect(html.headerValue("content-type") == "text/html; charset=utf-8")
        #expect(html.body == Array("<p>é</p>".utf8))

        let json = HTTPResponse.json(Array("{}".utf8), status: 201)
        #expect(json.status == 201)
        #expect(json.headerValue("Content-Type") == "application/json")

        let text = HTTPResponse.text("gone", status: 410)
        #expect(text.status == 410)
        #expect(text.headerValue("Content-Type") == "text/plain; charset=utf-8")

        let redirect = HTTPResponse.redirect(to: "/accounts?sort=risk")
        #expect(redirect.status == 303)
        #expect(redirect.headerValue("Location") == "/accounts?sort=risk")
        #expect(redirect.body.isEmpty)

        #expect(HTTPResponse.notFound().status == 404)

        let notAllowed = HTTPResponse.methodNotAllowed(allowed: ["GET", "HEAD"])
        #expect(notAllowed.status == 405)
        #expect(notAllowed.headerValue("Allow") == "GET, HEAD")
    }

    @Test("security headers are the expected set")
    func securityHeaderNames() {
        #expect(
            HTTPResponse.securityHeaders.map(\.0) == [
                "X-Content-Type-Options", "Content-Security-Policy", "X-Frame-Options",
            ]
        )
    }
}
