import Dispatch
import Synchronization
import TendCore

/// The storage interface of Tend: SQLite for a single user, a server database for shared deployments.
///
/// Implementations are safe to call from several threads. Nothing here exposes SQL or a driver's types.
public protocol Store: Sendable {
    /// Runs `body` in one transaction: its writes commit together when it returns and are all discarded when it throws.
    func write<Result>(_ body: (any StoreWriter) throws -> Result) throws -> Result

    /// Returns the kinds of data imported at least once, even from a file with a header and no rows.
    func importedKinds() throws -> Set<DataKind>

    /// Returns every account, ordered by id.
    func accounts() throws -> [Account]

    func account(id: String) throws -> Account?

    /// Returns the product catalogue, ordered by product.
    func catalogue() throws -> [CatalogueProduct]

    /// Gathers the facts the health score needs for every account in `year`, ordered by account id.
    func accountYearFacts(year: Int) throws -> [AccountYearFacts]

    /// Gathers the facts for one account in `year`, or nil when the account does not exist.
    func accountYearFacts(accountID: String, year: Int) throws -> AccountYearFacts?

    /// Gathers the facts of every account for `year` and maps them with `transform` in parts of consecutive accounts,
    /// returning the results of the parts in account id order.
    ///
    /// A store may gather several parts at once and call `transform` on several threads at the same time, once a
    /// part. All parts show the same state of the store. The default gathers all facts with
    /// `accountYearFacts(year:)` and maps parts of them on all cores.
    func mapAccountYearFacts<Result: Sendable>(
        year: Int, _ transform: @Sendable ([AccountYearFacts]) -> [Result]
    ) throws -> [Result]

    /// Returns the years in which any dated record (case, sale, enhancement, participation, upsell) falls, ascending.
    func yearsOnRecord() throws -> [Int]

    /// Returns the support cases of one account, newest first; all accounts' when `accountID` is nil.
    func cases(accountID: String?) throws -> [SupportCase]

    /// Counts the rows of each kind of data.
    func rowCounts() throws -> [DataKind: Int]

    /// Returns a number that changes whenever a write transaction commits, so readers can cache derived results.
    func revision() throws -> Int64
}

/// How an upsert went.
public enum UpsertOutcome: Sendable, Equatable {
    case inserted
    case updated
    /// The same key was already written from the same source file in this transaction.
    case duplicateInSource
}

/// The write operations available inside `Store.write`.
///
/// Every upsert replaces the record with the same key, so importing the same file twice changes nothing.
/// Duplicate keys within one source are reported instead of silently overwritten.
public protocol StoreWriter {
    /// Starts a new source (one file): records `kind` as imported and resets the duplicate-key tracking.
    ///
    /// `expectedRows` is an estimate of the records the source will upsert, or 0 when unknown. A store may use it to
    /// prepare for a large source, and results do not depend on it.
    func beginSource(kind: DataKind, name: String, expectedRows: Int) throws

    func accountExists(id: String) throws -> Bool

    /// Inserts an account with only an id and a name when none exists, as for accounts known only from support cases.
    func insertAccountIfMissing(id: String) throws

    /// Key: account id.
    func upsert(_ account: Account) throws -> UpsertOutcome
    /// Key: product.
    func upsert(_ product: CatalogueProduct) throws -> UpsertOutcome
    /// Key: account id and product.
    func upsert(_ item: InstallBaseItem) throws -> UpsertOutcome
    /// Key: account id and integration name.
    func upsert(_ integration: Integration) throws -> UpsertOutcome
    /// Key: account id and request id.
    func upsert(_ request: EnhancementRequest) throws -> UpsertOutcome
    /// Key: account id, date and kind.
    func upsert(_ participation: Participation) throws -> UpsertOutcome
    /// Key: account id, programme and start date.
    func upsert(_ membership: ProgrammeMembership) throws -> UpsertOutcome
    /// Key: account id, quarter and kind.
    func upsert(_ result: SalesResult) throws -> UpsertOutcome
    /// Key: account id, date and kind.
    func upsert(_ upsell: Upsell) throws -> UpsertOutcome
    /// Key: case id.
    func upsert(_ supportCase: SupportCase) throws -> UpsertOutcome
}

extension StoreWriter {
    /// Starts a new source of unknown size.
    public func beginSource(kind: DataKind, name: String) throws {
        try beginSource(kind: kind, name: name, expectedRows: 0)
    }
}

extension Store {
    public func mapAccountYearFacts<Result: Sendable>(
        year: Int, _ transform: @Sendable ([AccountYearFacts]) -> [Result]
    ) throws -> [Result] {
        mapInParts(try accountYearFacts(year: year), transform)
    }
}

/// Maps `elements` with `transform` in parts of `partSize` consecutive elements on all cores, and returns the results
/// in the order of the elements.
public func mapInParts<Element: Sendable, Result: Sendable>(
    _ elements: [Element], partSize: Int = 2048, _ transform: @Sendable ([Element]) -> [Result]
) -> [Result] {
    let partCount = (elements.count + partSize - 1) / partSize
    guard partCount > 1 else { return transform(elements) }
    let parts = Mutex([[Result]](repeating: [], count: partCount))
    DispatchQueue.concurrentPerform(iterations: partCount) { part in
        let range = (part * partSize)..<min(elements.count, (part + 1) * partSize)
        let results = transform(Array(elements[range]))
        parts.withLock { $0[part] = results }
    }
    return parts.withLock { $0.flatMap { $0 } }
}
