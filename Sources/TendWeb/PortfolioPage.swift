import TendCore

/// The portfolio page for the Chief Success Officer: every account of a year, filtered, sorted and paginated.
struct PortfolioPage {
    let portfolio: Portfolio
    let query: PortfolioQuery
    let years: [Int]

    func render() -> String {
        let year = portfolio.year
        let rows = query.matchingIndices(in: portfolio)
        let pageCount = max(1, (rows.count + query.perPage - 1) / query.perPage)
        let page = min(query.page, pageCount)
        let pageRows = query.page(page, of: rows, in: portfolio)

        let scope = portfolio.includesAdoption ? "" : " <span class=\"muted\">without Adoption, of 15 points</span>"
        var body = "<h1>Portfolio health, \(year)\(scope)</h1>\n"
        body += filterForm()
        body += statusCounts()
        body += "<p class=\"muted\">\(rows.count) of \(portfolio.entries.count) accounts match.</p>\n"
        body += "<table id=\"portfolio\">\n<thead><tr>"
        body += header("Account", .name) + header("Owner", .owner) + header("Segment", .segment)
        body += header("Score", .score, numeric: true) + "<th>Status</th>" + header("Change", .change, numeric: true)
        body += "<th class=\"num\" title=\"Stability, Maturity and Innovation points, of 15\">Success /15</th>"
        body += "<th class=\"num\" title=\"Adoption points, of 15\">Sales /15</th>" + header("Largest loss", .loss)
        body += "</tr></thead>\n<tbody>\n"
        for entry in pageRows { body += row(entry) }
        body += "</tbody></table>\n"
        body += pager(page: page, pageCount: pageCount)
        return pageHTML(title: "Portfolio \(year)", body: body)
    }

    private func filterForm() -> String {
        let owners = portfolio.owners
        let segments = portfolio.segments
        var form = "<form class=\"filters\" method=\"get\" action=\"/\">\n"
        form += select(
            "Year", "year", years.reversed().map { (String($0), String($0)) }, selected: String(portfolio.year))
        let statuses = [("", "All")] + HealthStatus.allCases.map { ($0.rawValue, $0.title) } + [("none", "No score")]
        form += select("Status", "status", statuses, selected: query.unscored ? "none" : query.status?.rawValue ?? "")
        form += select("Owner", "owner", [("", "All")] + owners.map { ($0, $0) }, selected: query.owner ?? "")
        form += select("Segment", "segment", [("", "All")] + segments.map { ($0, $0) }, selected: query.segment ?? "")
        let adoption = [("yes", "Included (30 points)"), ("no", "Left out (15 points)")]
        form += select("Adoption", "adoption", adoption, selected: query.includesAdoption ? "yes" : "no")
        form += "<label>Search<input type=\"search\" name=\"q\" value=\"\(escapeHTML(query.search ?? ""))\"></label>\n"
        form += "<input type=\"hidden\" name=\"sort\" value=\"\(query.sort.rawValue)\">"
        form += "<input type=\"hidden\" name=\"order\" value=\"\(query.descending ? "desc" : "asc")\">"
        form += "<button type=\"submit\">Show</button></form>\n"
        return form
    }

    private func select(_ label: String, _ name: String, _ options: [(String, String)], selected: String) -> String {
        var html = "<label>\(label)<select name=\"\(name)\">"
        for (value, title) in options {
            let mark = value == selected ? " selected" : ""
            html += "<option value=\"\(escapeHTML(value))\"\(mark)>\(escapeHTML(title))</option>"
        }
        return html + "</select></label>\n"
    }

    private func statusCounts() -> String {
        let counts = portfolio.statusCounts
        var html = "<div class=\"counts\" id=\"status-counts\">"
        for (key, title) in HealthStatus.allCases.map({ ($0.rawValue, $0.title) }) + [("none", "No score")] {
            let link = "/?" + query.queryString(year: portfolio.year, changing: ["status": key, "page": "1"])
            html += "<a href=\"\(escapeHTML(link))\" data-status=\"\(key)\"><strong>\(counts[key] ?? 0)</strong>"
            html += "\(statusBadge(HealthStatus(rawValue: key)).replacingOccurrences(of: "No score", with: title))</a>"
        }
        return html + "</div>\n"
    }

    private func header(_ title: String, _ key: PortfolioQuery.SortKey, numeric: Bool = false) -> String {
        let descending = query.sort == key ? !query.descending : (key == .loss || key == .change)
        let link =
            "/?"
            + query.queryString(
                year: portfolio.year,
                changing: ["sort": key.rawValue, "order": descending ? "desc" : "asc", "page": "1"])
        var arrow = ""
        if query.sort == key {
            arrow = query.descending ? " ▼" : " ▲"
        }
        return "<th\(numeric ? " class=\"num\"" : "")><a href=\"\(escapeHTML(link))\">\(title)\(arrow)</a></th>"
    }

    private func row(_ entry: PortfolioEntry) -> String {
        let account = entry.account
        let link = "/accounts/\(percentEncode(account.id))?year=\(portfolio.year)"
        let loss = entry.largestLoss.map {
            "\($0.title) <span class=\"lost\">-\(entry.largestLossPoints.formatted(places: 2))</span>"
        }
        var html = "<tr class=\"\(entry.status?.rawValue ?? "none")\" data-account=\"\(escapeHTML(account.id))\">"
        html += "<td><a href=\"\(escapeHTML(link))\">\(escapeHTML(account.name))</a>"
        html += " <span class=\"muted\">\(escapeHTML(account.id))</span></td>"
        html += "<td>\(escapeHTML(account.owner))</td><td>\(escapeHTML(account.segment))</td>"
        html += "<td class=\"num\">\(entry.displayScore ?? "–")\(coverageNote(entry))</td>"
        html += "<td>\(statusBadge(entry.status))</td>"
        html += "<td class=\"num\">\(changeText(entry.change))</td>"
        let scored = entry.score != nil
        html += "<td class=\"num\">\(scored ? entry.deliveryPoints.formatted(places: 1) : "–")</td>"
        let adoption = scored && portfolio.includesAdoption ? entry.adoptionPoints.formatted(places: 1) : "–"
        html += "<td class=\"num\">\(adoption)</td>"
        html += "<td>\(entry.reason.map { "<span class=\"muted\">\(escapeHTML($0))</span>" } ?? loss ?? "")</td></tr>\n"
        return html
    }

    /// Formats the coverage beside a score computed on fewer than all measures, so a manager reads it with care.
    private func coverageNote(_ entry: PortfolioEntry) -> String {
        guard entry.score != nil, !entry.hasFullCoverage else { return "" }
        let title = "points assessed of the full maximum"
        return "<br><span class=\"muted coverage\" title=\"\(title)\">\(entry.coverage)</span>"
    }

    private func pager(page: Int, pageCount: Int) -> String {
        var html = "<div class=\"pager\">"
        if page > 1 {
            let link = "/?" + query.queryString(year: portfolio.year, changing: ["page": String(page - 1)])
            html += "<a href=\"\(escapeHTML(link))\" rel=\"prev\">Previous</a>"
        }
        html += "<span>Page \(page) of \(pageCount)</span>"
        if page < pageCount {
            let link = "/?" + query.queryString(year: portfolio.year, changing: ["page": String(page + 1)])
            html += "<a href=\"\(escapeHTML(link))\" rel=\"next\">Next</a>"
        }
        return html + "</div>\n"
    }
}
