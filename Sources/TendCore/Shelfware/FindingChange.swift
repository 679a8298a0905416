/// One change that reconciling findings with a snapshot made.
public struct FindingChange: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// New shelf-ware: a finding was created at Track.
        case opened
        /// The latest unused licences or their value changed, and the step did not.
        case updated
        /// An open finding was closed because the snapshot shows no unused licence of its product.
        case solvedByData = "solved_by_data"
        /// A solved or dismissed finding reopened at Track because its shelf-ware shows again.
        case reopened
    }

    public let kind: Kind
    public let findingID: String
    public let accountID: String
    public let product: String
    /// The finding's latest figures before the change; nil for an opened finding.
    public let before: FindingFigures?
    /// The finding's latest figures after the change.
    public let after: FindingFigures

    public init(
        kind: Kind, findingID: String, accountID: String, product: String, before: FindingFigures?,
        after: FindingFigures
    ) {
        self.kind = kind
        self.findingID = findingID
        self.accountID = accountID
        self.product = product
        self.before = before
        self.after = after
    }
}
