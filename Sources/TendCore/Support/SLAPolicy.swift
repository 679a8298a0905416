/// The clock an SLA target counts time on: every hour, or only the open hours of a business calendar.
public enum SLAClock: Sendable, Hashable {
    /// Every hour of the day, weekends and holidays included.
    case calendarHours
    /// Only the open hours of the calendar.
    case businessHours(BusinessCalendar)

    /// Counts the milliseconds from `start` to `end` on this clock; zero when `end` is not after `start`.
    public func milliseconds(from start: Timestamp, to end: Timestamp) -> Int64 {
        switch self {
        case .calendarHours:
            max(0, end.millisecondsSinceEpoch - start.millisecondsSinceEpoch)
        case .businessHours(let calendar):
            calendar.businessMilliseconds(from: start, to: end)
        }
    }
}

/// A time limit for reaching one milestone of a case, in hours of a clock.
public struct SLATarget: Sendable, Hashable {
    /// The limit in hours, exact so that fractions such as 1/2 hour decide boundaries without rounding.
    public let hours: Rational
    public let clock: SLAClock

    /// - Throws: `invalidTarget` when `hours` is zero or negative.
    public init(hours: Rational, clock: SLAClock = .calendarHours) throws(SupportMetricsError) {
        guard Rational.zero < hours else {
            throw SupportMetricsError(
                .invalidTarget, "invalid SLA target of \(hours) hours; expected a positive number of hours")
        }
        self.hours = hours
        self.clock = clock
    }

    /// Whether `elapsedMilliseconds` on this target's clock is within the target, the limit included.
    public func isMet(byElapsed elapsedMilliseconds: Int64) -> Bool {
        !(hours < Rational(Int128(elapsedMilliseconds), 3_600_000))
    }
}

/// The SLA targets for one severity.
public struct SLASeverityTargets: Sendable, Hashable {
    /// The limit from opening to first contact.
    public let firstContact: SLATarget
    /// The limit from opening to restore of service.
    public let restore: SLATarget

    public init(firstContact: SLATarget, restore: SLATarget) {
        self.firstContact = firstContact
        self.restore = restore
    }
}

/// The service level agreement for support cases: first contact and restore targets for each severity.
public struct SLAPolicy: Sendable, Hashable {
    public let name: String
    /// The targets of severities 1 to 4, keyed by severity.
    public let targetsBySeverity: [Int: SLASeverityTargets]
    /// Whether time the case waits on the customer pauses the restore clock. The first contact clock never pauses.
    public let pausesOnWait: Bool

    /// - Throws: `missingSeverityTarget` unless `targetsBySeverity` has exactly the keys 1, 2, 3 and 4.
    public init(
        name: String, targetsBySeverity: [Int: SLASeverityTargets], pausesOnWait: Bool
    ) throws(SupportMetricsError) {
        let severities = Set(targetsBySeverity.keys)
        guard severities == Set(SupportCase.severities) else {
            let listed = severities.sorted().map(String.init).joined(separator: ", ")
            throw SupportMetricsError(
                .missingSeverityTarget,
                "SLA policy \"\(name)\" has targets for severities [\(listed)]; expected targets for 1, 2, 3 and 4")
        }
        self.name = name
        self.targetsBySeverity = targetsBySeverity
        self.pausesOnWait = pausesOnWait
    }

    /// The targets for `severity`, or nil when it is not 1 to 4.
    public func targets(forSeverity severity: Int) -> SLASeverityTargets? {
        targetsBySeverity[severity]
    }
}
