/// A cause of shelf-ware taken from a `ShelfwareCauseList`, so an Identify step can only record a known cause.
public struct ShelfwareCause: Sendable, Hashable, CustomStringConvertible {
    /// The cause as the list spells it, such as `not deployed`.
    public let name: String

    init(name: String) {
        self.name = name
    }

    public var description: String { name }
}

/// The causes a user may pick at the Identify step: five defaults, extended with the organisation's own.
public struct ShelfwareCauseList: Sendable, Hashable {
    /// The causes every list starts with.
    public static let defaultNames = [
        "not deployed", "no training", "project cancelled", "replaced by another tool", "bought ahead of need",
    ]

    /// The known causes, defaults first, then added ones in the order they were added.
    public private(set) var names: [String]

    /// Creates the list of default causes.
    public init() {
        self.names = Self.defaultNames
    }

    /// Adds a cause after trimming spaces at both ends.
    ///
    /// - Throws: `WorkflowError` with code `missingValue` for an empty name and `duplicateCause` when the list has the
    ///   name already, compared without regard to case.
    public mutating func add(_ name: String) throws(WorkflowError) {
        let trimmed = Self.trimmed(name)
        guard !trimmed.isEmpty else {
            throw WorkflowError(.missingValue, findingID: nil, "the new shelf-ware cause is empty; give it a name")
        }
        if let existing = names.first(where: { $0.lowercased() == trimmed.lowercased() }) {
            throw WorkflowError(
                .duplicateCause, findingID: nil, "the shelf-ware cause \"\(existing)\" is already in the list")
        }
        names.append(trimmed)
    }

    /// Looks up a cause by name, ignoring case and spaces at both ends, and returns it as the list spells it.
    ///
    /// - Throws: `WorkflowError` with code `unknownCause`, naming the known causes, when the list lacks the name.
    public func cause(named name: String) throws(WorkflowError) -> ShelfwareCause {
        let requested = Self.trimmed(name).lowercased()
        guard let match = names.first(where: { $0.lowercased() == requested }) else {
            throw WorkflowError(
                .unknownCause, findingID: nil,
                "unknown shelf-ware cause \"\(name)\"; pick one of the known causes "
                    + "(\(names.joined(separator: ", "))) or add it to the list first")
        }
        return ShelfwareCause(name: match)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
