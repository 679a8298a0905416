/// The support KPIs of one group of cases opened in a period.
///
/// Every duration is in calendar hours from the case's opening, computed from integer milliseconds and kept as
/// exact fractions; format them with `formatted(places: 2)`. A case with inconsistent timestamps is listed in
/// `anomalies` and left out only of the figures named by each reason's `excludedFigures`.
public struct SupportKPIGroup: Sendable, Hashable {
    public let key: SupportGroupKey
    /// Cases of the group opened in the period, anomalies included.
    public let caseCount: Int
    /// Cases with no close, oldest first.
    public let openCases: [OpenSupportCase]
    /// Cases reopened at least once.
    public let reopenedCaseCount: Int
    /// The sum of the cases' reopenings.
    public let totalReopenings: Int
    /// Mean time to restore: opening to last restore, over cases that record a restore (closed or not); nil when
    /// none does. A case without a restore never counts, whatever its age.
    public let mttr: DurationStatistics?
    /// Time to first contact: opening to first contact, over cases that record one; nil when none does.
    public let ttfc: DurationStatistics?
    /// Cases meeting the first contact target of their severity, on the target's own clock (calendar or business
    /// hours), decided at the report time as `SLAPolicy.evaluate` decides it.
    public let firstContactTarget: TargetShare
    /// Average case life time: opening to last close, over closed cases; nil when none is closed.
    public let aclt: DurationStatistics?
    /// Cases meeting the restore target of their severity, decided as `SLAPolicy.evaluate` decides it, with
    /// customer waits pausing the clock when the report was given them and the policy pauses. Cases `evaluate`
    /// rejects count nowhere.
    public let restoreTarget: TargetShare
    public let rcaCoverage: RCACoverage
    /// Inconsistent data of the group's cases, in case order.
    public let anomalies: [CaseAnomaly]

    public var openCount: Int { openCases.count }

    /// Computes the figures of `cases`, all of which belong to the group `key`, with no customer waits.
    init(key: SupportGroupKey, cases: [SupportCase], policy: SLAPolicy, now: Timestamp) {
        var accumulator = SupportKPIAccumulator(key: key)
        for supportCase in cases { accumulator.add(CaseFigures(supportCase, waits: [], policy: policy, now: now)) }
        self.init(accumulator)
    }

    init(_ accumulator: SupportKPIAccumulator) {
        key = accumulator.key
        caseCount = accumulator.caseCount
        openCases = accumulator.openCases.sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }
        reopenedCaseCount = accumulator.reopened
        totalReopenings = accumulator.reopenings
        mttr = DurationStatistics(milliseconds: accumulator.restoreTimes)
        ttfc = DurationStatistics(milliseconds: accumulator.contactTimes)
        let contact = accumulator.contactCounts
        firstContactTarget = TargetShare(met: contact.yes, missed: contact.no, pending: contact.unknown)
        let restore = accumulator.restoreCounts
        restoreTarget = TargetShare(met: restore.yes, missed: restore.no, pending: restore.unknown)
        aclt = DurationStatistics(milliseconds: accumulator.lifeTimes)
        let rca = accumulator.rcaCounts
        rcaCoverage = RCACoverage(done: rca.yes, notDone: rca.no, unknown: rca.unknown)
        anomalies = accumulator.anomalies
    }
}
