/// Install base data that the shelf-ware analysis rejects, such as two snapshots of one account on the same date.
public struct ShelfwareInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure, so callers and tests can match it without parsing the message.
    public enum Code: String, Sendable, Equatable {
        /// An item or a snapshot belongs to another account than the one analysed.
        case accountMismatch
        /// One snapshot lists the same product twice.
        case duplicateProduct
        /// Two snapshots of one account have the same date.
        case duplicateDate
        /// An account analysis was requested with no snapshot at all.
        case noSnapshots
        /// Licences owned or in use below zero.
        case negativeLicences
        /// A unit price below zero.
        case negativeUnitPrice
        /// A portfolio summary lists the same account twice.
        case duplicateAccount
    }

    public var code: Code
    /// The failure, the value and the fix in one sentence, such as
    /// `product Ledger appears twice in the install base of account A-1 on 2024-03-31; keep one item per product`.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
