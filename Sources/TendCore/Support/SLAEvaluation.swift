/// The status of one milestone of a case against its SLA target.
public struct SLAMilestoneStatus: Sendable, Hashable {
    /// Elapsed milliseconds on the target's clock: from opening to the milestone once it is reached, otherwise to
    /// the evaluation time or the close, whichever is earlier. Waits are left out where the policy pauses.
    public let elapsedMilliseconds: Int64
    /// Whether the case recorded the milestone.
    public let reached: Bool
    public let target: SLATarget
    /// Whether the target was met: true when reached within the target (elapsed ≤ target), false when reached
    /// late or when over the target before being reached, nil while not reached and still within the target.
    public let met: Bool?

    /// The elapsed time in hours, exactly.
    public var elapsedHours: Rational { Rational(Int128(elapsedMilliseconds), 3_600_000) }
}

/// The first contact and restore status of a case under an SLA policy.
public struct SLAEvaluation: Sendable, Hashable {
    public let firstContact: SLAMilestoneStatus
    public let restore: SLAMilestoneStatus
}

extension SLAPolicy {
    /// Evaluates a case's first contact and restore against the targets for its severity.
    ///
    /// A milestone the case has not reached counts until `now`, or until the close when the case was closed without
    /// it; `now` plays no part for a reached milestone. When `pausesOnWait` is set, the restore clock stops during
    /// each customer wait between opening and the restore (or its stand-in). Waits may overlap; an open wait
    /// (end nil) lasts until that point.
    ///
    /// - Throws: `severityOutOfRange` for a severity other than 1 to 4, `timestampsOutOfOrder` when the first
    ///   contact or the restore is before the opening, and `invalidWaitInterval` for a wait that ends before it
    ///   starts.
    public func evaluate(
        _ supportCase: SupportCase, waits: [(start: Timestamp, end: Timestamp?)] = [], now: Timestamp
    ) throws(SupportMetricsError) -> SLAEvaluation {
        guard let targets = targets(forSeverity: supportCase.severity) else {
            throw SupportMetricsError(
                .severityOutOfRange,
                "case \(supportCase.id) has severity \(supportCase.severity); expected a severity from 1 to 4")
        }
        let opened = supportCase.openedAt
        for (name, milestone) in [("first contact", supportCase.firstContactAt), ("restore", supportCase.restoredAt)] {
            if let milestone, milestone < opened {
                throw SupportMetricsError(
                    .timestampsOutOfOrder,
                    "case \(supportCase.id) has its \(name) at \(milestone), before its opening at \(opened); "
                        + "correct the case's timestamps")
            }
        }
        for wait in waits {
            if let end = wait.end, end < wait.start {
                throw SupportMetricsError(
                    .invalidWaitInterval,
                    "a wait of case \(supportCase.id) ends at \(end), before it starts at \(wait.start); "
                        + "correct the wait or leave its end empty while it lasts")
            }
        }

        let firstContact = status(
            of: supportCase, milestone: supportCase.firstContactAt, target: targets.firstContact, waits: [], now: now)
        let restore = status(
            of: supportCase, milestone: supportCase.restoredAt, target: targets.restore,
            waits: pausesOnWait ? waits : [], now: now)
        return SLAEvaluation(firstContact: firstContact, restore: restore)
    }

    /// The first contact status of a case, with no check of its timestamps; nil for a severity other than 1 to 4.
    func firstContactStatus(of supportCase: SupportCase, now: Timestamp) -> SLAMilestoneStatus? {
        guard let targets = targets(forSeverity: supportCase.severity) else { return nil }
        return status(
            of: supportCase, milestone: supportCase.firstContactAt, target: targets.firstContact, waits: [], now: now)
    }

    private func status(
        of supportCase: SupportCase, milestone: Timestamp?, target: SLATarget,
        waits: [(start: Timestamp, end: Timestamp?)], now: Timestamp
    ) -> SLAMilestoneStatus {
        let opened = supportCase.openedAt
        var stop = milestone ?? now
        if milestone == nil, let closed = supportCase.closedAt, closed < stop { stop = closed }
        if stop < opened { stop = opened }

        var elapsed: Int64 = 0
        for (start, end) in SLAPolicy.activeSpans(from: opened, to: stop, excluding: waits) {
            elapsed += target.clock.milliseconds(from: start, to: end)
        }

        let withinTarget = target.isMet(byElapsed: elapsed)
        let met: Bool? = milestone != nil ? withinTarget : (withinTarget ? nil : false)
        return SLAMilestoneStatus(elapsedMilliseconds: elapsed, reached: milestone != nil, target: target, met: met)
    }

    /// Splits `start..<end` into the spans outside every wait, in order; an open wait lasts until `end`.
    static func activeSpans(
        from start: Timestamp, to end: Timestamp, excluding waits: [(start: Timestamp, end: Timestamp?)]
    ) -> [(Timestamp, Timestamp)] {
        let sortedWaits = waits.map { ($0.start, $0.end ?? end) }.sorted { $0.0 < $1.0 }
        var spans: [(Timestamp, Timestamp)] = []
        var cursor = start
        for (waitStart, waitEnd) in sortedWaits {
            if cursor < waitStart { spans.append((cursor, min(waitStart, end))) }
            if cursor < waitEnd { cursor = waitEnd }
            if !(cursor < end) { break }
        }
        if cursor < end { spans.append((cursor, end)) }
        return spans.filter { $0.0 < $0.1 }
    }
}
