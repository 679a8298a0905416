import Testing

@testable import TendHTTP

@Suite("Router")
struct RouterTests {
    /// A router whose handlers return the route name and its parameters, such as `account id=7`.
    private static func makeRouter() -> Router {
        var router = Router()
        router.get("/") { _, _ in .text("home") }
        router.get("/accounts/new") { _, _ in .text("new account form") }
        router.get("/accounts/:id") { _, parameters in .text("account id=\(parameters["id"] ?? "")") }
        router.post("/accounts/:id") { _, parameters in .text("update id=\(parameters["id"] ?? "")") }
        router.get("/accounts/:id/notes/:note") { _, parameters in
            .text("note id=\(parameters["id"] ?? "") note=\(parameters["note"] ?? "")")
        }
        router.add("PUT", "/settings") { _, _ in .text("settings") }
        return router
    }

    private static func route(_ method: String, _ path: String) -> HTTPResponse {
        makeRouter().handle(HTTPRequest(method: method, path: path))
    }

    @Test(
        "path selects handler",
        arguments: [
            ("GET", "/", "home"),
            ("GET", "/accounts/new", "new account form"),
            ("GET", "/accounts/7", "account id=7"),
            ("GET", "/accounts/café x", "account id=café x"),
            ("POST", "/accounts/7", "update id=7"),
            ("GET", "/accounts/7/notes/3", "note id=7 note=3"),
            ("PUT", "/settings", "settings"),
        ]
    )
    func pathSelectsHandler(method: String, path: String, expected: String) {
        let response = Self.route(method, path)

        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == expected)
    }

    @Test(
        "unknown path gets 404",
        arguments: ["/missing", "/accounts", "/accounts/", "/accounts/7/", "/accounts//notes/3", "//", "", "*"]
    )
    func unknownPath(path: String) {
        let response = Self.route("GET", path)

        #expect(response.status == 404)
        #expect(response.headerValue("Allow") == nil)
    }

    @Test(
        "other method gets 405 with Allow",
        arguments: [
            ("DELETE", "/accounts/7", "GET, POST, HEAD"),
            ("DELETE", "/accounts/new", "GET, POST, HEAD"),
            ("GET", "/settings", "PUT"),
            ("post", "/", "GET, HEAD"),
        ]
    )
    func otherMethod(method: String, path: String, allow: String) {
        let response = Self.route(method, path)

        #expect(response.status == 405)
        #expect(response.headerValue("Allow") == allow)
    }

    @Test("HEAD runs the GET handler")
    func headRunsGet() {
        let response = Self.route("HEAD", "/accounts/9")

        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "account id=9")
    }

    @Test("HEAD route takes precedence when first")
    func explicitHead() {
        var router = Router()
        router.add("HEAD", "/file") { _, _ in .text("head") }
        router.get("/file") { _, _ in .text("get") }

        let response = router.handle(HTTPRequest(method: "HEAD", path: "/file"))

        #expect(String(decoding: response.body, as: UTF8.self) == "head")
    }

    @Test("HEAD without GET route gets 405")
    func headWithoutGet() {
        let response = Self.route("HEAD", "/settings")

        #expect(response.status == 405)
        #expect(response.headerValue("Allow") == "PUT")
    }

    @Test("first registered route wins")
    func registrationOrder() {
        var router = Router()
        router.get("/items/:name") { _, _ in .text("parameter") }
        router.get("/items/special") { _, _ in .text("literal") }

        let response = router.handle(HTTPRequest(method: "GET", path: "/items/special"))

        #expect(String(decoding: response.body, as: UTF8.self) == "parameter")
    }

    @Test("handler receives the request")
    func handlerReceivesRequest() {
        var router = Router()
        router.get("/search") { request, _ in .text(request.query["q"] ?? "none") }

        let response = router.handle(HTTPRequest(method: "GET", path: "/search", queryItems: [("q", "renewals")]))

        #expect(String(decoding: response.body, as: UTF8.self) == "renewals")
    }
}
