/// The Go-To-Solve rules: every move of a finding goes through `apply`.
extension ShelfwareFinding {
    /// Applies one event to the finding and appends a history entry, or throws and leaves the finding unchanged.
    ///
    /// The rules:
    /// - `identify`, `review`, `plan` and `propose` move an open finding one step forward, to the step after the
    ///   current one and no other.
    /// - `solve` closes a finding at Propose as solved. `dismiss` closes a finding at any open step, with a reason.
    /// - `solveByData` closes a finding at any open step as solved, with zero unused licences, when a snapshot later
    ///   than its latest figures shows the shelf-ware gone.
    /// - `track` reopens a solved or dismissed finding at Track with figures from a later snapshot. It clears the
    ///   cause, review, plan, proposal and closure, which stay readable in the history.
    /// - No event moves a closed finding except `track`.
    ///
    /// - Throws: `WorkflowError` with one of these codes:
    ///   - `stepOutOfOrder`, `findingClosed`, `notProposed` or `findingOpen` when the event breaks the rules above.
    ///   - `missingValue` for an empty actor, reason, participant list, action or owner.
    ///   - `invalidDate` for a review before the date found, a due date before the review, or a snapshot that is
    ///     not later than the latest figures.
    ///   - `invalidValue` for a recovered value below zero or above the latest unused value, and for tracked
    ///     figures with no unused licence.
    public mutating func apply(_ event: FindingEvent, by actor: String, at time: Timestamp, note: String = "")
        throws(WorkflowError)
    {
        let target = event.targetStep
        try checkActor(actor, movingTo: target)
        if case .track(let figures) = event {
            guard step.isClosed else {
                throw failure(
                    .findingOpen,
                    "is open at \(step) and cannot be tracked again; only a solved or dismissed "
                        + "finding reopens at Track")
            }
            try checkLater(figures.date)
            try checkTracked(figures)
        } else if step.isClosed {
            throw failure(
                .findingClosed,
                "is \(step.rawValue) and cannot move to \(target); it reopens only when a later "
                    + "snapshot shows its shelf-ware again")
        }

        switch event {
        case .track(let figures):
            found = figures
            latest = figures
            cause = nil
            review = nil
            plan = nil
            proposal = nil
            closure = nil
        case .identify(let newCause):
            try checkNext(target)
            cause = newCause
        case .review(let newReview):
            try checkNext(target)
            try checkReview(newReview)
            review = newReview
        case .plan(let newPlan):
            try checkNext(target)
            try checkPlan(newPlan)
            plan = newPlan
        case .propose(let newProposal):
            try checkNext(target)
            try checkProposal(newProposal)
            proposal = newProposal
        case .solve:
            guard step == .propose else {
                // `step` is open here, and every open step has a next step.
                throw failure(
                    .notProposed, "is at \(step) and can be solved only after Propose; the next step is \(step.next!)")
            }
            closure = .solved
        case .dismiss(let reason):
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw failure(.missingValue, "cannot be dismissed without a reason; give one")
            }
            closure = .dismissed(reason: reason)
        case .solveByData(let snapshotDate):
            try checkLater(snapshotDate)
            latest = FindingFigures(date: snapshotDate, unusedLicences: 0, unusedValue: .zero)
            closure = .solvedByData(snapshotDate: snapshotDate)
        }

        let entry = FindingHistoryEntry(from: step, to: target, event: event, actor: actor, time: time, note: note)
        step = target
        history.append(entry)
    }

    /// Returns a copy of the finding with the event applied; see `apply(_:by:at:note:)` for the rules.
    public func applying(_ event: FindingEvent, by actor: String, at time: Timestamp, note: String = "")
        throws(WorkflowError) -> ShelfwareFinding
    {
        var copy = self
        try copy.apply(event, by: actor, at: time, note: note)
        return copy
    }

    func failure(_ code: WorkflowError.Code, _ predicate: String) -> WorkflowError {
        WorkflowError(code, findingID: id, "finding \(id) " + predicate)
    }

    func checkActor(_ actor: String, movingTo target: FindingStep) throws(WorkflowError) {
        guard !actor.allSatisfy(\.isWhitespace) else {
            throw failure(.missingValue, "cannot move to \(target) without an actor; name who makes the move")
        }
    }

    func checkTracked(_ figures: FindingFigures) throws(WorkflowError) {
        guard figures.unusedLicences > 0, figures.unusedValue >= .zero else {
            throw failure(
                .invalidValue,
                "cannot be tracked with \(figures.unusedLicences) unused licences worth "
                    + "\(figures.unusedValue); track only products with unused licences and a value of zero or more")
        }
    }

    private func checkNext(_ target: FindingStep) throws(WorkflowError) {
        // Only open steps reach here, and every open step has a next step.
        let next = step.next!
        guard next == target else {
            throw failure(.stepOutOfOrder, "is at \(step); the next step is \(next), not \(target)")
        }
    }

    private func checkLater(_ snapshotDate: Day) throws(WorkflowError) {
        guard latest.date < snapshotDate else {
            throw failure(
                .invalidDate,
                "has figures from \(latest.date), so the snapshot of \(snapshotDate) is not later; "
                    + "reconcile only with later snapshots")
        }
    }

    private func checkReview(_ newReview: FindingReview) throws(WorkflowError) {
        guard newReview.participants.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw failure(.missingValue, "cannot be reviewed without participants; name who took part")
        }
        guard found.date <= newReview.date else {
            throw failure(
                .invalidDate,
                "was found on \(found.date), so it cannot be reviewed on \(newReview.date); "
                    + "give a review date on or after \(found.date)")
        }
    }

    private func checkPlan(_ newPlan: FindingPlan) throws(WorkflowError) {
        guard !newPlan.action.allSatisfy(\.isWhitespace) else {
            throw failure(.missingValue, "cannot be planned without an action; say what is to be done")
        }
        guard !newPlan.owner.allSatisfy(\.isWhitespace) else {
            throw failure(.missingValue, "cannot be planned without an owner; name who owns the action")
        }
        let reviewDate = review!.date  // The Review step set `review` before the step order allowed Plan.
        guard reviewDate <= newPlan.dueDate else {
            throw failure(
                .invalidDate,
                "was reviewed on \(reviewDate), so the plan cannot be due on \(newPlan.dueDate); "
                    + "give a due date on or after \(reviewDate)")
        }
    }

    private func checkProposal(_ newProposal: FindingProposal) throws(WorkflowError) {
        let recovered = newProposal.recoveredValue
        guard recovered >= .zero, recovered <= latest.unusedValue else {
            let unused = Self.exactText(latest.unusedValue)
            throw failure(
                .invalidValue,
                "has unused licences worth \(unused), so a proposal cannot recover \(Self.exactText(recovered)); "
                    + "give a value from 0.00 to \(unused)")
        }
    }

    /// Formats the amount with two decimals, or with four when two would round it, so that a message never shows
    /// two different amounts as equal.
    private static func exactText(_ amount: Money) -> String {
        amount.units % 100 == 0 ? amount.description : amount.rational.formatted(places: 4)
    }
}
