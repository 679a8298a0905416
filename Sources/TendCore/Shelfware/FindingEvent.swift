/// A request to move a shelf-ware finding, with what the step records.
///
/// `ShelfwareFinding.apply(_:by:at:note:)` checks every event against the workflow rules. The data causes
/// `track` and `solveByData`, through `ShelfwareReconciliation`; users cause the others.
public enum FindingEvent: Sendable, Hashable {
    /// Tracks shelf-ware found in the data: opens a new finding, or reopens a solved or dismissed one, at Track.
    case track(FindingFigures)
    /// Records the cause, moving Track → Identify.
    case identify(ShelfwareCause)
    /// Records the review with the customer, moving Identify → Review.
    case review(FindingReview)
    /// Records the plan, moving Review → Plan.
    case plan(FindingPlan)
    /// Records the proposed solution, moving Plan → Propose.
    case propose(FindingProposal)
    /// Closes the finding as solved, from Propose only.
    case solve
    /// Closes the finding as dismissed, from any open step.
    case dismiss(reason: String)
    /// Closes the finding as solved because the snapshot of the given date shows no unused licence, from any open step.
    case solveByData(snapshotDate: Day)

    /// The step the finding is at after the event.
    public var targetStep: FindingStep {
        switch self {
        case .track: .track
        case .identify: .identify
        case .review: .review
        case .plan: .plan
        case .propose: .propose
        case .solve, .solveByData: .solved
        case .dismiss: .dismissed
        }
    }
}
