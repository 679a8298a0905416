import TendCore

/// The milestone roles of an activity name; one name may have several, such as a close that also restores service.
package struct ActivityRoles: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    package static let firstContact = ActivityRoles(rawValue: 1 << 0)
    package static let restore = ActivityRoles(rawValue: 1 << 1)
    package static let close = ActivityRoles(rawValue: 1 << 2)
    package static let wait = ActivityRoles(rawValue: 1 << 3)
    package static let rca = ActivityRoles(rawValue: 1 << 4)
}

/// One row of an event log, reduced to what a support case needs.
package struct CaseEvent: Sendable, Equatable {
    package var time: Timestamp
    package var roles: ActivityRoles
    package var accountID: String
    package var product: String
    package var severity: Int

    package init(time: Timestamp, roles: ActivityRoles, accountID: String, product: String, severity: Int) {
        self.time = time
        self.roles = roles
        self.accountID = accountID
        self.product = product
        self.severity = severity
    }
}

/// Builds a support case from its events.
package enum CaseAggregator {
    /// Aggregates `events`, given in file order, into one case.
    ///
    /// Events are sorted by time, keeping file order among equal times. The case opens at the first event; first
    /// contact is the first `firstContact` event, restore the last `restore` event and close the last `close` event.
    /// A reopening is an activity with none of the roles restore, close, wait or rca that follows a restore or close.
    /// The case then counts as open until the next restore or close, so several activities in a row count once.
    /// `rcaDone` is nil when `tracksRCA` is false, else whether any event has the rca role. Account, product and
    /// severity follow `policy`: first or last takes the earliest or latest event's value, most severe the lowest
    /// severity number.
    ///
    /// NOTE: RCA activities after a restore are not counted as reopenings, because a root cause analysis normally
    /// follows the restore of service.
    package static func aggregate(
        caseID: String, events: [CaseEvent], policy: EventLogMapping.AttributePolicy, tracksRCA: Bool
    ) -> SupportCase {
        precondition(!events.isEmpty, "a case has at least one event")
        let sorted = events.indices.sorted { left, right in
            let leftTime = events[left].time.millisecondsSinceEpoch
            let rightTime = events[right].time.millisecondsSinceEpoch
            return leftTime != rightTime ? leftTime < rightTime : left < right
        }.map { events[$0] }

        var firstContact: Timestamp?
        var restored: Timestamp?
        var closed: Timestamp?
        var rcaDone = false
        var reopenings = 0
        var isResolved = false
        for event in sorted {
            if event.roles.contains(.firstContact) && firstContact == nil { firstContact = event.time }
            if event.roles.contains(.restore) { restored = event.time }
            if event.roles.contains(.close) { closed = event.time }
            if event.roles.contains(.rca) { rcaDone = true }
            if !event.roles.isDisjoint(with: [.restore, .close]) {
                isResolved = true
            } else if isResolved && event.roles.isDisjoint(with: [.wait, .rca]) {
                reopenings += 1
                isResolved = false
            }
        }

        let severityPolicy = policy.severity ?? .mostSevere
        let severity =
            severityPolicy == .mostSevere
            ? sorted.map(\.severity).min() ?? sorted[0].severity : pick(sorted, severityPolicy, \.severity)
        return SupportCase(
            id: caseID,
            accountID: pick(sorted, policy.accountID ?? .last, \.accountID),
            product: pick(sorted, policy.product ?? .last, \.product),
            severity: severity,
            openedAt: sorted[0].time,
            firstContactAt: firstContact,
            restoredAt: restored,
            closedAt: closed,
            rcaDone: tracksRCA ? rcaDone : nil,
            reopenings: reopenings)
    }

    /// Picks the first event's value for `first`, else the last event's. Mapping validation allows `mostSevere` only
    /// for severity, which the caller handles.
    private static func pick<Value>(
        _ sorted: [CaseEvent], _ policy: EventLogMapping.Policy, _ attribute: KeyPath<CaseEvent, Value>
    ) -> Value {
        policy == .first ? sorted[0][keyPath: attribute] : sorted[sorted.count - 1][keyPath: attribute]
    }
}
