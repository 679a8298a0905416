import Foundation
import TendCore
import TendHTTP
import TendStore

/// The handlers of the support page, the ROSS form and their JSON API.
struct SupportPages: Sendable {
    let store: any Store

    func page(_ request: HTTPRequest) throws -> HTTPResponse {
        let support = try supportStore(store)
        let query = try SupportQuery(request, store: store)
        let page = SupportPage(
            query: query, portfolio: try supportOverview(store: support, query: query, grouping: .portfolio),
            bySeverity: try supportOverview(store: support, query: query, grouping: .severity),
            byMonth: try supportOverview(store: support, query: query, grouping: .openingMonth),
            byQuarter: try supportOverview(store: support, query: query, grouping: .openingQuarter))
        return .html(page.render())
    }

    func json(_ request: HTTPRequest) throws -> HTTPResponse {
        let support = try supportStore(store)
        let query = try SupportQuery(request, store: store, defaultGrouping: .portfolio)
        return try encode(
            SupportReportDocument(try supportOverview(store: support, query: query, grouping: query.grouping)))
    }

    func accountJSON(_ request: HTTPRequest, id: String) throws -> HTTPResponse {
        let support = try supportStore(store)
        guard try store.account(id: id) != nil else {
            throw WebError(status: 404, message: "account \"\(id)\" not found")
        }
        let query = try SupportQuery(request, store: store)
        let overview = try supportOverview(store: support, query: query, grouping: query.grouping, accountID: id)
        return try encode(SupportReportDocument(overview))
    }

    /// Shows the ROSS form, with the result when the query carries the values.
    func rossPage(_ request: HTTPRequest) throws -> HTTPResponse {
        let values = request.query.filter { ROSSForm.fields.contains($0.key) }
        guard !values.isEmpty else { return .html(ROSSPage(values: [:], calculation: nil, error: nil).render()) }
        do {
            let calculation = try ROSSForm(values: values).calculate(store: store)
            return .html(ROSSPage(values: values, calculation: calculation, error: nil).render())
        } catch let error as ROSSFormError {
            return .html(ROSSPage(values: values, calculation: nil, error: error.description).render(), status: 400)
        } catch let error as SupportMetricsError {
            return .html(ROSSPage(values: values, calculation: nil, error: error.message).render(), status: 400)
        }
    }

    /// Checks the posted values and redirects to the page that shows their result, or returns the form with status 400.
    func rossPost(_ request: HTTPRequest) throws -> HTTPResponse {
        let values = request.formValues().filter { ROSSForm.fields.contains($0.key) && !$0.value.isEmpty }
        do {
            _ = try ROSSForm(values: values).calculate(store: store)
        } catch let error as ROSSFormError {
            return .html(ROSSPage(values: values, calculation: nil, error: error.description).render(), status: 400)
        } catch let error as SupportMetricsError {
            return .html(ROSSPage(values: values, calculation: nil, error: error.message).render(), status: 400)
        }
        let query = ROSSForm.fields.compactMap { field in values[field].map { "\(field)=\(percentEncode($0))" } }
        return .redirect(to: "/support/ross?" + query.joined(separator: "&"))
    }

    func rossJSON(_ request: HTTPRequest) throws -> HTTPResponse {
        let values = request.query.filter { ROSSForm.fields.contains($0.key) }
        do {
            return try encode(ROSSDocument(try ROSSForm(values: values).calculate(store: store)))
        } catch let error as ROSSFormError {
            throw WebError(status: 400, message: error.description)
        } catch let error as SupportMetricsError {
            throw WebError(status: 400, message: error.message)
        }
    }

    /// The support section of an account page: the account's KPIs per severity in `year`, in UTC.
    func accountSection(accountID: String, year: Int) throws -> String {
        guard let support = store as? any SupportStore else { return "" }
        let utc = TimeZone(identifier: "UTC")!  // UTC is in every time zone database.
        let period = try SupportPeriod(
            from: Timestamp.startOfDay(Day.firstOfYear(year), in: utc),
            to: Timestamp.startOfDay(Day.firstOfYear(year + 1), in: utc))
        let now = Timestamp(
            millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)), utcOffsetSeconds: 0)
        let overview = try SupportBook.overview(
            store: support, period: period, grouping: .severity, accountID: accountID, now: now)
        var html = "<h2 id=\"support\">Support in \(year)</h2>\n"
        guard !overview.report.groups.isEmpty else { return html + "<p>No case was opened in \(year).</p>\n" }
        html += supportGroupTable(overview)
        let link = "/api/accounts/\(percentEncode(accountID))/support?from=\(year)-01-01&to=\(year)-12-31"
        return html + "<p class=\"muted\">SLA policy \(escapeHTML(overview.policy.name)). "
            + "<a href=\"\(escapeHTML(link))\">JSON</a></p>\n"
    }

    private func encode(_ value: some Encodable) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .json(Array(try encoder.encode(value)))
    }
}
