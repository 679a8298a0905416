import TendCore
import TendStore

/// The shelf-ware page: the total unrecognised value, then the accounts, flagged ones first, by unused value.
struct ShelfwarePage {
    let document: PortfolioShelfwareDocument

    func render() -> String {
        var body = "<h1>Shelf-ware</h1>\n"
        body += "<div class=\"counts\" id=\"shelfware-totals\">"
        body += "<span class=\"tile\"><strong>\(document.totalUnusedValue)</strong>total unrecognised value</span>"
        body += "<span class=\"tile\"><strong>\(document.flaggedAccounts)</strong>accounts above 25 %</span>"
        body += "<span class=\"tile\"><strong>\(document.accounts.count)</strong>accounts with an install base</span>"
        body += "</div>\n"
        guard !document.accounts.isEmpty else {
            return pageHTML(title: "Shelf-ware", body: body + "<p>No install base imported yet.</p>")
        }
        body += "<p class=\"muted\">Unused value: licences owned and not in use × unit price, in the latest install "
        body += "base snapshot. Accounts whose unused value is above 25 % of their install base value come first.</p>\n"
        body += "<table id=\"shelfware\"><thead><tr><th>Account</th><th class=\"num\">Unused value</th>"
        body += "<th class=\"num\">Install base value</th><th class=\"num\">Unused share</th>"
        body += "<th>Shelf-ware</th></tr></thead><tbody>\n"
        for account in document.accounts {
            body += row(account)
        }
        return pageHTML(title: "Shelf-ware", body: body + "</tbody></table>\n")
    }

    private func row(_ account: AccountShelfwareDocument) -> String {
        let link = "/accounts/\(percentEncode(account.accountID))"
        var html =
            "<tr class=\"\(account.flagged ? "flagged" : "")\" data-account=\"\(escapeHTML(account.accountID))\">"
        html += "<td><a href=\"\(escapeHTML(link))#shelfware\">\(escapeHTML(account.name))</a> "
        html += "<span class=\"muted\">\(escapeHTML(account.accountID))</span></td>"
        html += "<td class=\"num\">\(account.unusedValue)</td><td class=\"num\">\(account.installBaseValue)</td>"
        let share = account.unusedShare.map { "\($0) %" } ?? "–"
        html +=
            "<td class=\"num\">\(share)\(account.flagged ? " <span class=\"badge sick\">above 25 %</span>" : "")</td>"
        let wasted = account.products.filter { $0.unusedLicences > 0 }.map { product in
            let name = escapeHTML(product.product)
            guard let id = product.findingID else { return name }
            return "<a href=\"/shelfware/findings/\(escapeHTML(percentEncode(id)))\">\(name)</a>"
        }
        return html + "<td>\(wasted.joined(separator: ", "))</td></tr>\n"
    }
}

/// The shelf-ware section of the account page: each product's figures, usage trend and finding.
enum ShelfwareSection {
    /// Returns the section, or an empty string when the store keeps no shelf-ware or the account has no snapshot.
    static func html(store: any Store, accountID: String) throws -> String {
        guard let store = store as? any ShelfwareStore,
            let document = try ShelfwareBook.accountDocument(store: store, accountID: accountID)
        else { return "" }
        var html =
            "<h2 id=\"shelfware\">Shelf-ware <span class=\"muted\">install base of \(document.date)</span></h2>\n"
        let share = document.unusedShare.map { " (\($0) % of \(document.installBaseValue))" } ?? ""
        html += "<p>Unused value \(document.unusedValue)\(share)"
        html += document.flagged ? " <span class=\"badge sick\">above 25 %</span></p>\n" : "</p>\n"
        html += "<table class=\"shelfware\"><thead><tr><th>Product</th><th>Usage</th><th class=\"num\">In use</th>"
        html +=
            "<th class=\"num\">Unused value</th><th>Licences in use by date</th><th>Finding</th></tr></thead><tbody>\n"
        for product in document.products {
            html += "<tr><td>\(escapeHTML(product.product))</td><td>\(usageTitle(product.usage))</td>"
            html += "<td class=\"num\">\(product.licencesInUse) of \(product.licencesOwned)</td>"
            html += "<td class=\"num\">\(product.unusedValue)</td><td>\(usageTrend(product.trend))</td><td>"
            if let id = product.findingID {
                let step = FindingStep(rawValue: product.findingStep ?? "")?.title ?? ""
                html += "<a href=\"/shelfware/findings/\(escapeHTML(percentEncode(id)))\">\(escapeHTML(id))</a> \(step)"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    static func usageTitle(_ usage: String) -> String {
        switch LicenceUsage(rawValue: usage) {
        case .totallyUnused: "totally unused"
        case .underUsed: "under-used"
        case .fullyUsed, nil: "fully used"
        }
    }

    /// Returns an inline SVG of licences in use as a share of licences owned on each snapshot date, followed by the
    /// counts as text.
    static func usageTrend(_ trend: [AccountShelfwareDocument.TrendPoint]) -> String {
        let text = trend.map { "\($0.date): \($0.licencesInUse)/\($0.licencesOwned)" }.joined(separator: ", ")
        guard trend.count >= 2 else { return escapeHTML(text) }
        let (width, height) = (120, 30)
        let points = trend.enumerated().map { index, point in
            let share = point.licencesOwned > 0 ? min(1, Double(point.licencesInUse) / Double(point.licencesOwned)) : 1
            let x = 4 + Double(index) / Double(trend.count - 1) * Double(width - 8)
            let y = Double(height - 4) - share * Double(height - 8)
            return "\(Int(x)),\(Int(y))"
        }
        return """
            <svg class="trend" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" \
            aria-label="licences in use"><polyline points="\(points.joined(separator: " "))" fill="none" \
            stroke="#1f4e79" stroke-width="2"/></svg> <span class="muted">\(escapeHTML(text))</span>
            """
    }
}
