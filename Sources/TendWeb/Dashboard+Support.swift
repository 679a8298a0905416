import TendHTTP
import TendStore

extension Dashboard {
    /// Adds `/support`, `/support/ross` (GET and POST), `/api/support`, `/api/support/ross` and
    /// `/api/accounts/:id/support`.
    static func addSupportRoutes(to router: inout Router, store: any Store, logger: Logger) {
        let support = SupportPages(store: store)
        router.get("/support") { request, _ in
            guarded(request, logger: logger, json: false) { try support.page(request) }
        }
        router.get("/support/ross") { request, _ in
            guarded(request, logger: logger, json: false) { try support.rossPage(request) }
        }
        router.post("/support/ross") { request, _ in
            guarded(request, logger: logger, json: false) { try support.rossPost(request) }
        }
        router.get("/api/support") { request, _ in
            guarded(request, logger: logger, json: true) { try support.json(request) }
        }
        router.get("/api/support/ross") { request, _ in
            guarded(request, logger: logger, json: true) { try support.rossJSON(request) }
        }
        router.get("/api/accounts/:id/support") { request, parameters in
            guarded(request, logger: logger, json: true) {
                try support.accountJSON(request, id: parameters["id"] ?? "")
            }
        }
    }
}
