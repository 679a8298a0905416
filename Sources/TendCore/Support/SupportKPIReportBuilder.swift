/// Builds `SupportKPIReport`s for several groupings from cases added one at a time, so a caller can stream cases
/// from storage and compute each case's figures once.
///
/// Memory grows with the number of durations (three 8-byte values a case and grouping at most), not with the
/// cases. Builders that saw different cases of the same period can be merged, as after reading parts in parallel.
public struct SupportKPIReportBuilder: Sendable {
    public let period: SupportPeriod
    public let groupings: [SupportGrouping]
    public let policy: SLAPolicy
    public let now: Timestamp
    private var accumulators: [[SupportGroupKey: SupportKPIAccumulator]]

    public init(period: SupportPeriod, groupings: [SupportGrouping], policy: SLAPolicy, now: Timestamp) {
        self.period = period
        self.groupings = groupings
        self.policy = policy
        self.now = now
        accumulators = groupings.map { _ in [:] }
    }

    /// Adds a case with its customer waits; a case opened outside the period is ignored.
    public mutating func add(_ supportCase: SupportCase, waits: [CaseWait] = []) {
        guard period.contains(supportCase.openedAt) else { return }
        let figures = CaseFigures(supportCase, waits: waits, policy: policy, now: now)
        for (index, grouping) in groupings.enumerated() {
            let key = grouping.key(of: supportCase)
            accumulators[index][key, default: SupportKPIAccumulator(key: key)].add(figures)
        }
    }

    /// Adds the cases another builder with the same period, groupings, policy and time has seen.
    public mutating func merge(_ other: SupportKPIReportBuilder) {
        for index in accumulators.indices {
            for (key, accumulator) in other.accumulators[index] {
                accumulators[index][key, default: SupportKPIAccumulator(key: key)].merge(accumulator)
            }
        }
    }

    /// One report for each grouping, in the order of `groupings`.
    public func build() -> [SupportKPIReport] {
        zip(groupings, accumulators).map { grouping, groups in
            SupportKPIReport(
                period: period, grouping: grouping, now: now,
                groups: groups.keys.sorted().map { SupportKPIGroup(groups[$0]!) })  // Keys of the same map.
        }
    }
}
