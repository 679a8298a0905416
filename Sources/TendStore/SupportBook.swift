import TendCore

/// The support KPIs of a period with the SLA attainment of each group, as every front end shows them.
public struct SupportOverview: Sendable {
    public let report: SupportKPIReport
    /// The policy that decided the first contact and restore targets.
    public let policy: SLAPolicy
    /// Restore target attainment of each group of `report`, with customer waits pausing the clock when the policy
    /// says so.
    public let restoreTargets: [SupportGroupKey: TargetShare]
}

/// Computes support KPIs from a store, so the command line and the dashboard report the same figures.
public enum SupportBook {
    /// Computes the KPIs of the cases opened in `period`, of one account when `accountID` is set.
    ///
    /// `policyName` selects a stored SLA policy; nil selects the stored policy named `default`, or else
    /// `SLAPolicy.builtInDefault`.
    public static func overview(
        store: any SupportStore, period: SupportPeriod, grouping: SupportGrouping, policyName: String? = nil,
        accountID: String? = nil, now: Timestamp
    ) throws -> SupportOverview {
        let policy = try store.slaPolicy(named: policyName)
        let cases = try store.cases(accountID: accountID).filter { period.contains($0.openedAt) }
        let report = SupportKPIReport(cases: cases, period: period, grouping: grouping, policy: policy, now: now)
        let waits = try store.caseWaits(accountID: accountID)
        let casesByKey = Dictionary(grouping: cases, by: grouping.key(of:))
        var restoreTargets: [SupportGroupKey: TargetShare] = [:]
        for group in report.groups {
            restoreTargets[group.key] = policy.restoreTargetShare(
                of: casesByKey[group.key] ?? [], waitsByCase: waits, now: now)
        }
        return SupportOverview(report: report, policy: policy, restoreTargets: restoreTargets)
    }
}
