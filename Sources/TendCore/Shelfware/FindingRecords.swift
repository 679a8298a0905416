/// The unused licences of a finding's product, and their value, in the snapshot of one date.
public struct FindingFigures: Sendable, Hashable {
    /// The date of the snapshot the figures come from.
    public let date: Day
    public let unusedLicences: Int
    /// Unused licences × unit price.
    public let unusedValue: Money

    public init(date: Day, unusedLicences: Int, unusedValue: Money) {
        self.date = date
        self.unusedLicences = unusedLicences
        self.unusedValue = unusedValue
    }
}

/// The Review step: the date of the review with the customer and who took part.
public struct FindingReview: Sendable, Hashable {
    public let date: Day
    /// The people who took part, from the vendor and the customer; at least one.
    public let participants: [String]

    public init(date: Day, participants: [String]) {
        self.date = date
        self.participants = participants
    }
}

/// The Plan step: what is done, who owns it and by when.
public struct FindingPlan: Sendable, Hashable {
    public let action: String
    public let owner: String
    /// The date the action is due; not before the review date.
    public let dueDate: Day

    public init(action: String, owner: String, dueDate: Day) {
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
    }
}

/// The Propose step: the solution offered to the customer and the value it recovers.
public struct FindingProposal: Sendable, Hashable {
    public let solution: ShelfwareSolution
    /// The part of the unused value the solution recovers; from zero to the finding's unused value.
    public let recoveredValue: Money

    public init(solution: ShelfwareSolution, recoveredValue: Money) {
        self.solution = solution
        self.recoveredValue = recoveredValue
    }
}

/// The closure of a finding: solved by a user, solved by the data, or dismissed.
public enum FindingClosure: Sendable, Hashable {
    /// Solved by a user after the Propose step.
    case solved
    /// Solved because the snapshot of `snapshotDate` showed no unused licence of the product any more.
    case solvedByData(snapshotDate: Day)
    /// Dismissed by a user, for the reason given.
    case dismissed(reason: String)
}

/// One move of a finding, kept in its history.
public struct FindingHistoryEntry: Sendable, Hashable {
    /// The step before the move; nil for the entry that created the finding.
    public let from: FindingStep?
    public let to: FindingStep
    /// The event that caused the move, with everything the step recorded.
    public let event: FindingEvent
    /// The user who made the move, or `ShelfwareReconciliation.actor` for moves the data caused.
    public let actor: String
    /// When the move was made, as the caller passed it.
    public let time: Timestamp
    /// A free-text note; empty when none was given.
    public let note: String

    public init(from: FindingStep?, to: FindingStep, event: FindingEvent, actor: String, time: Timestamp, note: String)
    {
        self.from = from
        self.to = to
        self.event = event
        self.actor = actor
        self.time = time
        self.note = note
    }
}
