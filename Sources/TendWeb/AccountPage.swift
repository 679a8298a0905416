import TendCore

/// An account's score for one year and every year on record.
struct AccountHistory: Sendable {
    let year: Int
    let score: HealthScore
}

/// The account page: categories and measures with inputs and losses, ranked corrective actions, and history.
struct AccountPage {
    let account: Account
    let score: HealthScore
    let history: [AccountHistory]
    /// HTML appended after the measures, already escaped, such as the account's support KPIs.
    var supportSection = ""

    func render() -> String {
        var body = "<p><a href=\"/?year=\(score.year)\">← Portfolio \(score.year)</a></p>\n"
        body += "<h1>\(escapeHTML(account.name)) <span class=\"muted\">\(escapeHTML(account.id))</span></h1>\n"
        body += "<div class=\"grid\">\n" + summaryCard() + historyCard() + "</div>\n"
        body += actions()
        body += measures()
        body += supportSection
        return pageHTML(title: account.name, body: body)
    }

    private func summaryCard() -> String {
        var html = "<div class=\"card\" id=\"summary\">"
        if let display = score.displayScore {
            html += "<div class=\"score-big\">\(display)</div> \(statusBadge(score.status))"
            html += "<p>\(score.points.formatted(places: 2)) of \(score.maxPoints) points in \(score.year), "
            html += "coverage \(score.coverage)</p>"
        } else {
            html += "\(statusBadge(nil))<p>\(escapeHTML(score.reason ?? ""))</p>"
        }
        html += "<p class=\"muted\">Owner \(escapeHTML(account.owner.isEmpty ? "unassigned" : account.owner))"
        if !account.segment.isEmpty { html += " · \(escapeHTML(account.segment))" }
        if !account.region.isEmpty { html += " · \(escapeHTML(account.region))" }
        if let since = score.customerSince {
            html += " · customer since \(since)\(score.customerSinceInferred ? " (inferred from the first case)" : "")"
        }
        return html + "</p></div>\n"
    }

    private func historyCard() -> String {
        var html = "<div class=\"card\" id=\"history\"><strong>Score by year</strong>"
        html += sparkline(history.map { ($0.year, $0.score.score) })
        html += "<table><thead><tr><th>Year</th><th class=\"num\">Score</th><th>Status</th></tr></thead><tbody>"
        for entry in history.reversed() {
            let link = "/accounts/\(percentEncode(account.id))?year=\(entry.year)"
            html += "<tr><td><a href=\"\(escapeHTML(link))\">\(entry.year)</a></td>"
            html +=
                "<td class=\"num\">\(entry.score.displayScore ?? "–")</td><td>\(statusBadge(entry.score.status))</td></tr>"
        }
        return html + "</tbody></table></div>\n"
    }

    private func actions() -> String {
        let losses = score.losses
        var html = "<h2>Corrective actions, largest loss first</h2>\n"
        guard !losses.isEmpty else { return html + "<p>No points lost.</p>\n" }
        html += "<ol class=\"actions\" id=\"actions\">"
        for measure in losses {
            html +=
                "<li><strong>\(measure.id.title)</strong> <span class=\"lost\">-\(measure.lost.formatted(places: 2))"
            html += "</span>: \(escapeHTML(measure.recovery ?? ""))</li>"
        }
        return html + "</ol>\n"
    }

    private func measures() -> String {
        var html = ""
        for category in Category.allCases {
            let results = score.measures.filter { $0.category == category }
            guard !results.isEmpty else { continue }
            let subtotal = score.subtotal(category)
            html += "<h2>\(category.title) <span class=\"muted\">\(subtotal.points.formatted(places: 2)) of "
            html += "\(subtotal.maxPoints)</span></h2>\n"
            html += "<table class=\"measures\"><thead><tr><th>Measure</th><th class=\"num\">Points</th>"
            html += "<th class=\"num\">Max</th><th class=\"num\">Lost</th><th>Inputs</th></tr></thead><tbody>\n"
            for measure in results {
                html += "<tr data-measure=\"\(measure.id.rawValue)\"><td>\(measure.id.title)</td>"
                if measure.assessed {
                    html += "<td class=\"num\">\(measure.points.formatted(places: 2))</td>"
                    html += "<td class=\"num\">\(measure.id.maxPoints)</td>"
                    let lost = measure.lost
                    html +=
                        "<td class=\"num\">\(lost > .zero ? "<span class=\"lost\">-\(lost.formatted(places: 2))</span>" : "")</td>"
                } else {
                    html += "<td class=\"num muted\" colspan=\"3\">not assessed</td>"
                }
                var inputs = measure.inputs.map { "\(escapeHTML($0.name)): \(escapeHTML($0.value))" }
                if let reason = measure.notAssessedReason { inputs.append(escapeHTML(reason)) }
                html += "<td>\(inputs.joined(separator: "<br>"))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        return html
    }
}
