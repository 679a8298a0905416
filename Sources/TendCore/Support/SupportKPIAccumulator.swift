/// The contribution of one case to the KPIs of every group it belongs to, computed once however many groupings a
/// report has.
struct CaseFigures {
    var anomalies: [CaseAnomaly] = []
    var openCase: OpenSupportCase?
    /// The case's reopenings, nil when they are left out.
    var reopenings: Int?
    var restoreMilliseconds: Int64?
    var contactMilliseconds: Int64?
    var lifeMilliseconds: Int64?
    /// The first contact status, counted only when `countsFirstContact`: met, missed (false) or pending (nil).
    var firstContactMet: Bool?
    var countsFirstContact = false
    var restoreMet: Bool?
    var countsRestore = false
    /// The RCA status of a severity 1 or 2 case, counted only when `countsRCA`.
    var rcaDone: Bool?
    var countsRCA = false

    init(_ supportCase: SupportCase, waits: [CaseWait], policy: SLAPolicy, now: Timestamp) {
        // Consistent cases, the usual ones, allocate nothing here: the empty array and set need no storage.
        anomalies = CaseAnomaly.anomalies(of: supportCase, now: now)
        var excluded: Set<SupportFigure> = []
        for anomaly in anomalies { excluded.formUnion(anomaly.reason.excludedFigures) }
        let opened = supportCase.openedAt

        if supportCase.closedAt == nil {
            let age = excluded.contains(.openAge) ? nil : opened.seconds(until: now) * Rational(1, 3600)
            openCase = OpenSupportCase(
                id: supportCase.id, severity: supportCase.severity, openedAt: opened, ageHours: age,
                restored: supportCase.restoredAt != nil)
        }
        if !excluded.contains(.reopenings) { reopenings = supportCase.reopenings }
        if let restored = supportCase.restoredAt, !excluded.contains(.mttr) {
            restoreMilliseconds = restored.millisecondsSinceEpoch - opened.millisecondsSinceEpoch
        }
        if let contact = supportCase.firstContactAt, !excluded.contains(.ttfc) {
            contactMilliseconds = contact.millisecondsSinceEpoch - opened.millisecondsSinceEpoch
        }
        if let closed = supportCase.closedAt, !excluded.contains(.aclt) {
            lifeMilliseconds = closed.millisecondsSinceEpoch - opened.millisecondsSinceEpoch
        }
        if let targets = policy.targets(forSeverity: supportCase.severity) {
            if !excluded.contains(.firstContactTargetShare) {
                countsFirstContact = true
                firstContactMet = Self.met(supportCase, supportCase.firstContactAt, targets.firstContact, now: now)
            }
            (countsRestore, restoreMet) = Self.restoreStatus(
                supportCase, waits: waits, target: targets.restore, policy: policy, now: now)
        }
        if (1...2).contains(supportCase.severity), !excluded.contains(.rcaCoverage) {
            countsRCA = true
            rcaDone = supportCase.rcaDone
        }
    }

    /// The restore status as `SLAPolicy.evaluate` decides it, and whether it counts: cases `evaluate` rejects do not.
    private static func restoreStatus(
        _ supportCase: SupportCase, waits: [CaseWait], target: SLATarget, policy: SLAPolicy, now: Timestamp
    ) -> (counts: Bool, met: Bool?) {
        guard waits.isEmpty || !policy.pausesOnWait else {
            let spans = waits.map { (start: $0.start, end: $0.end) }
            guard let evaluation = try? policy.evaluate(supportCase, waits: spans, now: now) else {
                return (false, nil)
            }
            return (true, evaluation.restore.met)
        }
        let opened = supportCase.openedAt
        if let contact = supportCase.firstContactAt, contact < opened { return (false, nil) }
        if let restored = supportCase.restoredAt, restored < opened { return (false, nil) }
        if waits.contains(where: { wait in wait.end.map { $0 < wait.start } ?? false }) { return (false, nil) }
        return (true, met(supportCase, supportCase.restoredAt, target, now: now))
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
}

/// Collects the figures of one group of cases one case at a time, so a report over millions of cases never keeps
/// the cases themselves: only three arrays of durations, counters, and the open and inconsistent cases.
struct SupportKPIAccumulator: Sendable {
    let key: SupportGroupKey
    private(set) var caseCount = 0
    private(set) var openCases: [OpenSupportCase] = []
    private(set) var reopened = 0
    private(set) var reopenings = 0
    private(set) var restoreTimes: [Int64] = []
    private(set) var contactTimes: [Int64] = []
    private(set) var lifeTimes: [Int64] = []
    private(set) var contactCounts = TallyCounts()
    private(set) var restoreCounts = TallyCounts()
    private(set) var rcaCounts = TallyCounts()
    private(set) var anomalies: [CaseAnomaly] = []

    /// Met (or done), missed (or not done) and pending (or unknown) counts.
    struct TallyCounts: Sendable {
        var yes = 0
        var no = 0
        var unknown = 0

        mutating func count(_ value: Bool?) {
            switch value {
            case true?: yes += 1
            case false?: no += 1
            case nil: unknown += 1
            }
        }

        mutating func add(_ other: TallyCounts) {
            yes += other.yes
            no += other.no
            unknown += other.unknown
        }
    }

    init(key: SupportGroupKey) {
        self.key = key
    }

    mutating func add(_ figures: CaseFigures) {
        caseCount += 1
        if !figures.anomalies.isEmpty { anomalies += figures.anomalies }
        if let openCase = figures.openCase { openCases.append(openCase) }
        if let count = figures.reopenings {
            reopened += count > 0 ? 1 : 0
            reopenings += count
        }
        if let value = figures.restoreMilliseconds { restoreTimes.append(value) }
        if let value = figures.contactMilliseconds { contactTimes.append(value) }
        if let value = figures.lifeMilliseconds { lifeTimes.append(value) }
        if figures.countsFirstContact { contactCounts.count(figures.firstContactMet) }
        if figures.countsRestore { restoreCounts.count(figures.restoreMet) }
        if figures.countsRCA { rcaCounts.count(figures.rcaDone) }
    }

    /// Adds the figures another accumulator of the same group collected, as from another part of the period.
    mutating func merge(_ other: SupportKPIAccumulator) {
        caseCount += other.caseCount
        openCases += other.openCases
        reopened += other.reopened
        reopenings += other.reopenings
        restoreTimes += other.restoreTimes
        contactTimes += other.contactTimes
        lifeTimes += other.lifeTimes
        contactCounts.add(other.contactCounts)
        restoreCounts.add(other.restoreCounts)
        rcaCounts.add(other.rcaCounts)
        anomalies += other.anomalies
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
