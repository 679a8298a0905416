/// Builds a `SupportKPIReport` from cases added one at a time, so a caller can stream cases from storage.
///
/// Memory grows with the number of durations (three 8-byte values a case at most), not with the cases.
public struct SupportKPIReportBuilder: Sendable {
    public let period: SupportPeriod
    public let grouping: SupportGrouping
    public let policy: SLAPolicy
    public let now: Timestamp
    private var accumulators: [SupportGroupKey: SupportKPIAccumulator] = [:]

    public init(period: SupportPeriod, grouping: SupportGrouping, policy: SLAPolicy, now: Timestamp) {
        self.period = period
        self.grouping = grouping
        self.policy = policy
        self.now = now
    }

    /// Adds a case with its customer waits; a case opened outside the period is ignored.
    public mutating func add(_ supportCase: SupportCase, waits: [CaseWait] = []) {
        guard period.contains(supportCase.openedAt) else { return }
        let key = grouping.key(of: supportCase)
        accumulators[key, default: SupportKPIAccumulator(key: key)]
            .add(supportCase, waits: waits, policy: policy, now: now)
    }

    public func build() -> SupportKPIReport {
        SupportKPIReport(
            period: period, grouping: grouping, now: now,
            groups: accumulators.keys.sorted().map { SupportKPIGroup(accumulators[$0]!) })  // Keys of the map.
    }
}
