import Foundation
import TendHTTP
import TendImport
import TendSQLite
import TendTestSupport
import Testing

@testable import TendWeb

/// A dashboard over `SupportSample`'s cases, plus an open case whose id needs escaping.
struct SupportDashboard {
    let directory: TemporaryDirectory
    let dashboard: Dashboard

    init() throws {
        directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("tend.sqlite"))
        let accounts = try directory.write("accounts.csv", SupportSample.accountsCSV).path
        let cases = SupportSample.casesCSV + "<C6>,A2,Portal,4,2013-04-03T08:00:00Z,,,,\n"
        let casesPath = try directory.write("cases.csv", cases).path
        let options = ImportOptions(timeZone: TimeZone(identifier: "UTC")!, progress: nil)  // UTC always exists.
        _ = try Importer(store: store, options: options).importPaths([accounts, casesPath])
        dashboard = Dashboard(store: store, logger: Logger(minimumLevel: .error, sink: { _ in }))
    }

    static let march = [("from", "2013-03-01"), ("to", "2013-03-31"), ("now", "2013-04-01")]

    func get(_ path: String, _ query: [(String, String)] = []) -> HTTPResponse {
        dashboard.handle(HTTPRequest(method: "GET", path: path, queryItems: query.map { (name: $0.0, value: $0.1) }))
    }

    func post(_ path: String, _ form: String) -> HTTPResponse {
        dashboard.handle(
            HTTPRequest(
                method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array(form.utf8)))
    }

    func body(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }
}

@Suite("Support pages")
struct SupportPageTests {
    /// MTTR of 2, 24 and 6 h; TTFC of 0.5, 4 and 10 h (C4 is left out); ACLT of 24, 48 and 24 h.
    @Test("the four KPIs of March")
    func kpis() throws {
        let fixture = try SupportDashboard()
        let response = fixture.get("/support", SupportDashboard.march)
        #expect(response.status == 200)
        let html = fixture.body(response)
        #expect(html.contains("<p>10.7 / 6.0 / 24.0 (n=3)</p>"))
        #expect(html.contains("<p>4.8 / 4.0 / 10.0 (n=3)<br>target met: 66.7 % of 3</p>"))
        #expect(html.contains("<p>32.0 / 24.0 / 48.0 (n=3)</p>"))
        #expect(html.contains("<p>50.0 % of 2</p>"))
        #expect(html.contains("4 opened, 1 open, 0 reopened (0 reopenings), 1 with timestamps out of order"))
        #expect(html.contains("<li>case C4: first contact before opening; left out of ttfc, firstContactTargetShare"))
        #expect(
            html.contains(
                "<tr><td>severity 2</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                    + "<td>24.0 / 24.0 / 24.0 (n=1)</td><td>4.0 / 4.0 / 4.0 (n=1)</td><td>100.0 % of 1</td>"
                    + "<td>100.0 % of 1</td><td>48.0 / 48.0 / 48.0 (n=1)</td><td>0.0 % of 1</td></tr>"))
        #expect(html.contains("<tr><td>2013-Q1</td><td class=\"num\">4</td>"))
    }

    @Test("trends draw a chart and escape case ids")
    func trendsAndEscaping() throws {
        let fixture = try SupportDashboard()
        let html = fixture.body(fixture.get("/support", [("from", "2013-03-01"), ("to", "2013-04-30")]))
        #expect(html.contains("<svg class=\"trend\""))
        #expect(html.contains("<tr><td>2013-04</td><td class=\"num\">2</td>"))
        #expect(html.contains("<td>&lt;C6&gt;</td>"))
        #expect(!html.contains("<C6>"))
    }

    @Test("JSON per severity")
    func json() throws {
        let fixture = try SupportDashboard()
        let response = fixture.get("/api/support", SupportDashboard.march + [("by", "severity")])
        #expect(response.status == 200)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["severity 1", "severity 2", "severity 3"])
        let restore = try #require(groups[2]["restore_target"] as? [String: Any])
        #expect(restore["missed"] as? Int == 1)
        #expect(restore["met"] as? Int == 0)
    }

    static let invalidQueries: [(String, String, String)] = [
        ("from", "March", "invalid from \"March\"; expected a date as YYYY-MM-DD"),
        (
            "by", "colour",
            "invalid by \"colour\"; expected portfolio, severity, account, product, month, quarter or severity-month"
        ),
        ("time_zone", "Mars/Base", "invalid time_zone \"Mars/Base\"; expected an IANA time zone such as Europe/Rome"),
        ("policy", "gold", "SLA policy \"gold\" not found; stored policies: none"),
    ]

    @Test("invalid parameters get 400 with the value", arguments: invalidQueries)
    func invalidQuery(name: String, value: String, message: String) throws {
        let fixture = try SupportDashboard()
        let response = fixture.get("/api/support", [(name, value)])
        #expect(response.status == 400)
        let document = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: String]
        #expect(document?["error"] == message)
    }

    static let rossForm =
        "service_start=2013-04-01&months=1&cost_per_downtime_hour=1000&sales_before=10000&sales_after=12500"
        + "&man_hours_saved=10&man_hour_rate=50&price=2500"

    @Test("the ROSS form redirects to its result")
    func rossForm() throws {
        let fixture = try SupportDashboard()
        let posted = fixture.post("/support/ross", Self.rossForm + "&account=")
        #expect(posted.status == 303)
        let location = try #require(posted.headers.first { $0.0 == "Location" }?.1)
        #expect(location == "/support/ross?" + Self.rossForm)

        let items = location.split(separator: "?")[1].split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        }
        let html = fixture.body(fixture.get("/support/ross", items))
        #expect(html.contains("<tr><th>Return value</th><td class=\"num\">5000.00</td></tr>"))
        #expect(html.contains("<tr><th>ROSS</th><td class=\"num\">2.0000</td></tr>"))
        #expect(html.contains("<tr><th>Payback</th><td class=\"num\">0.50 months</td></tr>"))

        let json = fixture.get("/api/support/ross", items)
        let document = try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any]
        #expect(document?["ross_exact"] as? String == "2")
    }

    @Test("an invalid ROSS form gets 400 with the message")
    func invalidROSSForm() throws {
        let fixture = try SupportDashboard()
        let response = fixture.post(
            "/support/ross", Self.rossForm.replacingOccurrences(of: "price=2500", with: "price=0"))
        #expect(response.status == 400)
        #expect(fixture.body(response).contains("invalid service price 0.00; expected a positive amount"))
        let missing = fixture.post("/support/ross", "months=2")
        #expect(missing.status == 400)
        #expect(fixture.body(missing).contains("missing service_start; expected a date as YYYY-MM-DD"))
    }

    @Test("the account page has a support section")
    func accountSection() throws {
        let fixture = try SupportDashboard()
        let html = fixture.body(fixture.get("/accounts/A1", [("year", "2013")]))
        #expect(html.contains("<h2 id=\"support\">Support in 2013</h2>"))
        #expect(html.contains("<tr><td>severity 1</td><td class=\"num\">1</td>"))

        let json = fixture.get("/api/accounts/A1/support", SupportDashboard.march)
        let document = try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any]
        let groups = document?["groups"] as? [[String: Any]]
        #expect(groups?.map { $0["cases"] as? Int } == [1, 1])
        #expect(fixture.get("/api/accounts/A9/support").status == 404)
    }
}
