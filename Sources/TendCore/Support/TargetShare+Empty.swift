extension TargetShare {
    /// No case met, missed or pending.
    public static let empty = TargetShare(met: 0, missed: 0, pending: 0)
}
