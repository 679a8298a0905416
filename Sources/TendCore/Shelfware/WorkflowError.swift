/// A Go-To-Solve request that the workflow rejects, such as skipping a step or moving a closed finding.
///
/// The message states what failed and what to do, for example
/// `finding F-12 is at Identify; the next step is Review, not Plan`.
public struct WorkflowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure, so callers and tests can match it without parsing the message.
    public enum Code: String, Sendable, Equatable {
        /// The event does not lead to the step after the finding's current one.
        case stepOutOfOrder
        /// The finding is solved or dismissed and only a later snapshot can reopen it.
        case findingClosed
        /// A solve was requested before the Propose step.
        case notProposed
        /// A `track` event for a finding that is still open.
        case findingOpen
        /// The cause is not in the list of known causes.
        case unknownCause
        /// The cause to add is already in the list.
        case duplicateCause
        /// A required text is empty, such as the actor, the owner or the dismissal reason.
        case missingValue
        /// A date comes before the date it depends on, such as a due date before the review.
        case invalidDate
        /// An amount is outside its range, such as a recovered value above the unused value.
        case invalidValue
    }

    public var code: Code
    /// The finding the request was for; nil when the failure concerns the cause list.
    public var findingID: String?
    public var message: String

    public init(_ code: Code, findingID: String?, _ message: String) {
        self.code = code
        self.findingID = findingID
        self.message = message
    }

    public var description: String { message }
}
