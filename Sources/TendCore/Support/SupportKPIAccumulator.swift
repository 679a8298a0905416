/// Collects the figures of one group of cases one case at a time, so a report over millions of cases never holds
/// the cases themselves: only three arrays of durations, counters, and the open and inconsistent cases.
struct SupportKPIAccumulator {
    let key: SupportGroupKey
    private(set) var caseCount = 0
    private(set) var openCases: [OpenSupportCase] = []
    private(set) var reopened = 0
    private(set) var reopenings = 0
    private(set) var restoreTimes: [Int64] = []
    private(set) var contactTimes: [Int64] = []
    private(set) var lifeTimes: [Int64] = []
    private(set) var contactCounts = (met: 0, missed: 0, pending: 0)
    private(set) var restoreCounts = (met: 0, missed: 0, pending: 0)
    private(set) var rcaCounts = (done: 0, notDone: 0, unknown: 0)
    private(set) var anomalies: [CaseAnomaly] = []

    init(key: SupportGroupKey) {
        self.key = key
    }

    /// Adds one case of the group with its customer waits.
    mutating func add(_ supportCase: SupportCase, waits: [CaseWait], policy: SLAPolicy, now: Timestamp) {
        caseCount += 1
        // Consistent cases, the usual ones, allocate nothing here: the empty array and set need no storage.
        let caseAnomalies = CaseAnomaly.anomalies(of: supportCase, now: now)
        var excluded: Set<SupportFigure> = []
        if !caseAnomalies.isEmpty {
            anomalies += caseAnomalies
            for anomaly in caseAnomalies { excluded.formUnion(anomaly.reason.excludedFigures) }
        }
        let opened = supportCase.openedAt

        if supportCase.closedAt == nil {
            let age = excluded.contains(.openAge) ? nil : opened.seconds(until: now) * Rational(1, 3600)
            openCases.append(
                OpenSupportCase(
                    id: supportCase.id, severity: supportCase.severity, openedAt: opened, ageHours: age,
                    restored: supportCase.restoredAt != nil))
        }
        if !excluded.contains(.reopenings) {
            reopened += supportCase.reopenings > 0 ? 1 : 0
            reopenings += supportCase.reopenings
        }
        if let restored = supportCase.restoredAt, !excluded.contains(.mttr) {
            restoreTimes.append(restored.millisecondsSinceEpoch - opened.millisecondsSinceEpoch)
        }
        if let contact = supportCase.firstContactAt, !excluded.contains(.ttfc) {
            contactTimes.append(contact.millisecondsSinceEpoch - opened.millisecondsSinceEpoch)
        }
        if let closed = supportCase.closedAt, !excluded.contains(.aclt) {
            lifeTimes.append(closed.millisecondsSinceEpoch - opened.millisecondsSinceEpoch)
        }
        if let targets = policy.targets(forSeverity: supportCase.severity) {
            if !excluded.contains(.firstContactTargetShare) {
                let met = Self.met(supportCase, supportCase.firstContactAt, targets.firstContact, now: now)
                Self.count(met, into: &contactCounts)
            }
            restoreStatus(supportCase, waits: waits, target: targets.restore, policy: policy, now: now)
        }
        if (1...2).contains(supportCase.severity), !excluded.contains(.rcaCoverage) {
            switch supportCase.rcaDone {
            case true?: rcaCounts.done += 1
            case false?: rcaCounts.notDone += 1
            case nil: rcaCounts.unknown += 1
            }
        }
    }

    /// Counts the restore status as `SLAPolicy.evaluate` decides it; cases it rejects count nowhere.
    private mutating func restoreStatus(
        _ supportCase: SupportCase, waits: [CaseWait], target: SLATarget, policy: SLAPolicy, now: Timestamp
    ) {
        if waits.isEmpty || !policy.pausesOnWait {
            let opened = supportCase.openedAt
            if let contact = supportCase.firstContactAt, contact < opened { return }
            if let restored = supportCase.restoredAt, restored < opened { return }
            if waits.contains(where: { wait in wait.end.map { $0 < wait.start } ?? false }) { return }
            Self.count(Self.met(supportCase, supportCase.restoredAt, target, now: now), into: &restoreCounts)
            return
        }
        let spans = waits.map { (start: $0.start, end: $0.end) }
        guard let evaluation = try? policy.evaluate(supportCase, waits: spans, now: now) else { return }
        Self.count(evaluation.restore.met, into: &restoreCounts)
    }

    /// Whether a milestone met its target with the clock never paused, as `SLAPolicy.evaluate` decides without waits.
    private static func met(_ supportCase: SupportCase, _ milestone: Timestamp?, _ target: SLATarget, now: Timestamp)
        -> Bool?
    {
        let opened = supportCase.openedAt
        var stop = milestone ?? now
        if milestone == nil, let closed = supportCase.closedAt, closed < stop { stop = closed }
        if stop < opened { stop = opened }
        let elapsed = target.clock.milliseconds(from: opened, to: stop)
        let within = elapsed <= target.limitMilliseconds
        return milestone != nil ? within : (within ? nil : false)
    }

    private static func count(_ met: Bool?, into counts: inout (met: Int, missed: Int, pending: Int)) {
        switch met {
        case true?: counts.met += 1
        case false?: counts.missed += 1
        case nil: counts.pending += 1
        }
    }
}

extension SLATarget {
    /// The largest whole number of milliseconds within the target: an elapsed time in whole milliseconds is within
    /// `hours` exactly when it is at most this, so comparisons need no fractions.
    var limitMilliseconds: Int64 {
        let scaled = hours.numerator * 3_600_000 / hours.denominator  // Positive, so division rounds down.
        return Int64(clamping: scaled)
    }
}
