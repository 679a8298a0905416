/// A support figure that a case with inconsistent data can be left out of.
public enum SupportFigure: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Mean time to restore.
    case mttr
    /// Time to first contact.
    case ttfc
    /// The share of cases meeting the first contact target.
    case firstContactTargetShare
    /// Average case life time.
    case aclt
    /// Root cause analysis coverage.
    case rcaCoverage
    /// Reopened cases and total reopenings.
    case reopenings
    /// The age of an open case.
    case openAge

    public static func < (lhs: SupportFigure, rhs: SupportFigure) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!  // Both are cases of allCases.
    }
}

/// A case with inconsistent data and the reason. The case is left out of the reason's figures and counts in all others.
public struct CaseAnomaly: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case firstContactBeforeOpening
        case restoreBeforeOpening
        case closeBeforeOpening
        /// A closed case whose last restore is after its last close, so one of the two is wrong.
        case closeBeforeRestore
        case closeBeforeFirstContact
        case severityOutOfRange
        case negativeReopenings
        /// An open case opened after the time the report was computed for, so it has no age yet.
        case openedAfterNow

        /// The figures a case with this problem would distort.
        public var excludedFigures: Set<SupportFigure> {
            switch self {
            case .firstContactBeforeOpening, .closeBeforeFirstContact: [.ttfc, .firstContactTargetShare]
            case .restoreBeforeOpening: [.mttr]
            case .closeBeforeOpening: [.aclt]
            case .closeBeforeRestore: [.mttr, .aclt]
            case .severityOutOfRange: [.firstContactTargetShare, .rcaCoverage]
            case .negativeReopenings: [.reopenings]
            case .openedAfterNow: [.openAge]
            }
        }

        var text: String {
            switch self {
            case .firstContactBeforeOpening: "first contact before opening"
            case .restoreBeforeOpening: "restore before opening"
            case .closeBeforeOpening: "close before opening"
            case .closeBeforeRestore: "close before restore"
            case .closeBeforeFirstContact: "close before first contact"
            case .severityOutOfRange: "severity outside 1 to 4"
            case .negativeReopenings: "negative number of reopenings"
            case .openedAfterNow: "opened after the report time"
            }
        }
    }

    public let caseID: String
    public let reason: Reason

    public init(caseID: String, reason: Reason) {
        self.caseID = caseID
        self.reason = reason
    }

    /// Such as `case C7: restore before opening; left out of mttr`.
    public var description: String {
        let figures = reason.excludedFigures.sorted().map(\.rawValue).joined(separator: ", ")
        return "case \(caseID): \(reason.text); left out of \(figures)"
    }

    /// Finds every inconsistency of `supportCase`, in the order of `Reason.allCases`, evaluated at `now`.
    public static func anomalies(of supportCase: SupportCase, now: Timestamp) -> [CaseAnomaly] {
        let opened = supportCase.openedAt
        let contact = supportCase.firstContactAt
        let restored = supportCase.restoredAt
        let closed = supportCase.closedAt
        func isBefore(_ earlier: Timestamp?, _ later: Timestamp?) -> Bool {
            guard let earlier, let later else { return false }
            return earlier < later
        }

        var reasons: [Reason] = []
        if isBefore(contact, opened) { reasons.append(.firstContactBeforeOpening) }
        if isBefore(restored, opened) { reasons.append(.restoreBeforeOpening) }
        if isBefore(closed, opened) { reasons.append(.closeBeforeOpening) }
        if isBefore(closed, restored) { reasons.append(.closeBeforeRestore) }
        if isBefore(closed, contact) { reasons.append(.closeBeforeFirstContact) }
        if !SupportCase.severities.contains(supportCase.severity) { reasons.append(.severityOutOfRange) }
        if supportCase.reopenings < 0 { reasons.append(.negativeReopenings) }
        if closed == nil, now < opened { reasons.append(.openedAfterNow) }
        return reasons.map { CaseAnomaly(caseID: supportCase.id, reason: $0) }
    }
}
