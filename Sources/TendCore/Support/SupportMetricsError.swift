/// An invalid input to the support metrics: a calendar, an SLA policy, a wait interval, a period or a ROSS input.
///
/// The domain code has no I/O, so there is never an underlying error to carry.
public struct SupportMetricsError: Error, CustomStringConvertible, Equatable {
    /// The class of failure, so callers and tests can match it without parsing text.
    public enum Code: String, Sendable, Equatable {
        /// An opening interval that is empty, reversed or outside 00:00-24:00, or text that is not `HH:MM-HH:MM`.
        case invalidOpeningInterval
        /// Two opening intervals of one weekday that overlap, which would count the same time twice.
        case overlappingOpeningIntervals
        /// An SLA policy without targets for each severity from 1 to 4, or with targets for another severity.
        case missingSeverityTarget
        /// An SLA target of zero or negative hours.
        case invalidTarget
        /// A case whose severity is not 1 to 4, so no SLA target applies.
        case severityOutOfRange
        /// A case whose first contact or restore is earlier than its opening.
        case timestampsOutOfOrder
        /// A customer wait that ends before it starts.
        case invalidWaitInterval
        /// A period whose end is before its start.
        case invalidPeriod
        /// A ROSS input out of range, such as a price or a number of months that is not positive.
        case invalidROSSInput
    }

    public var code: Code
    /// A sentence naming what failed, on which value, and what to do instead.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
