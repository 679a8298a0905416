import TendCore

/// The support KPIs of a period with the SLA attainment of each group, as every front end shows them.
public struct SupportOverview: Sendable {
    public let report: SupportKPIReport
    /// The policy that decided the first contact and restore targets.
    public let policy: SLAPolicy
    /// Restore target attainment of each group of `report`, the same as each group's `restoreTarget`.
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
        let waits = try store.caseWaits(accountID: accountID)
        var builder = SupportKPIReportBuilder(period: period, groupings: [grouping], policy: policy, now: now)
        let readsNames = grouping == .account || grouping == .product
        try store.forEachCase(
            openedFrom: period.from, to: period.to, accountID: accountID, readsAccountAndProduct: readsNames
        ) { supportCase in
            builder.add(supportCase, waits: waits[supportCase.id] ?? [])
        }
        let report = builder.build()[0]  // One report for the one grouping.
        var restoreTargets: [SupportGroupKey: TargetShare] = [:]
        for group in report.groups { restoreTargets[group.key] = group.restoreTarget }
        return SupportOverview(report: report, policy: policy, restoreTargets: restoreTargets)
    }
}
