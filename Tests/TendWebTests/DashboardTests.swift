import Foundation
import TendCore
import TendHTTP
import Testing

@testable import TendWeb

@Suite("Dashboard pages")
struct DashboardPageTests {
    @Test("portfolio page lists every account with escaped names and status counts")
    func portfolio() throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/", [("year", "2013")])
        #expect(response.status == 200)
        let html = fixture.body(response)
        #expect(html.contains("Acme &lt;Corp&gt; &amp; Co"))
        #expect(!html.contains("Acme <Corp>"))
        #expect(html.contains("<h1>Portfolio health, 2013</h1>"))
        #expect(html.contains("data-status=\"healthy\"><strong>1</strong>"))
        #expect(html.contains("data-status=\"infected\"><strong>1</strong>"))
        #expect(html.contains("data-status=\"sick\"><strong>1</strong>"))
        #expect(html.contains("data-status=\"none\"><strong>1</strong>"))
        #expect(html.contains("4 of 4 accounts match."))
        // Sorted by score ascending: Borealis 3.2, Delta 6.0, Acme 10.0, then Cobalt without a score.
        let order = ["data-account=\"A2\"", "data-account=\"A4\"", "data-account=\"A1\"", "data-account=\"A3\""]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("portfolio shows the change against the previous year")
    func change() throws {
        let fixture = try DashboardFixture()
        let html = fixture.body(fixture.get("/", [("year", "2013"), ("status", "infected")]))
        // Delta: 6.0 in 2013 against 49/6 in 2012, a change of -13/6.
        #expect(
            html.contains(
                "<td class=\"num\">6.0</td><td><span class=\"badge infected\">Infected</span></td><td class=\"num\">-2.2</td>"
            ))
        #expect(html.contains("1 of 4 accounts match."))
    }

    @Test("portfolio without adoption keeps the choice in its links")
    func withoutAdoption() throws {
        let fixture = try DashboardFixture()
        let html = fixture.body(fixture.get("/", [("year", "2013"), ("adoption", "no"), ("status", "infected")]))
        #expect(
            html.contains("<h1>Portfolio health, 2013 <span class=\"muted\">without Adoption, of 15 points</span></h1>")
        )
        #expect(html.contains("<option value=\"no\" selected>Left out (15 points)</option>"))
        #expect(html.contains("<td class=\"num\">5.3</td>"))
        // Every sort header, status count and pager link carries the choice on.
        let links = html.components(separatedBy: "href=\"/?").dropFirst()
        #expect(links.count == 10)
        #expect(links.allSatisfy { $0.prefix(while: { $0 != "\"" }).contains("adoption=no") })
    }

    @Test("accounts without a score come last in both directions")
    func unscoredLast() throws {
        let fixture = try DashboardFixture()
        let value = try fixture.json(fixture.get("/api/portfolio", [("year", "2013"), ("order", "desc")]))
        let document = try #require(value as? [String: Any])
        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account_id"] as? String } == ["A1", "A4", "A2", "A3"])
    }

    @Test("filters by owner and segment, sorts and paginates")
    func filters() throws {
        let fixture = try DashboardFixture()
        let byOwner = fixture.body(fixture.get("/", [("year", "2013"), ("owner", "Eli Novak")]))
        #expect(byOwner.contains("2 of 4 accounts match."))
        let bySegment = fixture.body(
            fixture.get("/", [("year", "2013"), ("segment", "Enterprise"), ("sort", "name"), ("order", "desc")]))
        #expect(bySegment.contains("2 of 4 accounts match."))
        let delta = try #require(bySegment.range(of: "data-account=\"A4\""))
        let acme = try #require(bySegment.range(of: "data-account=\"A1\""))
        #expect(delta.lowerBound < acme.lowerBound)

        let paged = fixture.body(fixture.get("/", [("year", "2013"), ("per_page", "3"), ("page", "2")]))
        #expect(paged.contains("Page 2 of 2"))
        #expect(paged.contains("data-account=\"A3\""))
        #expect(!paged.contains("data-account=\"A2\""))
    }

    @Test("filters by status, unknown owner and search")
    func statusOwnerSearch() throws {
        let fixture = try DashboardFixture()
        func matches(_ query: [(String, String)]) -> String {
            let body = fixture.body(fixture.get("/", [("year", "2013")] + query))
            let counted = body.components(separatedBy: "<p class=\"muted\">").dropFirst().first
            return counted.map { String($0.prefix { $0 != "<" }) } ?? "no count"
        }

        #expect(matches([("status", "sick")]) == "1 of 4 accounts match.")
        #expect(matches([("status", "none")]) == "1 of 4 accounts match.")
        #expect(matches([("owner", "Nobody")]) == "0 of 4 accounts match.")
        #expect(matches([("segment", "Enterprise"), ("owner", "Eli Novak")]) == "1 of 4 accounts match.")
        #expect(matches([("q", "CORP")]) == "1 of 4 accounts match.")
        #expect(matches([("q", "a4")]) == "1 of 4 accounts match.")
    }

    @Test("search treats both accent spellings alike")
    func accentedSearch() throws {
        let fixture = try DashboardFixture()
        try fixture.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts-more.csv", expectedRows: 3)
            _ = try writer.upsert(Account(id: "A5", name: "Cafe\u{301} Noir", customerSince: nil))
            _ = try writer.upsert(Account(id: "A6", name: "Caf\u{e9} Blanc", customerSince: nil))
            _ = try writer.upsert(Account(id: "A7", name: "A;B Tools", customerSince: nil))
        }
        func matches(_ needle: String) -> [String] {
            let body = fixture.body(fixture.get("/", [("year", "2013"), ("q", needle)]))
            return ["A1", "A2", "A3", "A4", "A5", "A6", "A7"].filter { body.contains("data-account=\"\($0)\"") }
        }

        #expect(matches("caf\u{e9}") == ["A5", "A6"])
        #expect(matches("CAFE\u{301}") == ["A5", "A6"])
        #expect(matches("cafe") == [])
        // U+037E, the Greek question mark, is canonically a semicolon.
        #expect(matches("\u{37e}") == ["A7"])
    }

    @Test(
        "invalid query parameters get 400 with the value",
        arguments: [
            ("status", "bogus", "invalid status \"bogus\"; expected healthy, infected, sick or none"),
            ("sort", "height", "invalid sort \"height\"; expected score, name, change, owner, segment, loss"),
            ("page", "0", "invalid page \"0\"; expected a whole number from 1 to 1000000"),
            ("year", "20x3", "invalid year \"20x3\"; expected a year such as 2013"),
        ])
    func invalidQuery(name: String, value: String, message: String) throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/", [(name, value)])
        #expect(response.status == 400)
        #expect(fixture.body(response).contains(escapeHTML(message)))
    }

    @Test("account page shows measures, ranked actions and history")
    func account() throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/accounts/A4", [("year", "2013")])
        #expect(response.status == 200)
        let html = fixture.body(response)
        #expect(html.contains("<div class=\"score-big\">6.0</div>"))
        #expect(html.contains("18.00 of 30 points in 2013, coverage 30/30"))
        #expect(html.contains("<tr data-measure=\"integrations\"><td>Integrations</td><td class=\"num\">0.00</td>"))
        #expect(html.contains("not working: ERP (degraded)"))
        let actions = try #require(html.range(of: "<ol class=\"actions\" id=\"actions\">"))
        let upsell = try #require(html.range(of: "<strong>Upsell</strong>"))
        let integrations = try #require(html.range(of: "<strong>Integrations</strong>"))
        #expect(actions.lowerBound < upsell.lowerBound)
        #expect(upsell.lowerBound < integrations.lowerBound)
        #expect(html.contains("<td><a href=\"/accounts/A4?year=2012\">2012</a></td><td class=\"num\">8.2</td>"))
        #expect(html.contains("<svg class=\"trend\""))
    }

    @Test("a year without data gets 404")
    func yearWithoutData() throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/", [("year", "2030")])
        #expect(response.status == 404)
        #expect(fixture.body(response).contains("no dated data for 2030; years with data: 2012, 2013, 2014"))
    }

    @Test("unknown account gets 404")
    func unknownAccount() throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/accounts/NOPE", [("year", "2013")])
        #expect(response.status == 404)
        #expect(fixture.body(response).contains("account &quot;NOPE&quot; not found"))
    }

    @Test("unknown paths get 404 and wrong methods 405")
    func routing() throws {
        let fixture = try DashboardFixture()
        #expect(fixture.get("/nowhere").status == 404)
        let post = fixture.get("/", method: "POST")
        #expect(post.status == 405)
        #expect(post.headerValue("Allow") == "GET, HEAD")
        #expect(fixture.get("/healthz").status == 200)
        #expect(fixture.body(fixture.get("/healthz")) == "{\"status\":\"ok\"}")
        #expect(fixture.get("/static/tend.css").headerValue("Content-Type") == "text/css; charset=utf-8")
    }
}

@Suite("Dashboard JSON API")
struct DashboardAPITests {
    @Test("portfolio JSON with counts and rows")
    func portfolio() throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/api/portfolio", [("year", "2013"), ("sort", "name")])
        #expect(response.status == 200)
        #expect(response.headerValue("Content-Type")?.hasPrefix("application/json") == true)
        let document = try #require(try fixture.json(response) as? [String: Any])
        #expect(document["year"] as? Int == 2013)
        #expect(document["total"] as? Int == 4)
        #expect(document["counts"] as? [String: Int] == ["healthy": 1, "infected": 1, "sick": 1, "none": 1])
        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account_id"] as? String } == ["A1", "A2", "A3", "A4"])
        #expect(accounts[3]["change"] as? String == "-2.2")
        #expect(accounts[3]["largest_loss"] as? String == "upsell")
        #expect(accounts[3]["largest_loss_points"] as? String == "5.00")
        #expect(accounts[2]["score"] is NSNull)
    }

    @Test(
        "sorts both ways with accounts lacking the figure last and ties in account order",
        arguments: [
            ("score", "asc", ["A2", "A4", "A1", "A3"]), ("score", "desc", ["A1", "A4", "A2", "A3"]),
            ("change", "asc", ["A4", "A2", "A1", "A3"]), ("change", "desc", ["A1", "A2", "A4", "A3"]),
            ("name", "desc", ["A4", "A3", "A2", "A1"]),
        ])
    func sortOrders(sort: String, order: String, expected: [String]) throws {
        let fixture = try DashboardFixture()
        let response = fixture.get("/api/portfolio", [("year", "2013"), ("sort", sort), ("order", order)])
        let document = try #require(try fixture.json(response) as? [String: Any])
        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account_id"] as? String } == expected)
    }

    @Test("account JSON and history")
    func account() throws {
        let fixture = try DashboardFixture()
        let account = try #require(
            try fixture.json(fixture.get("/api/accounts/A2", [("year", "2013")])) as? [String: Any])
        #expect(account["score"] as? String == "3.2")
        #expect(account["points_exact"] as? String == "19/2")
        #expect((account["measures"] as? [Any])?.count == 14)

        let history = try #require(try fixture.json(fixture.get("/api/accounts/A4/history")) as? [[String: Any]])
        #expect(history.map { $0["year"] as? Int } == [2012, 2013, 2014])
        #expect(history.map { $0["score"] as? String } == ["8.2", "6.0", "4.3"])

        let missing = fixture.get("/api/accounts/NOPE/history")
        #expect(missing.status == 404)
        #expect(try fixture.json(missing) as? [String: String] == ["error": "account \"NOPE\" not found"])
    }

    @Test("scores without adoption")
    func withoutAdoption() throws {
        let fixture = try DashboardFixture()
        let value = try fixture.json(fixture.get("/api/accounts/A4", [("year", "2013"), ("adoption", "no")]))
        let account = try #require(value as? [String: Any])
        #expect(account["coverage"] as? String == "15/15")
        #expect(account["score"] as? String == "5.3")
    }

    @Test("years on record")
    func years() throws {
        let fixture = try DashboardFixture()
        let value = try #require(try fixture.json(fixture.get("/api/years")) as? [String: [Int]])
        #expect(value["years"] == [2012, 2013, 2014])
    }
}

@Suite("HTML helpers")
struct HTMLHelperTests {
    @Test("escapes markup characters")
    func escape() {
        #expect(escapeHTML("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test("percent-encodes query values")
    func encode() {
        #expect(percentEncode("Eli Novak & co/ü") == "Eli%20Novak%20%26%20co%2F%C3%BC")
    }
}
