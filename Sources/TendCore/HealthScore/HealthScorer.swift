/// Computes health scores by the default scorecard: fifteen rules in four categories, 30 points, score out of 10.
///
/// The scorer is a pure function of its inputs: the catalogue, which kinds of data were ever imported, and one
/// account's facts for the year. It does no I/O, so the store can gather facts in bulk and the scorer can run
/// over them on any thread.
public struct HealthScorer: Sendable {
    public let catalogue: [String: CatalogueProduct]
    /// The catalogue products new in each year (released in the year or the year before), sorted, so Earliness
    /// finds a year's new products with one lookup.
    let newProductsByYear: [Int: [String]]
    public let importedKinds: Set<DataKind>
    public let includesAdoption: Bool
    /// Whether each kind was imported, at its `caseIndex`, so checking a kind hashes no raw value.
    private let imported: [Bool]

    public init(catalogue: [CatalogueProduct], importedKinds: Set<DataKind>, includesAdoption: Bool = true) {
        self.catalogue = Dictionary(catalogue.map { ($0.product, $0) }, uniquingKeysWith: { _, last in last })
        var newProductsByYear: [Int: [String]] = [:]
        for product in self.catalogue.values {
            let released = product.releasedOn.year
            for year in released...released + 1 { newProductsByYear[year, default: []].append(product.product) }
        }
        self.newProductsByYear = newProductsByYear.mapValues { $0.sorted() }
        self.importedKinds = importedKinds
        imported = DataKind.allCases.map { importedKinds.contains($0) }
        self.includesAdoption = includesAdoption
    }

    public func score(_ facts: AccountYearFacts) -> HealthScore {
        var measures = [
            outage(facts), integrations(facts), enhancements(facts),
            updateAbility(facts), utilisation(facts), participation(facts), reachAbility(facts),
            earliness(facts), development(facts), referencing(facts), exclusiveness(facts),
        ]
        if includesAdoption {
            measures += [
                sales(facts, kind: .licence), sales(facts, kind: .services), upsell(facts),
            ]
        }
        let (customerSince, inferred) = customerSince(of: facts)
        return HealthScore(
            accountID: facts.account.id, year: facts.year, includesAdoption: includesAdoption,
            customerSince: customerSince, customerSinceInferred: inferred, measures: measures,
            ineligibilityReason: ineligibilityReason(customerSince: customerSince, inferred: inferred, year: facts.year)
        )
    }

    /// Returns the recorded customer-since date, or the date of the account's earliest support case in its place.
    func customerSince(of facts: AccountYearFacts) -> (Day?, inferred: Bool) {
        if let recorded = facts.account.customerSince { return (recorded, false) }
        if let earliestCase = facts.earliestCaseDay { return (earliestCase, true) }
        return (nil, false)
    }

    /// Returns the reason an account has no score for `year`, or nil when it scores. An account scores when it has
    /// been a customer for one full year at the year's end, that is since January 1 of the year or earlier.
    func ineligibilityReason(customerSince: Day?, inferred: Bool, year: Int) -> String? {
        guard let customerSince else {
            return "customer-since date unknown and no support case on record"
        }
        let latestEligibleStart = Day.firstOfYear(year)
        guard customerSince > latestEligibleStart else { return nil }
        let source = inferred ? "first support case" : "customer since"
        let startsOnNewYear = customerSince == Day.firstOfYear(customerSince.year)
        let firstScoredYear = startsOnNewYear ? customerSince.year : customerSince.year + 1
        return "a customer for less than one full year at the end of \(year) (\(source) \(customerSince)); "
            + "first scored year is \(firstScoredYear)"
    }

    func has(_ kind: DataKind) -> Bool { imported[kind.caseIndex] }

    static func neverImported(_ kinds: DataKind...) -> String {
        "no \(kinds.map(\.fileName).joined(separator: " or ")) data was ever imported"
    }
}
