import TendCore

/// The page of one finding: its figures, the record of each step, the form of the next step, and its history.
struct FindingPage {
    let finding: ShelfwareFinding
    let accountName: String
    let causes: ShelfwareCauseList

    func render() -> String {
        let accountLink = "/accounts/\(percentEncode(finding.accountID))"
        var body = "<p><a href=\"/shelfware\">← Shelf-ware</a></p>\n"
        body += "<h1>\(escapeHTML(finding.id)): \(escapeHTML(finding.product)) "
        body += "<span class=\"muted\">of <a href=\"\(escapeHTML(accountLink))\">\(escapeHTML(accountName))</a></span>"
        body += "</h1>\n<p class=\"steps\" id=\"steps\">"
        for step in [FindingStep.track, .identify, .review, .plan, .propose, .solved] {
            let current = step == finding.step ? " current" : ""
            body += "<span class=\"step\(current)\">\(step.title)</span> "
        }
        if finding.step == .dismissed { body += "<span class=\"step current\">Dismissed</span>" }
        body += "</p>\n<div class=\"grid\">" + recordCard() + "</div>\n"
        body += forms()
        body += history()
        return pageHTML(title: "\(finding.id) \(finding.product)", body: body)
    }

    private func recordCard() -> String {
        var html = "<div class=\"card\" id=\"record\"><dl>"
        html += "<dt>Found</dt><dd>\(figures(finding.found))</dd>"
        html += "<dt>Latest</dt><dd>\(figures(finding.latest))</dd>"
        if let cause = finding.cause { html += "<dt>Cause</dt><dd>\(escapeHTML(cause.name))</dd>" }
        if let review = finding.review {
            let people = escapeHTML(review.participants.joined(separator: ", "))
            html += "<dt>Review</dt><dd>\(review.date) with \(people)</dd>"
        }
        if let plan = finding.plan {
            html += "<dt>Plan</dt><dd>\(escapeHTML(plan.action)), owner \(escapeHTML(plan.owner)), "
            html += "due \(plan.dueDate)</dd>"
        }
        if let proposal = finding.proposal {
            html += "<dt>Proposal</dt><dd>\(proposal.solution.title), recovers \(proposal.recoveredValue)</dd>"
        }
        if let closure = finding.closure {
            let text: String
            switch closure {
            case .solved: text = "solved"
            case .solvedByData(let date): text = "solved by the data: the snapshot of \(date) shows no unused licence"
            case .dismissed(let reason): text = "dismissed: " + escapeHTML(reason)
            }
            html += "<dt>Closed</dt><dd>\(text)</dd>"
        }
        return html + "</dl></div>"
    }

    private func figures(_ figures: FindingFigures) -> String {
        "\(figures.date): \(figures.unusedLicences) unused licences worth \(figures.unusedValue)"
    }

    private func forms() -> String {
        guard finding.isOpen else {
            return "<p id=\"closed\">This finding is closed. It reopens at Track when a later install base snapshot "
                + "shows its shelf-ware again.</p>\n"
        }
        // Every open step has a next step.
        let next = finding.step.next!
        var html = "<h2>Next step: \(next.title)</h2>\n"
        html += form(action: next == .solved ? "solve" : next.rawValue, fields: nextFields(next), button: next.title)
        html += "<h2>Dismiss</h2>\n"
        html += form(action: "dismiss", fields: textField("reason", "Reason"), button: "Dismiss")
        html += "<h2>Add a cause</h2>\n<form method=\"post\" action=\"/shelfware/causes\" class=\"filters\">"
        html += "<input type=\"hidden\" name=\"finding\" value=\"\(escapeHTML(finding.id))\">"
        html += textField("cause", "New cause") + "<button type=\"submit\">Add</button></form>\n"
        return html
    }

    private func nextFields(_ step: FindingStep) -> String {
        switch step {
        case .identify:
            let options = causes.names.map { "<option>\(escapeHTML($0))</option>" }.joined()
            return "<label>Cause<select name=\"cause\">\(options)</select></label>"
        case .review:
            return dateField("date", "Review date") + textField("participants", "Participants, separated by commas")
        case .plan:
            return textField("action", "Action") + textField("owner", "Owner") + dateField("due", "Due date")
        case .propose:
            let options = ShelfwareSolution.allCases.map { "<option value=\"\($0.rawValue)\">\($0.title)</option>" }
            return "<label>Solution<select name=\"solution\">\(options.joined())</select></label>"
                + "<label>Value recovered (at most \(finding.latest.unusedValue))"
                + "<input name=\"value\" inputmode=\"decimal\" value=\"\(finding.latest.unusedValue)\"></label>"
        case .track, .solved, .dismissed:
            return ""
        }
    }

    private func form(action: String, fields: String, button: String) -> String {
        let path = "/shelfware/findings/\(percentEncode(finding.id))/\(action)"
        return "<form method=\"post\" action=\"\(escapeHTML(path))\" class=\"filters\" id=\"form-\(action)\">"
            + fields + textField("by", "Your name") + textField("note", "Note (optional)")
            + "<button type=\"submit\">\(button)</button></form>\n"
    }

    private func textField(_ name: String, _ label: String) -> String {
        "<label>\(label)<input name=\"\(name)\"></label>"
    }

    private func dateField(_ name: String, _ label: String) -> String {
        "<label>\(label)<input type=\"date\" name=\"\(name)\"></label>"
    }

    private func history() -> String {
        var html = "<h2>History</h2>\n<table id=\"finding-history\"><thead><tr><th>When</th><th>Who</th>"
        html += "<th>Move</th><th>Note</th></tr></thead><tbody>\n"
        for entry in finding.history.reversed() {
            html += "<tr><td>\(entry.time)</td><td>\(escapeHTML(entry.actor))</td>"
            html +=
                "<td>\(entry.from?.title ?? "new") → \(entry.to.title)</td><td>\(escapeHTML(entry.note))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
