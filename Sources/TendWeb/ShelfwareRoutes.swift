import Foundation
import TendCore
import TendHTTP
import TendStore

/// The shelf-ware pages, the forms that move findings, and their JSON API.
///
/// Pages: `/shelfware` (accounts ranked by unused value) and `/shelfware/findings/:id` (one finding with the form of
/// its next step). Forms post to `/shelfware/findings/:id/STEP` (identify, review, plan, propose, solve, dismiss)
/// and `/shelfware/causes`, and redirect with 303 on success. JSON: `/api/shelfware`,
/// `/api/shelfware/accounts/:id`, `/api/shelfware/findings` and `/api/shelfware/findings/:id`.
enum ShelfwareRoutes {
    /// Adds the routes when the store keeps shelf-ware; other stores get none.
    static func add(
        to router: inout Router, store: any Store, logger: Logger, clock: @escaping @Sendable () -> Timestamp
    ) {
        guard let store = store as? any ShelfwareStore else { return }
        router.get("/shelfware") { request, _ in
            guarded(request, logger: logger, json: false) {
                .html(ShelfwarePage(document: try ShelfwareBook.portfolioDocument(store: store)).render())
            }
        }
        router.get("/shelfware/findings/:id") { request, parameters in
            guarded(request, logger: logger, json: false) {
                let finding = try Self.finding(store: store, id: parameters["id"] ?? "")
                let name = try store.account(id: finding.accountID)?.name ?? finding.accountID
                let page = FindingPage(finding: finding, accountName: name, causes: try store.shelfwareCauses())
                return .html(page.render())
            }
        }
        router.post("/shelfware/findings/:id/:step") { request, parameters in
            guarded(request, logger: logger, json: false) {
                let id = parameters["id"] ?? ""
                let form = try FindingForm(step: parameters["step"] ?? "", fields: request.formValues())
                let moved: ShelfwareFinding?
                do {
                    moved = try store.moveFinding(
                        id: id, by: form.actor, at: clock(), note: form.note, event: form.event)
                } catch let error as WorkflowError {
                    logger.info("finding move rejected", ["finding": id, "code": error.code.rawValue])
                    throw WebError(status: 400, message: error.message)
                }
                guard moved != nil else { throw WebError(status: 404, message: "finding \"\(id)\" not found") }
                logger.info("finding moved", ["finding": id, "step": parameters["step"] ?? ""])
                return .redirect(to: "/shelfware/findings/\(percentEncode(id))")
            }
        }
        router.post("/shelfware/causes") { request, _ in
            guarded(request, logger: logger, json: false) {
                let fields = request.formValues()
                do {
                    _ = try store.addShelfwareCause(fields["cause"] ?? "")
                } catch let error as WorkflowError {
                    logger.info("shelf-ware cause rejected", ["code": error.code.rawValue])
                    throw WebError(status: 400, message: error.message)
                }
                let back = fields["finding"].map { "/shelfware/findings/\(percentEncode($0))" } ?? "/shelfware"
                return .redirect(to: back)
            }
        }
        addAPI(to: &router, store: store, logger: logger)
    }

    private static func addAPI(to router: inout Router, store: any ShelfwareStore, logger: Logger) {
        router.get("/api/shelfware") { request, _ in
            guarded(request, logger: logger, json: true) { try json(try ShelfwareBook.portfolioDocument(store: store)) }
        }
        router.get("/api/shelfware/accounts/:id") { request, parameters in
            guarded(request, logger: logger, json: true) {
                let id = parameters["id"] ?? ""
                guard try store.account(id: id) != nil else {
                    throw WebError(status: 404, message: "account \"\(id)\" not found")
                }
                guard let document = try ShelfwareBook.accountDocument(store: store, accountID: id) else {
                    throw WebError(status: 404, message: "account \"\(id)\" has no install base snapshot")
                }
                return try json(document)
            }
        }
        router.get("/api/shelfware/findings") { request, _ in
            guarded(request, logger: logger, json: true) {
                let accountID = request.query["account"].flatMap { $0.isEmpty ? nil : $0 }
                return try json(try store.findings(accountID: accountID).map(FindingDocument.init))
            }
        }
        router.get("/api/shelfware/findings/:id") { request, parameters in
            guarded(request, logger: logger, json: true) {
                try json(FindingDocument(try Self.finding(store: store, id: parameters["id"] ?? "")))
            }
        }
    }

    static func finding(store: any ShelfwareStore, id: String) throws -> ShelfwareFinding {
        guard let finding = try store.finding(id: id) else {
            throw WebError(status: 404, message: "finding \"\(id)\" not found")
        }
        return finding
    }

    static func json(_ value: some Encodable) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .json(Array(try encoder.encode(value)))
    }
}
