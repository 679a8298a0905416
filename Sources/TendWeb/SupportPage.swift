import TendCore
import TendStore

/// The support page: the four KPIs of the period, SLA attainment per severity, monthly and quarterly trends, open
/// cases and cases left out of figures.
struct SupportPage {
    let query: SupportQuery
    let portfolio: SupportOverview
    let bySeverity: SupportOverview
    let byMonth: SupportOverview
    let byQuarter: SupportOverview

    func render() -> String {
        var body = "<h1>Support KPIs <span class=\"muted\">cases opened \(query.from) to \(query.to)</span></h1>\n"
        body += filterForm()
        body += "<p class=\"muted\">SLA policy \(escapeHTML(portfolio.policy.name)); hours are calendar hours; "
        body += "open cases aged at \(portfolio.report.now). "
        body += "<a href=\"/api/support?\(escapeHTML(query.parameters))\">JSON</a> · "
        body += "<a href=\"/support/ross\">Return on support service</a></p>\n"
        guard let group = portfolio.report.groups.first else {
            return pageHTML(title: "Support", body: body + "<p>No case was opened in this period.</p>")
        }
        body += kpiCards(group)
        body += "<h2>SLA attainment per severity</h2>\n" + supportGroupTable(bySeverity)
        body += "<h2>Monthly trend</h2>\n" + trend(byMonth)
        body += "<h2>Quarterly trend</h2>\n" + trend(byQuarter)
        body += openCases(group) + anomalies(group)
        return pageHTML(title: "Support", body: body)
    }

    private func filterForm() -> String {
        var html = "<form class=\"filters\" method=\"get\" action=\"/support\">"
        html += "<label>From <input name=\"from\" value=\"\(query.from)\"></label>"
        html += "<label>To <input name=\"to\" value=\"\(query.to)\"></label>"
        html += "<label>Time zone <input name=\"time_zone\" value=\"\(escapeHTML(query.zone.identifier))\"></label>"
        html += "<label>SLA policy <input name=\"policy\" value=\"\(escapeHTML(query.policyName ?? ""))\"></label>"
        return html + "<button type=\"submit\">Show</button></form>\n"
    }

    private func kpiCards(_ group: SupportKPIGroup) -> String {
        var html = "<div class=\"grid\" id=\"kpis\">"
        html += card("mttr", "MTTR, mean time to restore", statisticsText(group.mttr))
        html += card(
            "ttfc", "TTFC, time to first contact",
            statisticsText(group.ttfc) + "<br>target met: " + shareText(group.firstContactTarget))
        html += card("aclt", "ACLT, average case life time", statisticsText(group.aclt))
        html += card("rca", "RCA coverage, severity 1 and 2", rcaText(group.rcaCoverage))
        html += card(
            "cases", "Cases",
            "\(group.caseCount) opened, \(group.openCount) open, \(group.reopenedCaseCount) reopened "
                + "(\(group.totalReopenings) reopenings), \(Set(group.anomalies.map(\.caseID)).count) with "
                + "timestamps out of order")
        return html + "</div>\n"
    }

    private func card(_ id: String, _ title: String, _ content: String) -> String {
        "<div class=\"card\" id=\"kpi-\(id)\"><strong>\(title)</strong><p>\(content)</p></div>"
    }

    private func trend(_ overview: SupportOverview) -> String {
        let points = overview.report.groups.map { group in
            (label: group.key.description, mean: group.mttr?.mean.doubleValue, median: group.mttr?.median.doubleValue)
        }
        var html = "<p class=\"muted\">MTTR hours: mean in blue, median in orange.</p>"
        html += supportTrendChart(points)
        return html + supportGroupTable(overview)
    }

    private func openCases(_ group: SupportKPIGroup) -> String {
        guard !group.openCases.isEmpty else { return "" }
        var html = "<h2>Open cases</h2>\n<table id=\"open-cases\"><thead><tr><th>Case</th><th class=\"num\">Severity"
        html += "</th><th>Opened</th><th class=\"num\">Age h</th><th>Restored</th></tr></thead><tbody>"
        for openCase in group.openCases {
            html += "<tr><td>\(escapeHTML(openCase.id))</td><td class=\"num\">\(openCase.severity)</td>"
            html += "<td>\(openCase.openedAt)</td><td class=\"num\">\(openCase.ageHours?.formatted(places: 1) ?? "–")"
            html += "</td><td>\(openCase.restored ? "yes" : "no")</td></tr>"
        }
        return html + "</tbody></table>\n"
    }

    private func anomalies(_ group: SupportKPIGroup) -> String {
        guard !group.anomalies.isEmpty else { return "" }
        var html = "<h2>Cases left out of some figures</h2>\n<ul id=\"anomalies\">"
        for anomaly in group.anomalies { html += "<li>\(escapeHTML(anomaly.description))</li>" }
        return html + "</ul>\n"
    }
}

/// A table of the KPIs of each group of `overview`, one row a group.
func supportGroupTable(_ overview: SupportOverview) -> String {
    var html = "<table class=\"support\"><thead><tr><th>Group</th><th class=\"num\">Cases</th><th class=\"num\">Open"
    html += "</th><th class=\"num\">Reopened</th><th>MTTR h mean / median / p90</th><th>TTFC h mean / median / p90"
    html += "</th><th>First contact met</th><th>Restore met</th><th>ACLT h mean / median / p90</th>"
    html += "<th>RCA</th></tr></thead><tbody>"
    for group in overview.report.groups {
        html += "<tr><td>\(escapeHTML(group.key.description))</td><td class=\"num\">\(group.caseCount)</td>"
        html += "<td class=\"num\">\(group.openCount)</td><td class=\"num\">\(group.reopenedCaseCount)</td>"
        html += "<td>\(statisticsText(group.mttr))</td><td>\(statisticsText(group.ttfc))</td>"
        html += "<td>\(shareText(group.firstContactTarget))</td>"
        html += "<td>\(shareText(overview.restoreTargets[group.key] ?? .empty))</td>"
        html += "<td>\(statisticsText(group.aclt))</td><td>\(rcaText(group.rcaCoverage))</td></tr>"
    }
    return html + "</tbody></table>\n"
}

/// Such as `12.5 / 4.0 / 30.2 (n=14)`, or a dash when no case has the figure.
func statisticsText(_ statistics: DurationStatistics?) -> String {
    guard let statistics else { return "–" }
    let values = [statistics.mean, statistics.median, statistics.percentile90].map { $0.formatted(places: 1) }
    return values.joined(separator: " / ") + " (n=\(statistics.count))"
}

/// Such as `75.0 % of 8 (1 pending)`, or a dash when no case is decided.
func shareText(_ target: TargetShare) -> String {
    let pending = target.pending > 0 ? " (\(target.pending) pending)" : ""
    guard let share = target.share else { return "–" + pending }
    return "\((share * Rational(100)).formatted(places: 1)) % of \(target.met + target.missed)" + pending
}

/// Such as `50.0 % of 4 (1 unknown)`, or a dash without severity 1 and 2 cases.
func rcaText(_ coverage: RCACoverage) -> String {
    guard let share = coverage.share else { return "–" }
    let total = coverage.done + coverage.notDone + coverage.unknown
    let unknown = coverage.unknown > 0 ? " (\(coverage.unknown) unknown)" : ""
    return "\((share * Rational(100)).formatted(places: 1)) % of \(total)" + unknown
}
