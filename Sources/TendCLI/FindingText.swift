import TendCore

/// The text form of one finding for `tend finding show`: its figures, the record of each step, and its history.
enum FindingText {
    static func describe(_ finding: ShelfwareFinding) -> String {
        var text = "\(finding.id): \(finding.product) of account \(finding.accountID), at \(finding.step.title)\n"
        text += "Found \(figures(finding.found))\n"
        text += "Latest \(figures(finding.latest))\n"
        if let cause = finding.cause { text += "Cause: \(cause.name)\n" }
        if let review = finding.review {
            text += "Review: \(review.date) with \(review.participants.joined(separator: ", "))\n"
        }
        if let plan = finding.plan { text += "Plan: \(plan.action), owner \(plan.owner), due \(plan.dueDate)\n" }
        if let proposal = finding.proposal {
            text += "Proposal: \(proposal.solution.title), recovers \(proposal.recoveredValue)\n"
        }
        if let closure = finding.closure { text += "Closure: \(closureText(closure))\n" }
        text += "History:\n"
        for entry in finding.history {
            let move = "\(entry.from?.title ?? "new") -> \(entry.to.title)"
            let note = entry.note.isEmpty ? "" : " (\(entry.note))"
            text += "  \(entry.time)  \(entry.actor)  \(move)\(note)\n"
        }
        return text
    }

    static func figures(_ figures: FindingFigures) -> String {
        "\(figures.date): \(figures.unusedLicences) unused licences worth \(figures.unusedValue)"
    }

    static func closureText(_ closure: FindingClosure) -> String {
        switch closure {
        case .solved: "solved"
        case .solvedByData(let date): "solved by the data: the snapshot of \(date) shows no unused licence"
        case .dismissed(let reason): "dismissed: \(reason)"
        }
    }
}
