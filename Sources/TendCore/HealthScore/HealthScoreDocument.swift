/// The JSON form of a health score, shared by `tend score --format json` and the web API.
///
/// Points are given twice: `points` as a decimal string with two decimals for reading, and `points_exact`
/// as the exact fraction (`1/3`) for checking. `score` has one decimal; `status` and `score` are null, and
/// `reason` says why, for an account that cannot be scored.
public struct HealthScoreDocument: Encodable, Sendable {
    public let accountID: String
    public let name: String
    public let year: Int
    @EncodesNull public var score: String?
    @EncodesNull public var status: String?
    @EncodesNull public var reason: String?
    public let points: String
    public let pointsExact: String
    public let maxPoints: String
    public let coverage: String
    @EncodesNull public var customerSince: String?
    public let customerSinceInferred: Bool
    public let measures: [MeasureDocument]

    public init(name: String, score: HealthScore) {
        accountID = score.accountID
        self.name = name
        year = score.year
        self.score = score.displayScore
        status = score.status?.rawValue
        reason = score.reason
        points = score.points.formatted(places: 2)
        pointsExact = score.points.description
        maxPoints = score.maxPoints.description
        coverage = score.coverage
        customerSince = score.customerSince?.description
        customerSinceInferred = score.customerSinceInferred
        measures = score.measures.map(MeasureDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case accountID = "account_id"
        case name, year, score, status, reason, points
        case pointsExact = "points_exact"
        case maxPoints = "max_points"
        case coverage
        case customerSince = "customer_since"
        case customerSinceInferred = "customer_since_inferred"
        case measures
    }

}

/// The JSON form of one measure's result.
public struct MeasureDocument: Encodable, Sendable {
    public let id: String
    public let category: String
    public let points: String
    public let pointsExact: String
    public let maxPoints: Int
    public let lost: String
    public let assessed: Bool
    public let inputs: [String: String]
    @EncodesNull public var reason: String?
    @EncodesNull public var recovery: String?

    public init(_ result: MeasureResult) {
        id = result.id.rawValue
        category = result.category.rawValue
        points = result.points.formatted(places: 2)
        pointsExact = result.points.description
        maxPoints = result.id.maxPoints
        lost = result.lost.formatted(places: 2)
        assessed = result.assessed
        inputs = Dictionary(result.inputs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        reason = result.notAssessedReason
        recovery = result.recovery
    }

    enum CodingKeys: String, CodingKey {
        case id, category, points
        case pointsExact = "points_exact"
        case maxPoints = "max_points"
        case lost, assessed, inputs, reason, recovery
    }

}
