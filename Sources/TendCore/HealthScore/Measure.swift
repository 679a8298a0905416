/// One of the four categories of the health scorecard.
public enum Category: String, Sendable, CaseIterable {
    case stability, maturity, innovation, adoption

    public var title: String {
        switch self {
        case .stability: "Stability"
        case .maturity: "Maturity"
        case .innovation: "Innovation"
        case .adoption: "Adoption"
        }
    }

    /// The measures of the category, in scorecard order.
    public var measures: [MeasureID] { MeasureID.allCases.filter { $0.category == self } }

    /// The points of the category when every measure is assessed.
    public var maxPoints: Int { measures.reduce(0) { $0 + $1.maxPoints } }
}

/// A measure of the health scorecard. The raw values are the ids used in every output.
public enum MeasureID: String, Sendable, CaseIterable {
    case outage, integrations, enhancements
    case updateAbility = "update_ability"
    case utilisation, participation
    case reachAbility = "reach_ability"
    case earliness, development, referencing, exclusiveness
    case licenceSales = "licence_sales"
    case servicesSales = "services_sales"
    case upsell

    public var category: Category {
        switch self {
        case .outage, .integrations, .enhancements: .stability
        case .updateAbility, .utilisation, .participation, .reachAbility: .maturity
        case .earliness, .development, .referencing, .exclusiveness: .innovation
        case .licenceSales, .servicesSales, .upsell: .adoption
        }
    }

    public var maxPoints: Int {
        switch self {
        case .outage, .integrations, .updateAbility, .earliness: 2
        case .licenceSales, .servicesSales, .upsell: 5
        default: 1
        }
    }

    public var title: String {
        switch self {
        case .outage: "Outage"
        case .integrations: "Integrations"
        case .enhancements: "Enhancements"
        case .updateAbility: "Update-ability"
        case .utilisation: "Utilisation"
        case .participation: "Participation"
        case .reachAbility: "Reach-ability"
        case .earliness: "Earliness"
        case .development: "Development"
        case .referencing: "Referencing"
        case .exclusiveness: "Exclusiveness"
        case .licenceSales: "Licence sales"
        case .servicesSales: "Services sales"
        case .upsell: "Upsell"
        }
    }
}
