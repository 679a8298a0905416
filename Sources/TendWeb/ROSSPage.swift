import TendCore
import TendStore

/// The return on support service form, with the result of the values it shows when there is one.
struct ROSSPage {
    /// The values to fill the form with, by `ROSSForm` field.
    let values: [String: String]
    let calculation: ROSSCalculation?
    /// What was wrong with the values, shown above the form.
    let error: String?

    static let labels: [(field: String, label: String)] = [
        ("service_start", "Service start (YYYY-MM-DD)"), ("months", "Months in each period"),
        ("account", "Account id (empty for the portfolio)"), ("time_zone", "Time zone (default UTC)"),
        ("cost_per_downtime_hour", "Cost per downtime hour"), ("sales_before", "Service sales before"),
        ("sales_after", "Service sales after"), ("man_hours_saved", "Man-hours saved"),
        ("man_hour_rate", "Man-hour rate"), ("price", "Price of the support service"),
        ("downtime_hours_before", "Downtime hours before (empty: from severity 1 cases)"),
        ("downtime_hours_after", "Downtime hours after (empty: from severity 1 cases)"),
    ]

    func render() -> String {
        var body = "<p><a href=\"/support\">← Support KPIs</a></p>\n<h1>Return on support service</h1>\n"
        body += "<p class=\"muted\">Return value = downtime cost before − downtime cost after + growth of service "
        body += "sales + man-hours saved × rate; ROSS = return value / price; payback = price / monthly return.</p>\n"
        if let error { body += "<p class=\"error\" id=\"ross-error\">\(escapeHTML(error))</p>\n" }
        if let calculation { body += result(calculation) }
        body += "<form class=\"filters\" method=\"post\" action=\"/support/ross\">"
        for (field, label) in Self.labels {
            body += "<label>\(label) <input name=\"\(field)\" value=\"\(escapeHTML(values[field] ?? ""))\"></label>"
        }
        body += "<button type=\"submit\">Compute</button></form>\n"
        return pageHTML(title: "Return on support service", body: body)
    }

    private func result(_ calculation: ROSSCalculation) -> String {
        let result = calculation.result
        let rows = [
            ("Downtime hours before", calculation.inputs.downtimeHoursBefore.formatted(places: 2)),
            ("Downtime hours after", calculation.inputs.downtimeHoursAfter.formatted(places: 2)),
            ("Downtime saving", result.downtimeSaving.formatted(places: 2)),
            ("Sales growth", result.salesGrowth.formatted(places: 2)),
            ("Labour saving", result.labourSaving.formatted(places: 2)),
            ("Return value", result.returnValue.formatted(places: 2)),
            ("ROSS", result.ross.formatted(places: 4)),
            ("Payback", result.paybackMonths.map { "\($0.formatted(places: 2)) months" } ?? "never"),
        ]
        var html = "<table id=\"ross-result\"><tbody>"
        for (name, value) in rows { html += "<tr><th>\(name)</th><td class=\"num\">\(value)</td></tr>" }
        return html + "</tbody></table>\n"
    }
}
