/// A span during which a case waits on the customer, such as between a "Wait" activity and the next event.
///
/// Kept apart from `SupportCase`, because only the SLA restore clock reads it.
public struct CaseWait: Sendable, Hashable {
    public let caseID: String
    public let start: Timestamp
    /// The end of the wait; nil while the case is still waiting.
    public let end: Timestamp?

    public init(caseID: String, start: Timestamp, end: Timestamp?) {
        self.caseID = caseID
        self.start = start
        self.end = end
    }
}
