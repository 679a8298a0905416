import TendCore

/// Storage for the support KPIs beyond the cases themselves: customer waits, business calendars and SLA policies.
public protocol SupportStore: Store {
    /// The waits of every case, keyed by case id, each list in start order; one account's when `accountID` is set.
    func caseWaits(accountID: String?) throws -> [String: [CaseWait]]

    /// Calls `body` with each case opened at or after `from` and before `to`, of one account when `accountID` is
    /// set, in no particular order, without holding every case in memory.
    ///
    /// When `readsAccountAndProduct` is false the cases carry empty account ids and products, which saves reading
    /// two text columns for reports that group by neither.
    ///
    /// - Note: `body` must not call the store, because the store may be locked while it runs.
    func forEachCase(
        openedFrom from: Timestamp, to: Timestamp, accountID: String?, readsAccountAndProduct: Bool,
        _ body: (SupportCase) throws -> Void
    ) throws

    /// Every stored business calendar, ordered by name.
    func businessCalendars() throws -> [BusinessCalendar]

    /// Every stored SLA policy, ordered by name, with the calendars its targets count on.
    func slaPolicies() throws -> [SLAPolicy]

    /// Stores `calendars` and then `policies` in one transaction, replacing entries of the same name.
    ///
    /// A policy's business-hours targets must name a calendar that is stored or in `calendars`.
    func save(calendars: [BusinessCalendar], policies: [SLAPolicy]) throws

    /// Deletes the calendar and returns whether it existed; fails while a policy counts on it.
    func deleteBusinessCalendar(name: String) throws -> Bool

    /// Deletes the policy and returns whether it existed.
    func deleteSLAPolicy(name: String) throws -> Bool
}

/// The write operation for customer waits, available from writers whose store is a `SupportStore`.
public protocol CaseWaitWriter {
    /// Replaces every wait of the case with `waits`.
    func replaceWaits(caseID: String, with waits: [CaseWait]) throws
}

extension SupportStore {
    /// The name of the policy reports use when none is named.
    public static var defaultPolicyName: String { "default" }

    /// The policy called `name`, or, when `name` is nil, the stored policy named `default` or else
    /// `SLAPolicy.builtInDefault`.
    ///
    /// - Throws: `SupportStoreError` when a named policy is not stored.
    public func slaPolicy(named name: String?) throws -> SLAPolicy {
        let policies = try slaPolicies()
        if let name {
            guard let policy = policies.first(where: { $0.name == name }) else {
                let known = policies.map(\.name).joined(separator: ", ")
                throw SupportStoreError(
                    "SLA policy \"\(name)\" not found; stored policies: \(known.isEmpty ? "none" : known)")
            }
            return policy
        }
        return policies.first { $0.name == Self.defaultPolicyName } ?? .builtInDefault
    }
}

/// A support configuration request the store cannot satisfy, such as a policy name that is not stored.
public struct SupportStoreError: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
