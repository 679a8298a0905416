/// A named input value a measure used, kept so a manager can trace every point to the data behind it.
public struct MeasureInput: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// The outcome of one measure for one account and year: points, inputs and what would recover lost points.
public struct MeasureResult: Sendable, Hashable {
    public let id: MeasureID
    /// Whether the measure counts in the score; a measure without data counts in neither points nor maximum.
    public let assessed: Bool
    /// Points earned; zero when not assessed.
    public let points: Rational
    public let inputs: [MeasureInput]
    /// The reason the measure was not assessed; nil when it was.
    public let notAssessedReason: String?
    /// The corrective action that would recover the lost points; nil when nothing is lost.
    public let recovery: String?

    public var category: Category { id.category }
    public var maxPoints: Rational { Rational(id.maxPoints) }
    /// Points lost against the measure's maximum; zero when not assessed.
    public var lost: Rational { assessed ? maxPoints - points : .zero }

    /// Creates an assessed result. It builds `recovery` only when points are lost, because most measures score full
    /// points.
    static func assessed(
        _ id: MeasureID, points: Rational, inputs: [MeasureInput], recovery: @autoclosure () -> String? = nil
    ) -> MeasureResult {
        let full = points == Rational(id.maxPoints)
        return MeasureResult(
            id: id, assessed: true, points: points, inputs: inputs, notAssessedReason: nil,
            recovery: full ? nil : recovery())
    }

    static func notAssessed(_ id: MeasureID, reason: String, inputs: [MeasureInput] = []) -> MeasureResult {
        MeasureResult(id: id, assessed: false, points: .zero, inputs: inputs, notAssessedReason: reason, recovery: nil)
    }
}
