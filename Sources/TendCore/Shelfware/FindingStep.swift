/// The step of the Go-To-Solve workflow a shelf-ware finding has reached.
///
/// An open finding goes Track → Identify → Review → Plan → Propose, one step at a time, and is then closed as
/// Solved or Dismissed. Each open step names the work already done: a finding at Identify has its cause identified
/// and waits for the review.
public enum FindingStep: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Found in the data, with the unused licences and their value at that time.
    case track
    /// The cause of the shelf-ware is identified.
    case identify
    /// The finding was reviewed with the customer.
    case review
    /// An action has an owner and a due date.
    case plan
    /// A solution is proposed, with the value it recovers.
    case propose
    /// Closed as solved by a user after Propose, or by the data when the shelf-ware disappeared.
    case solved
    /// Closed with a reason while the shelf-ware stays.
    case dismissed

    public var isClosed: Bool { self == .solved || self == .dismissed }

    /// The step that follows in the workflow: the next open step, `solved` after `propose`, nil for a closed step.
    public var next: FindingStep? {
        switch self {
        case .track: .identify
        case .identify: .review
        case .review: .plan
        case .plan: .propose
        case .propose: .solved
        case .solved, .dismissed: nil
        }
    }

    /// The step name as messages and pages show it, such as `Identify`.
    public var title: String {
        switch self {
        case .track: "Track"
        case .identify: "Identify"
        case .review: "Review"
        case .plan: "Plan"
        case .propose: "Propose"
        case .solved: "Solved"
        case .dismissed: "Dismissed"
        }
    }

    public var description: String { title }
}
