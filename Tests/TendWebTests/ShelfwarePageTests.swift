import Foundation
import TendHTTP
import TendWeb
import Testing

/// The shelf-ware pages, the forms that move a finding, and the shelf-ware API, over the sample portfolio.
///
/// The sample's only shelf-ware is A2's Ledger: 5 of 20 licences in use at 100 each, so finding F-1 has 15 unused
/// licences worth 1500.00, 75 % of A2's install base value.
@Suite("Shelf-ware pages")
struct ShelfwarePageTests {
    let fixture: DashboardFixture

    init() throws {
        fixture = try DashboardFixture()
    }

    func post(_ path: String, _ form: String) -> HTTPResponse {
        fixture.dashboard.handle(
            HTTPRequest(
                method: "POST", path: path,
                headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded")], body: Array(form.utf8)))
    }

    func step(_ id: String = "F-1") throws -> String? {
        let document = try fixture.json(fixture.get("/api/shelfware/findings/\(id)")) as? [String: Any]
        return document?["step"] as? String
    }

    func utilisationPoints() throws -> String? {
        let document = try fixture.json(fixture.get("/api/accounts/A2", [("year", "2013")])) as? [String: Any]
        let measures = document?["measures"] as? [[String: Any]]
        return measures?.first { $0["id"] as? String == "utilisation" }?["points"] as? String
    }

    static let moves: [(String, String)] = [
        ("identify", "cause=no+training&by=ana"),
        ("review", "date=2099-01-10&participants=ana%2C+Lee&by=ana"),
        ("plan", "action=train+users&owner=ana&due=2099-02-01&by=ana"),
        ("propose", "solution=training&value=1500&by=ana&note=agreed"),
        ("solve", "by=ana"),
    ]

    @Test("portfolio page shows the total and flags A2")
    func portfolioPage() {
        let response = fixture.get("/shelfware")
        #expect(response.status == 200)
        let body = fixture.body(response)
        #expect(body.contains("<strong>1500.00</strong>total unrecognised value"))
        #expect(body.contains("<strong>1</strong>accounts above 25 %"))
        #expect(body.contains("<tr class=\"flagged\" data-account=\"A2\">"))
        #expect(body.contains("<a href=\"/shelfware/findings/F-1\">Ledger</a>"))
    }

    @Test("portfolio API ranks flagged accounts first")
    func portfolioAPI() throws {
        let document = try #require(try fixture.json(fixture.get("/api/shelfware")) as? [String: Any])
        #expect(document["total_unused_value"] as? String == "1500.00")
        #expect(document["flagged_accounts"] as? Int == 1)
        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account_id"] as? String } == ["A2", "A1", "A4"])
        #expect(accounts.first?["unused_share"] as? String == "75.0")
    }

    @Test("each form moves the finding one step and solving recovers the point")
    func everyStep() throws {
        #expect(try utilisationPoints() == "0.00")
        let steps = ["identify", "review", "plan", "propose", "solved"]
        for ((action, form), expected) in zip(Self.moves, steps) {
            let response = post("/shelfware/findings/F-1/\(action)", form)
            #expect(response.status == 303, "\(action): \(fixture.body(response))")
            #expect(response.headerValue("Location") == "/shelfware/findings/F-1")
            #expect(try step() == expected)
        }
        #expect(try utilisationPoints() == "1.00")
        let page = fixture.body(fixture.get("/shelfware/findings/F-1"))
        #expect(page.contains("<dt>Proposal</dt><dd>training, recovers 1500.00</dd>"))
        #expect(page.contains("<td>ana</td><td>Propose → Solved</td>"))
    }

    @Test(
        "invalid forms answer with the status and the message",
        arguments: [
            (
                "review", "date=2099-01-10&participants=ana&by=ana", 400,
                "finding F-1 is at Track; the next step is Identify, not Review"
            ),
            (
                "solve", "by=ana", 400,
                "finding F-1 is at Track and can be solved only after Propose; the next step is Identify"
            ),
            ("identify", "cause=no+training", 400, "missing field by; name who makes the move"),
            (
                "review", "date=31.01.2099&by=ana", 400,
                "invalid date &quot;31.01.2099&quot; in field date; give a date such as 2024-03-31"
            ),
            ("dismiss", "reason=+&by=ana", 400, "finding F-1 cannot be dismissed without a reason; give one"),
            ("fly", "by=ana", 404, "unknown step &quot;fly&quot;"),
        ])
    func invalidForms(action: String, form: String, status: Int, message: String) throws {
        let response = post("/shelfware/findings/F-1/\(action)", form)
        #expect(response.status == status)
        #expect(fixture.body(response).contains(message))
        #expect(try step() == "track")
    }

    @Test("a dismissed finding rejects further moves")
    func dismissed() throws {
        #expect(post("/shelfware/findings/F-1/dismiss", "reason=kept+for+a+merger&by=ana").status == 303)
        let response = post("/shelfware/findings/F-1/identify", "cause=no+training&by=ana")
        #expect(response.status == 400)
        #expect(fixture.body(response).contains("finding F-1 is dismissed and cannot move to Identify"))
        #expect(fixture.body(fixture.get("/shelfware/findings/F-1")).contains("<p id=\"closed\">"))
    }

    @Test("unknown finding is 404 on page, form and API")
    func unknownFinding() {
        #expect(fixture.get("/shelfware/findings/F-9").status == 404)
        #expect(post("/shelfware/findings/F-9/solve", "by=ana").status == 404)
        #expect(fixture.get("/api/shelfware/findings/F-9").status == 404)
    }

    @Test("added cause appears in the Identify form")
    func addCause() {
        let response = post("/shelfware/causes", "cause=licence+%3Caudit%3E&finding=F-1")
        #expect(response.status == 303)
        #expect(response.headerValue("Location") == "/shelfware/findings/F-1")
        #expect(fixture.body(fixture.get("/shelfware/findings/F-1")).contains("<option>licence &lt;audit&gt;</option>"))
        let duplicate = post("/shelfware/causes", "cause=No+Training")
        #expect(duplicate.status == 400)
        #expect(fixture.body(duplicate).contains("is already in the list"))
    }

    @Test("account page has the shelf-ware section")
    func accountSection() {
        let body = fixture.body(fixture.get("/accounts/A2", [("year", "2013")]))
        #expect(body.contains("<h2 id=\"shelfware\">Shelf-ware"))
        #expect(
            body.contains("<p>Unused value 1500.00 (75.0 % of 2000.00) <span class=\"badge sick\">above 25 %</span>"))
        #expect(body.contains("<a href=\"/shelfware/findings/F-1\">F-1</a> Track"))
    }

    @Test("account and findings API")
    func accountAPI() throws {
        let account = try #require(try fixture.json(fixture.get("/api/shelfware/accounts/A2")) as? [String: Any])
        #expect(account["unused_value"] as? String == "1500.00")
        #expect(fixture.get("/api/shelfware/accounts/NOPE").status == 404)
        let findings = try #require(
            try fixture.json(fixture.get("/api/shelfware/findings", [("account", "A2")])) as? [[String: Any]])
        #expect(findings.map { $0["id"] as? String } == ["F-1"])
        #expect(findings.first?["counts_as_shelfware"] as? Bool == true)
    }
}
