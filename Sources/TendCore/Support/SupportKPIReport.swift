/// The support KPIs of the cases opened in a period, split into groups.
public struct SupportKPIReport: Sendable, Hashable {
    public let period: SupportPeriod
    public let grouping: SupportGrouping
    /// The time open cases are aged to and pending SLA milestones are evaluated at.
    public let now: Timestamp
    /// One group for each key that has at least one case, in key order.
    public let groups: [SupportKPIGroup]

    /// Computes the KPIs of the cases opened in `period`; cases opened outside it are ignored.
    ///
    /// `policy` decides the first contact target share. No case of the period is dropped: cases with inconsistent
    /// data appear in their group's `anomalies` and count in every figure their anomalies do not exclude.
    public init(
        cases: [SupportCase], period: SupportPeriod, grouping: SupportGrouping, policy: SLAPolicy, now: Timestamp
    ) {
        var casesByKey: [SupportGroupKey: [SupportCase]] = [:]
        for supportCase in cases where period.contains(supportCase.openedAt) {
            casesByKey[grouping.key(of: supportCase), default: []].append(supportCase)
        }
        self.period = period
        self.grouping = grouping
        self.now = now
        self.groups = casesByKey.keys.sorted().map { key in
            SupportKPIGroup(key: key, cases: casesByKey[key]!, policy: policy, now: now)  // The key came from the map.
        }
    }
}

extension SupportKPIReport {
    init(period: SupportPeriod, grouping: SupportGrouping, now: Timestamp, groups: [SupportKPIGroup]) {
        self.period = period
        self.grouping = grouping
        self.now = now
        self.groups = groups
    }
}
