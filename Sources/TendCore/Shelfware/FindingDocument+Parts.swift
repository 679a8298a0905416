/// Conversions between the parts of a finding and their JSON form.
extension FindingDocument.Figures {
    init(_ figures: FindingFigures) {
        self.init(
            date: figures.date.description, unusedLicences: figures.unusedLicences,
            unusedValue: FindingDocument.text(figures.unusedValue))
    }

    func restored(id: String) throws(FindingDocumentError) -> FindingFigures {
        FindingFigures(
            date: try FindingDocument.day(date, id: id, field: "figures date"), unusedLicences: unusedLicences,
            unusedValue: try FindingDocument.money(unusedValue, id: id, field: "unused value"))
    }
}

extension FindingDocument.Review {
    init(_ review: FindingReview) {
        self.init(date: review.date.description, participants: review.participants)
    }

    func restored(id: String) throws(FindingDocumentError) -> FindingReview {
        FindingReview(date: try FindingDocument.day(date, id: id, field: "review date"), participants: participants)
    }
}

extension FindingDocument.Plan {
    init(_ plan: FindingPlan) {
        self.init(action: plan.action, owner: plan.owner, dueDate: plan.dueDate.description)
    }

    func restored(id: String) throws(FindingDocumentError) -> FindingPlan {
        FindingPlan(action: action, owner: owner, dueDate: try FindingDocument.day(dueDate, id: id, field: "due date"))
    }
}

extension FindingDocument.Proposal {
    init(_ proposal: FindingProposal) {
        self.init(
            solution: proposal.solution.rawValue, recoveredValue: FindingDocument.text(proposal.recoveredValue))
    }

    func restored(id: String) throws(FindingDocumentError) -> FindingProposal {
        guard let solution = ShelfwareSolution(rawValue: solution) else {
            throw FindingDocumentError(id: id, field: "solution", value: solution)
        }
        return FindingProposal(
            solution: solution,
            recoveredValue: try FindingDocument.money(recoveredValue, id: id, field: "recovered value"))
    }
}

extension FindingDocument.Record {
    init(kind: String) {
        self.init(
            kind: kind, figures: nil, cause: nil, review: nil, plan: nil, proposal: nil, reason: nil,
            snapshotDate: nil)
    }

    init(_ closure: FindingClosure) {
        switch closure {
        case .solved:
            self.init(kind: "solved")
        case .solvedByData(let snapshotDate):
            self.init(kind: "solved_by_data")
            self.snapshotDate = snapshotDate.description
        case .dismissed(let reason):
            self.init(kind: "dismissed")
            self.reason = reason
        }
    }

    init(_ event: FindingEvent) {
        switch event {
        case .track(let figures):
            self.init(kind: "track")
            self.figures = FindingDocument.Figures(figures)
        case .identify(let cause):
            self.init(kind: "identify")
            self.cause = cause.name
        case .review(let review):
            self.init(kind: "review")
            self.review = FindingDocument.Review(review)
        case .plan(let plan):
            self.init(kind: "plan")
            self.plan = FindingDocument.Plan(plan)
        case .propose(let proposal):
            self.init(kind: "propose")
            self.proposal = FindingDocument.Proposal(proposal)
        case .solve:
            self.init(kind: "solve")
        case .dismiss(let reason):
            self.init(kind: "dismiss")
            self.reason = reason
        case .solveByData(let snapshotDate):
            self.init(kind: "solve_by_data")
            self.snapshotDate = snapshotDate.description
        }
    }

    func restoredClosure(id: String) throws(FindingDocumentError) -> FindingClosure {
        switch kind {
        case "solved": return .solved
        case "solved_by_data": return .solvedByData(snapshotDate: try snapshotDay(id: id))
        case "dismissed": return .dismissed(reason: reason ?? "")
        default: throw FindingDocumentError(id: id, field: "closure kind", value: kind)
        }
    }

    func restoredEvent(id: String) throws(FindingDocumentError) -> FindingEvent {
        switch (kind, figures, cause, review, plan, proposal) {
        case ("track", .some(let figures), _, _, _, _): return .track(try figures.restored(id: id))
        case ("identify", _, .some(let cause), _, _, _): return .identify(ShelfwareCause(restoringName: cause))
        case ("review", _, _, .some(let review), _, _): return .review(try review.restored(id: id))
        case ("plan", _, _, _, .some(let plan), _): return .plan(try plan.restored(id: id))
        case ("propose", _, _, _, _, .some(let proposal)): return .propose(try proposal.restored(id: id))
        case ("solve", _, _, _, _, _): return .solve
        case ("dismiss", _, _, _, _, _): return .dismiss(reason: reason ?? "")
        case ("solve_by_data", _, _, _, _, _): return .solveByData(snapshotDate: try snapshotDay(id: id))
        default: throw FindingDocumentError(id: id, field: "event kind", value: kind)
        }
    }

    private func snapshotDay(id: String) throws(FindingDocumentError) -> Day {
        try FindingDocument.day(snapshotDate ?? "", id: id, field: "snapshot date")
    }
}

extension FindingDocument.Entry {
    init(_ entry: FindingHistoryEntry) {
        self.init(
            from: entry.from?.rawValue, to: entry.to.rawValue, event: FindingDocument.Record(entry.event),
            actor: entry.actor, time: entry.time.description, timeMilliseconds: entry.time.millisecondsSinceEpoch,
            utcOffsetSeconds: entry.time.utcOffsetSeconds, note: entry.note)
    }

    func restored(id: String) throws(FindingDocumentError) -> FindingHistoryEntry {
        FindingHistoryEntry(
            from: try from.map { text throws(FindingDocumentError) in try FindingDocument.step(text, id: id) },
            to: try FindingDocument.step(to, id: id), event: try event.restoredEvent(id: id), actor: actor,
            time: Timestamp(millisecondsSinceEpoch: timeMilliseconds, utcOffsetSeconds: utcOffsetSeconds), note: note)
    }
}
