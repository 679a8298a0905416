/// Rebuilding saved findings, for storage implementations only.
extension ShelfwareFinding {
    /// Recreates a finding exactly as it was saved, without checking the workflow rules again.
    ///
    /// Storage calls this with values that `init(id:accountID:product:found:by:at:note:)`, `apply` and
    /// `ShelfwareReconciliation` produced earlier, so the values already obey the rules.
    package init(
        restoringID id: String, accountID: String, product: String, step: FindingStep, found: FindingFigures,
        latest: FindingFigures, cause: ShelfwareCause?, review: FindingReview?, plan: FindingPlan?,
        proposal: FindingProposal?, closure: FindingClosure?, history: [FindingHistoryEntry]
    ) {
        self.id = id
        self.accountID = accountID
        self.product = product
        self.step = step
        self.found = found
        self.latest = latest
        self.cause = cause
        self.review = review
        self.plan = plan
        self.proposal = proposal
        self.closure = closure
        self.history = history
    }
}

extension ShelfwareCause {
    /// Recreates a cause that a `ShelfwareCauseList` returned before it was saved.
    package init(restoringName name: String) {
        self.init(name: name)
    }
}

extension ShelfwareCauseList {
    /// Recreates a saved list: the defaults, then the added names in the order they were added.
    ///
    /// Names that repeat a default or an earlier name, compared without regard to case, are skipped.
    package init(restoringAdded added: [String]) {
        self.init()
        for name in added {
            try? add(name)
        }
    }
}
