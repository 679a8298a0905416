import TendCore

/// A store that keeps install base snapshots and drives shelf-ware findings through the Go-To-Solve workflow.
///
/// Findings are brought up to date with new snapshots inside the import transaction that writes them, through
/// `ShelfwareStoreWriter.reconcileShelfware(at:)`.
public protocol ShelfwareStore: Store {
    /// Returns the install base snapshots of one account, or of every account when `accountID` is nil, ordered by account
    /// and date.
    func installBaseSnapshots(accountID: String?) throws -> [InstallBaseSnapshot]

    /// Returns the findings of one account, or of every account when `accountID` is nil, ordered by account and product,
    /// and by id number for findings of the same product.
    func findings(accountID: String?) throws -> [ShelfwareFinding]

    func finding(id: String) throws -> ShelfwareFinding?

    /// Returns the causes a user may pick at the Identify step: the defaults followed by the causes users added.
    func shelfwareCauses() throws -> ShelfwareCauseList

    /// Applies the event that `makeEvent` builds from the cause list to finding `id`, and saves the result, in one
    /// transaction.
    ///
    /// - Returns: The finding after the move, or nil when no finding has the id.
    /// - Throws: `WorkflowError` when the workflow rejects the move; the finding stays as it was.
    func moveFinding(
        id: String, by actor: String, at time: Timestamp, note: String,
        event makeEvent: (ShelfwareCauseList) throws -> FindingEvent
    ) throws -> ShelfwareFinding?

    /// Adds a cause to the list and returns the list.
    ///
    /// - Throws: `WorkflowError` with code `missingValue` or `duplicateCause`, as `ShelfwareCauseList.add` does.
    func addShelfwareCause(_ name: String) throws -> ShelfwareCauseList
}

/// The install base writes of a `ShelfwareStore`, available inside `Store.write`.
public protocol ShelfwareStoreWriter: StoreWriter {
    /// Sets the date of install base items imported without one, for the rest of the transaction.
    func beginSnapshots(defaultDate: Day) throws

    /// Upserts one item of the account's snapshot of `asOf`, or of the default date when `asOf` is nil.
    /// Key: account id, date and product.
    func upsert(_ item: InstallBaseItem, asOf: Day?) throws -> UpsertOutcome

    /// Makes each account's current install base its latest snapshot, and reconciles its findings with every
    /// snapshot newer than the last one reconciled.
    ///
    /// Snapshots older than the last reconciled one only add to the usage trend. History entries of the moves
    /// carry `time`.
    ///
    /// - Returns: The changes, ordered by account, snapshot date and product.
    func reconcileShelfware(at time: Timestamp) throws -> [FindingChange]
}
