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
    public let rcaCoverage: RCACoverage
    /// Inconsistent data of the group's cases, in case order.
    public let anomalies: [CaseAnomaly]

    public var openCount: Int { openCases.count }

    /// Computes the figures of `cases`, all of which belong to the group `key`.
    init(key: SupportGroupKey, cases: [SupportCase], policy: SLAPolicy, now: Timestamp) {
        var openCases: [OpenSupportCase] = []
        var reopened = 0
        var reopenings = 0
        var restoreTimes: [Int64] = []
        var contactTimes: [Int64] = []
        var lifeTimes: [Int64] = []
        var contactMet = 0
        var contactMissed = 0
        var contactPending = 0
        var rcaDone = 0
        var rcaNotDone = 0
        var rcaUnknown = 0
        var anomalies: [CaseAnomaly] = []

        for supportCase in cases {
            let caseAnomalies = CaseAnomaly.anomalies(of: supportCase, now: now)
            anomalies += caseAnomalies
            let excluded = caseAnomalies.reduce(into: Set<SupportFigure>()) { $0.formUnion($1.reason.excludedFigures) }
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
            if !excluded.contains(.firstContactTargetShare),
                let status = policy.firstContactStatus(of: supportCase, now: now)
            {
                switch status.met {
                case true?: contactMet += 1
                case false?: contactMissed += 1
                case nil: contactPending += 1
                }
            }
            if (1...2).contains(supportCase.severity), !excluded.contains(.rcaCoverage) {
                switch supportCase.rcaDone {
                case true?: rcaDone += 1
                case false?: rcaNotDone += 1
                case nil: rcaUnknown += 1
                }
            }
        }

        self.key = key
        self.caseCount = cases.count
        self.openCases = openCases.sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }
        self.reopenedCaseCount = reopened
        self.totalReopenings = reopenings
        self.mttr = DurationStatistics(milliseconds: restoreTimes)
        self.ttfc = DurationStatistics(milliseconds: contactTimes)
        self.firstContactTarget = TargetShare(met: contactMet, missed: contactMissed, pending: contactPending)
        self.aclt = DurationStatistics(milliseconds: lifeTimes)
        self.rcaCoverage = RCACoverage(done: rcaDone, notDone: rcaNotDone, unknown: rcaUnknown)
        self.anomalies = anomalies
    }
}
