@testable import TendCore

/// Builds facts and scorers for scorer tests: an account that is a customer since 2010 and scored for 2013.
enum Fixture {
    static let year = 2013

    static func account(
        since: String? = "2010-01-01", reference: Bool? = true, knows: Bool? = true, inHouse: Bool? = true
    ) -> Account {
        Account(
            id: "A1", name: "Acme", customerSince: since.flatMap { Day(iso: $0) }, segment: "Enterprise",
            region: "EMEA", owner: "Dana", referenceCustomer: reference, knowsWhomToContact: knows,
            inHouseIntegrations: inHouse)
    }

    static let catalogue = [
        CatalogueProduct(product: "Ledger", latestMajorVersion: 5, releasedOn: Day(iso: "2008-03-01")!),
        CatalogueProduct(product: "Payroll", latestMajorVersion: 3, releasedOn: Day(iso: "2009-06-01")!),
        CatalogueProduct(product: "Insight", latestMajorVersion: 1, releasedOn: Day(iso: "2012-09-01")!),
        CatalogueProduct(product: "Flow", latestMajorVersion: 1, releasedOn: Day(iso: "2013-12-31")!),
        CatalogueProduct(product: "Vault", latestMajorVersion: 2, releasedOn: Day(iso: "2011-12-31")!),
    ]

    static func item(_ product: String, version: Int, owned: Int = 10, inUse: Int = 10, price: String = "100")
        -> InstallBaseItem
    {
        InstallBaseItem(
            accountID: "A1", product: product, majorVersion: version, licencesOwned: owned, licencesInUse: inUse,
            unitPrice: Money(decimal: price)!)
    }

    /// Facts that score every measure in full: 30 of 30 points.
    static func perfect(account: Account = account()) -> AccountYearFacts {
        var facts = AccountYearFacts(account: account, year: year)
        facts.casesOpened = 40
        facts.severity1CasesOpened = 2
        facts.integrations = [Integration(accountID: "A1", name: "ERP", status: .working)]
        facts.enhancementsSubmitted = 4
        facts.enhancementsDelivered = 4
        facts.installBase = [item("Ledger", version: 5), item("Insight", version: 1), item("Flow", version: 1)]
        facts.onlineParticipations = 3
        facts.eventParticipations = 1
        facts.activeProgrammes = ["Beta"]
        facts.licencePlanned = Money(whole: 1000)
        facts.licenceAchieved = Money(whole: 1000)
        facts.servicesPlanned = Money(whole: 500)
        facts.servicesAchieved = Money(whole: 600)
        facts.upsells = 1
        facts.upsellAmount = Money(whole: 250)
        return facts
    }

    static func scorer(
        kinds: Set<DataKind> = Set(DataKind.allCases), includesAdoption: Bool = true
    ) -> HealthScorer {
        HealthScorer(catalogue: catalogue, importedKinds: kinds, includesAdoption: includesAdoption)
    }

    static func measure(_ id: MeasureID, _ facts: AccountYearFacts, scorer: HealthScorer = scorer()) -> MeasureResult {
        scorer.score(facts).measure(id)!  // Every scorer test asks for a measure the scorecard has.
    }

    static func input(_ name: String, of result: MeasureResult) -> String? {
        result.inputs.first { $0.name == name }?.value
    }
}
