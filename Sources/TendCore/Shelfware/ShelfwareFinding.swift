/// One account's shelf-ware of one product, driven to removal through the Go-To-Solve workflow.
///
/// A finding is a value. Every change goes through `apply(_:by:at:note:)`, which applies the workflow rules and
/// appends a history entry for each move, except that `ShelfwareReconciliation` refreshes the latest figures from
/// new snapshots without a move.
public struct ShelfwareFinding: Sendable, Hashable {
    /// The finding id, such as `F-12`.
    public let id: String
    public let accountID: String
    public let product: String
    public internal(set) var step: FindingStep
    /// The figures of the Track step: the snapshot in which the shelf-ware was found, or found again on a reopening.
    public internal(set) var found: FindingFigures
    /// The figures of the latest snapshot reconciled with the finding; zero unused licences once the data shows the
    /// shelf-ware gone.
    public internal(set) var latest: FindingFigures
    /// The Identify step's cause; nil before Identify and after a reopening.
    public internal(set) var cause: ShelfwareCause?
    /// The Review step's record; nil before Review and after a reopening.
    public internal(set) var review: FindingReview?
    /// The Plan step's record; nil before Plan and after a reopening.
    public internal(set) var plan: FindingPlan?
    /// The Propose step's record; nil before Propose and after a reopening.
    public internal(set) var proposal: FindingProposal?
    /// The closure, solved or dismissed, with its details; nil while the finding is open.
    public internal(set) var closure: FindingClosure?
    /// Every move, oldest first, starting with the creation at Track.
    public internal(set) var history: [FindingHistoryEntry]

    /// Creates a finding at Track for shelf-ware found in the data, with a history entry from no step to Track.
    ///
    /// - Throws: `WorkflowError` with code `missingValue` for an empty id or actor and `invalidValue` when `found`
    ///   has no unused licence or a negative value.
    public init(
        id: String, accountID: String, product: String, found: FindingFigures, by actor: String, at time: Timestamp,
        note: String = ""
    ) throws(WorkflowError) {
        guard !id.isEmpty else {
            throw WorkflowError(
                .missingValue, findingID: nil,
                "the finding for product \(product) of account \(accountID) has no id; give it one")
        }
        self.id = id
        self.accountID = accountID
        self.product = product
        self.step = .track
        self.found = found
        self.latest = found
        self.history = []
        try checkActor(actor, movingTo: .track)
        try checkTracked(found)
        history.append(
            FindingHistoryEntry(from: nil, to: .track, event: .track(found), actor: actor, time: time, note: note))
    }

    public var isOpen: Bool { !step.isClosed }

    /// Whether the finding counts as shelf-ware for the Utilisation measure.
    ///
    /// An open finding counts. A dismissed finding counts while its latest figures show unused licences, because
    /// dismissed waste is still waste. It stops counting once a snapshot shows the shelf-ware gone. A solved finding
    /// never counts, so solving shelf-ware recovers the Utilisation point at once.
    public var countsAsShelfware: Bool {
        switch step {
        case .track, .identify, .review, .plan, .propose: true
        case .dismissed: latest.unusedLicences > 0
        case .solved: false
        }
    }
}
