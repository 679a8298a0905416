/// The downtime of severity 1 cases opened in a period: the sum of their opening-to-restore times.
///
/// A severity 1 case means the service is down, so its time to restore is downtime. Each case counts in full, even
/// when its restore falls after the period ends. Cases that cannot count are listed, never dropped silently.
public struct SeverityOneDowntime: Sendable, Hashable {
    /// The sum of opening-to-restore calendar hours of `countedCaseIDs`, exactly.
    public let hours: Rational
    /// Severity 1 cases whose downtime is in `hours`, in input order.
    public let countedCaseIDs: [String]
    /// Severity 1 cases not yet restored, whose downtime is still growing and not in `hours`.
    public let unrestoredCaseIDs: [String]
    /// Severity 1 cases restored before their opening, which are not in `hours`.
    public let outOfOrderCaseIDs: [String]

    /// Sums the downtime of the severity 1 cases of `cases` opened in `period`; other cases are ignored.
    public init(cases: [SupportCase], period: SupportPeriod) {
        var milliseconds: Int64 = 0
        var counted: [String] = []
        var unrestored: [String] = []
        var outOfOrder: [String] = []
        for supportCase in cases where supportCase.severity == 1 && period.contains(supportCase.openedAt) {
            guard let restored = supportCase.restoredAt else {
                unrestored.append(supportCase.id)
                continue
            }
            guard !(restored < supportCase.openedAt) else {
                outOfOrder.append(supportCase.id)
                continue
            }
            milliseconds += restored.millisecondsSinceEpoch - supportCase.openedAt.millisecondsSinceEpoch
            counted.append(supportCase.id)
        }
        hours = Rational(Int128(milliseconds), 3_600_000)
        countedCaseIDs = counted
        unrestoredCaseIDs = unrestored
        outOfOrderCaseIDs = outOfOrder
    }
}
