/// The health score of one account for one year, with the trace of every measure.
public struct HealthScore: Sendable, Hashable {
    public let accountID: String
    public let year: Int
    /// Whether the Adoption category was scored; without it the full maximum is 15 points instead of 30.
    public let includesAdoption: Bool
    /// The customer-since date the eligibility rule used, or nil when none is known.
    public let customerSince: Day?
    /// Whether `customerSince` was inferred from the account's earliest support case.
    public let customerSinceInferred: Bool
    /// Every measure of the scorecard, in scorecard order; Adoption measures only when `includesAdoption`.
    public let measures: [MeasureResult]
    /// The reason the account has no score; nil when it has one.
    public let ineligibilityReason: String?

    /// Points earned over the assessed measures.
    public let points: Rational
    /// The maximum of the assessed measures: the coverage the score was computed on.
    public let maxPoints: Rational
    /// Points earned divided by the assessed maximum, times 10; nil for an account without a score.
    public let score: Rational?

    public init(
        accountID: String, year: Int, includesAdoption: Bool, customerSince: Day?, customerSinceInferred: Bool,
        measures: [MeasureResult], ineligibilityReason: String?
    ) {
        self.accountID = accountID
        self.year = year
        self.includesAdoption = includesAdoption
        self.customerSince = customerSince
        self.customerSinceInferred = customerSinceInferred
        self.measures = measures
        self.ineligibilityReason = ineligibilityReason
        var points = Rational.zero
        var maxPoints = Rational.zero
        for measure in measures where measure.assessed {
            points += measure.points
            maxPoints += measure.maxPoints
        }
        self.points = points
        self.maxPoints = maxPoints
        let scored = ineligibilityReason == nil && maxPoints > .zero
        self.score = scored ? points / maxPoints * Rational(10) : nil
    }

    /// The maximum when every measure is assessed: 30, or 15 without Adoption.
    public var fullMaxPoints: Int { includesAdoption ? 30 : 15 }

    public var status: HealthStatus? { score.map(HealthStatus.init(score:)) }

    /// The score with one decimal, rounded half away from zero, as shown everywhere; nil without a score.
    public var displayScore: String? { score?.formatted(places: 1) }

    /// The reason an account has no score: ineligible, or no measure could be assessed.
    public var reason: String? {
        if let ineligibilityReason { return ineligibilityReason }
        if maxPoints == .zero { return "no measure could be assessed: no data of any scored kind" }
        return nil
    }

    /// The assessed maximum out of the full maximum, such as `26/30`.
    public var coverage: String { "\(maxPoints)/\(fullMaxPoints)" }

    /// Measures that lost points, the largest loss first and ties in scorecard order. It is empty for an account
    /// without a score, because its losses would be corrective actions for a year it is not judged on.
    public var losses: [MeasureResult] {
        guard score != nil else { return [] }
        return measures.enumerated()
            .filter { $0.element.lost > .zero }
            .sorted { $0.element.lost != $1.element.lost ? $0.element.lost > $1.element.lost : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The first of `losses`, found in one pass without sorting. It is the measure that lost the most points, the
    /// earliest in scorecard order among equals, or nil when nothing was lost or there is no score.
    public var largestLoss: MeasureResult? {
        guard score != nil else { return nil }
        var largest: Int?
        for index in measures.indices where measures[index].lost > .zero {
            if let current = largest, measures[current].lost >= measures[index].lost { continue }
            largest = index
        }
        return largest.map { measures[$0] }
    }

    /// Points earned and the assessed maximum of one category.
    public func subtotal(_ category: Category) -> (points: Rational, maxPoints: Rational) {
        var points = Rational.zero
        var maxPoints = Rational.zero
        for measure in measures where measure.category == category {
            points += measure.points
            if measure.assessed { maxPoints += measure.maxPoints }
        }
        return (points, maxPoints)
    }

    public func measure(_ id: MeasureID) -> MeasureResult? { measures.first { $0.id == id } }
}
