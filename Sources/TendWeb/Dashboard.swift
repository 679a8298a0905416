import Foundation
import TendCore
import TendHTTP
import TendStore

/// The executive dashboard and its JSON API, as one HTTP handler over a store.
///
/// Pages: `/` (portfolio) and `/accounts/:id` (one account). JSON: `/api/years`, `/api/portfolio`,
/// `/api/accounts/:id` and `/api/accounts/:id/history`; `/healthz` for monitors. Every page and API call
/// takes `year` (default: the latest year with dated data) and `adoption=no` to score without Adoption;
/// the portfolio takes the filters of `PortfolioQuery`. `ShelfwareRoutes` adds the shelf-ware pages, forms and API.
public final class Dashboard: Sendable {
    let store: any Store
    let logger: Logger
    let cache: PortfolioCache
    private let router: Router

    public init(store: any Store, logger: Logger) {
        self.store = store
        self.logger = logger
        self.cache = PortfolioCache(store: store)
        var router = Router()
        Self.addRoutes(to: &router, store: store, cache: cache, logger: logger)
        self.router = router
    }

    /// Handles one request; pass this method as the handler of `HTTPServer`.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        router.handle(request)
    }

    private static func addRoutes(to router: inout Router, store: any Store, cache: PortfolioCache, logger: Logger) {
        let pages = Pages(store: store, cache: cache)
        router.get("/healthz") { _, _ in .json(Array("{\"status\":\"ok\"}".utf8)) }
        router.get("/static/tend.css") { _, _ in
            var response = HTTPResponse.text(stylesheet)
            response.headers.removeAll { $0.0.lowercased() == "content-type" }
            response.headers.append(("Content-Type", "text/css; charset=utf-8"))
            response.headers.append(("Cache-Control", "max-age=3600"))
            return response
        }
        router.get("/") { request, _ in
            guarded(request, logger: logger, json: false) { try pages.portfolio(request) }
        }
        router.get("/accounts/:id") { request, parameters in
            guarded(request, logger: logger, json: false) { try pages.account(request, id: parameters["id"] ?? "") }
        }
        router.get("/api/years") { request, _ in
            guarded(request, logger: logger, json: true) { try pages.yearsJSON() }
        }
        router.get("/api/portfolio") { request, _ in
            guarded(request, logger: logger, json: true) { try pages.portfolioJSON(request) }
        }
        router.get("/api/accounts/:id") { request, parameters in
            guarded(request, logger: logger, json: true) { try pages.accountJSON(request, id: parameters["id"] ?? "") }
        }
        router.get("/api/accounts/:id/history") { request, parameters in
            guarded(request, logger: logger, json: true) { try pages.historyJSON(request, id: parameters["id"] ?? "") }
        }
        ShelfwareRoutes.add(to: &router, store: store, logger: logger, clock: SystemClock.now)
        addSupportRoutes(to: &router, store: store, logger: logger)
    }
}

/// A request the dashboard rejects with a status and a message, such as an unknown account (404).
struct WebError: Error {
    let status: Int
    let message: String
}

/// Runs `body`, turning a `WebError` or `QueryError` into its status and any other error into a logged 500.
func guarded(_ request: HTTPRequest, logger: Logger, json: Bool, _ body: () throws -> HTTPResponse) -> HTTPResponse {
    let status: Int
    let message: String
    do {
        return try body()
    } catch let error as WebError {
        (status, message) = (error.status, error.message)
    } catch let error as QueryError {
        (status, message) = (400, error.description)
    } catch {
        logger.error("request failed", ["method": request.method, "path": request.path, "error": "\(error)"])
        (status, message) = (500, "internal error; the server log has the details")
    }
    if json {
        let text = (try? JSONEncoder().encode(["error": message])).map { Array($0) } ?? Array("{}".utf8)
        return .json(text, status: status)
    }
    let body =
        "<h1>\(status == 404 ? "Not found" : "Cannot show this page")</h1>"
        + "<p class=\"error\">\(escapeHTML(message))</p><p><a href=\"/\">Back to the portfolio</a></p>"
    return .html(pageHTML(title: "Error", body: body), status: status)
}
