/// A case not yet closed, with its age at the report time.
public struct OpenSupportCase: Sendable, Hashable {
    public let id: String
    public let severity: Int
    public let openedAt: Timestamp
    /// Calendar hours from the opening to the report time, exactly; nil when the case opened after the report time.
    public let ageHours: Rational?
    /// Whether the case records a restore, as a case restored and awaiting close does.
    public let restored: Bool
}

/// Root cause analysis coverage of severity 1 and 2 cases.
///
/// Every severity 1 and 2 case opened in the period counts, open or closed. A case whose RCA status is unknown
/// counts in the denominator as not covered, because an RCA nobody recorded cannot be shown to exist. The unknown
/// cases are also counted on their own, so a reader can see how much of the gap is missing data.
public struct RCACoverage: Sendable, Hashable {
    /// Cases with `rcaDone == true`.
    public let done: Int
    /// Cases with `rcaDone == false`.
    public let notDone: Int
    /// Cases with `rcaDone == nil`.
    public let unknown: Int

    /// `done / (done + notDone + unknown)`, or nil when there is no severity 1 or 2 case.
    public var share: Rational? {
        let total = done + notDone + unknown
        return total == 0 ? nil : Rational(Int128(done), Int128(total))
    }
}

/// How many cases met an SLA target.
public struct TargetShare: Sendable, Hashable {
    /// Cases that reached the milestone within the target.
    public let met: Int
    /// Cases that reached it late, or are past the target without reaching it.
    public let missed: Int
    /// Cases not yet reached and still within the target, which count in neither the numerator nor denominator.
    public let pending: Int

    /// `met / (met + missed)`, or nil when no case is decided.
    public var share: Rational? {
        met + missed == 0 ? nil : Rational(Int128(met), Int128(met + missed))
    }
}
