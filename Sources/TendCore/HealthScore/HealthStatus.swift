/// The health status of an account, decided on the exact score out of 10.
public enum HealthStatus: String, Sendable, CaseIterable {
    /// Score 7.5 or above.
    case healthy
    /// Score above 5 and below 7.5.
    case infected
    /// Score 5 or below.
    case sick

    public static let healthyThreshold = Rational(15, 2)
    public static let sickThreshold = Rational(5)

    public init(score: Rational) {
        if score >= HealthStatus.healthyThreshold {
            self = .healthy
        } else if score > HealthStatus.sickThreshold {
            self = .infected
        } else {
            self = .sick
        }
    }

    public var title: String {
        switch self {
        case .healthy: "Healthy"
        case .infected: "Infected"
        case .sick: "Sick"
        }
    }

    /// The colour the dashboard shows the status in.
    public var colour: String {
        switch self {
        case .healthy: "green"
        case .infected: "amber"
        case .sick: "red"
        }
    }
}
