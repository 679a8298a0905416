/// The JSON form of a shelf-ware finding, shared by storage, `tend finding show --format json` and the web API.
///
/// Dates are ISO 8601 days such as `2024-03-31`. Amounts are decimal strings with four decimals, the precision of
/// `Money`, so a document restores the exact amounts. History times carry the ISO text for reading and the
/// milliseconds and UTC offset for restoring.
public struct FindingDocument: Codable, Sendable, Equatable {
    public struct Figures: Codable, Sendable, Equatable {
        public var date: String
        public var unusedLicences: Int
        public var unusedValue: String

        enum CodingKeys: String, CodingKey {
            case date
            case unusedLicences = "unused_licences"
            case unusedValue = "unused_value"
        }
    }

    public struct Review: Codable, Sendable, Equatable {
        public var date: String
        public var participants: [String]
    }

    public struct Plan: Codable, Sendable, Equatable {
        public var action: String
        public var owner: String
        public var dueDate: String

        enum CodingKeys: String, CodingKey {
            case action, owner
            case dueDate = "due_date"
        }
    }

    public struct Proposal: Codable, Sendable, Equatable {
        /// A `ShelfwareSolution` raw value, such as `convert_to_cloud`.
        public var solution: String
        public var recoveredValue: String

        enum CodingKeys: String, CodingKey {
            case solution
            case recoveredValue = "recovered_value"
        }
    }

    /// A closure or an event: `kind` names it, and the fields that kind records are set.
    public struct Record: Codable, Sendable, Equatable {
        /// For events: track, identify, review, plan, propose, solve, dismiss or solve_by_data. For closures:
        /// solved, solved_by_data or dismissed.
        public var kind: String
        public var figures: Figures?
        public var cause: String?
        public var review: Review?
        public var plan: Plan?
        public var proposal: Proposal?
        public var reason: String?
        public var snapshotDate: String?

        enum CodingKeys: String, CodingKey {
            case kind, figures, cause, review, plan, proposal, reason
            case snapshotDate = "snapshot_date"
        }
    }

    public struct Entry: Codable, Sendable, Equatable {
        /// The step before the move as a `FindingStep` raw value; nil for the entry that created the finding.
        public var from: String?
        public var to: String
        public var event: Record
        public var actor: String
        public var time: String
        public var timeMilliseconds: Int64
        public var utcOffsetSeconds: Int32
        public var note: String

        enum CodingKeys: String, CodingKey {
            case from, to, event, actor, time, note
            case timeMilliseconds = "time_ms"
            case utcOffsetSeconds = "utc_offset_seconds"
        }
    }

    public var id: String
    public var accountID: String
    public var product: String
    /// A `FindingStep` raw value, such as `identify`.
    public var step: String
    /// Whether the finding counts as shelf-ware for the Utilisation measure; ignored when restoring.
    public var countsAsShelfware: Bool
    public var found: Figures
    public var latest: Figures
    public var cause: String?
    public var review: Review?
    public var plan: Plan?
    public var proposal: Proposal?
    public var closure: Record?
    public var history: [Entry]

    enum CodingKeys: String, CodingKey {
        case id
        case accountID = "account_id"
        case product, step
        case countsAsShelfware = "counts_as_shelfware"
        case found, latest, cause, review, plan, proposal, closure, history
    }

    public init(_ finding: ShelfwareFinding) {
        id = finding.id
        accountID = finding.accountID
        product = finding.product
        step = finding.step.rawValue
        countsAsShelfware = finding.countsAsShelfware
        found = Figures(finding.found)
        latest = Figures(finding.latest)
        cause = finding.cause?.name
        review = finding.review.map(Review.init)
        plan = finding.plan.map(Plan.init)
        proposal = finding.proposal.map(Proposal.init)
        closure = finding.closure.map(Record.init)
        history = finding.history.map(Entry.init)
    }

    /// Rebuilds the finding the document was made from.
    ///
    /// - Throws: `FindingDocumentError` naming the field when a step, date, amount, solution or kind is invalid.
    public func restored() throws(FindingDocumentError) -> ShelfwareFinding {
        ShelfwareFinding(
            restoringID: id, accountID: accountID, product: product, step: try Self.step(step, id: id),
            found: try found.restored(id: id), latest: try latest.restored(id: id),
            cause: cause.map(ShelfwareCause.init(restoringName:)), review: try review?.restored(id: id),
            plan: try plan?.restored(id: id), proposal: try proposal?.restored(id: id),
            closure: try closure?.restoredClosure(id: id),
            history: try history.map { entry throws(FindingDocumentError) in try entry.restored(id: id) })
    }

    static func step(_ text: String, id: String) throws(FindingDocumentError) -> FindingStep {
        guard let step = FindingStep(rawValue: text) else {
            throw FindingDocumentError(id: id, field: "step", value: text)
        }
        return step
    }

    static func day(_ text: String, id: String, field: String) throws(FindingDocumentError) -> Day {
        guard let day = Day(iso: text) else { throw FindingDocumentError(id: id, field: field, value: text) }
        return day
    }

    static func money(_ text: String, id: String, field: String) throws(FindingDocumentError) -> Money {
        guard let money = Money(decimal: text, wholeLimit: Money.computedLimit) else {
            throw FindingDocumentError(id: id, field: field, value: text)
        }
        return money
    }

    static func text(_ money: Money) -> String { money.rational.formatted(places: 4) }
}

/// A stored finding document that cannot be restored, such as one with an unknown step.
public struct FindingDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public let findingID: String
    public let field: String
    public let value: String

    public var description: String {
        "the stored document of finding \(findingID) has the invalid \(field) \"\(value)\"; "
            + "restore the database from a backup or delete the finding"
    }

    public init(id: String, field: String, value: String) {
        self.findingID = id
        self.field = field
        self.value = value
    }
}
