extension SLAPolicy {
    /// Counts the cases that met, missed or are still within their restore target, as `evaluate` decides each one.
    ///
    /// Waits pause the clock when `pausesOnWait` is set. A case that `evaluate` rejects (severity outside 1 to 4,
    /// a first contact or restore before the opening, a wait that ends before it starts) counts nowhere; the KPI
    /// report lists such cases as anomalies.
    public func restoreTargetShare(
        of cases: [SupportCase], waitsByCase: [String: [CaseWait]], now: Timestamp
    ) -> TargetShare {
        var met = 0
        var missed = 0
        var pending = 0
        for supportCase in cases {
            let waits = (waitsByCase[supportCase.id] ?? []).map { (start: $0.start, end: $0.end) }
            guard let evaluation = try? evaluate(supportCase, waits: waits, now: now) else { continue }
            switch evaluation.restore.met {
            case true?: met += 1
            case false?: missed += 1
            case nil: pending += 1
            }
        }
        return TargetShare(met: met, missed: missed, pending: pending)
    }
}

extension TargetShare {
    /// No case met, missed or pending.
    public static let empty = TargetShare(met: 0, missed: 0, pending: 0)
}
