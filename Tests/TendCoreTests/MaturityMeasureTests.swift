import Testing

@testable import TendCore

@Suite("Maturity measures")
struct MaturityMeasureTests {
    /// Install bases of `latest` products on the latest major version and `behind` products one version behind.
    static func installBase(latest: Int, behind: Int) -> [InstallBaseItem] {
        let products = ["Ledger", "Payroll", "Insight", "Vault"]
        let versions = [5, 3, 1, 2]
        return (0..<(latest + behind)).map { index in
            Fixture.item(products[index], version: versions[index] - (index < latest ? 0 : 1))
        }
    }

    @Test(
        "update-ability by share on the latest version",
        arguments: [
            (4, 0, Rational(2)), (3, 1, Rational(2)), (2, 1, Rational(1)), (2, 2, Rational(1)),
            (1, 1, Rational(1)), (1, 2, .zero), (1, 3, .zero), (0, 1, .zero), (1, 0, Rational(2)),
        ])
    func updateAbility(latest: Int, behind: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.installBase = Self.installBase(latest: latest, behind: behind)
        let result = Fixture.measure(.updateAbility, facts)
        #expect(result.assessed)
        #expect(result.points == expected)
    }

    @Test("update-ability trace names the products behind and skips unknown ones")
    func updateAbilityTrace() {
        var facts = Fixture.perfect()
        facts.installBase = [
            Fixture.item("Ledger", version: 4), Fixture.item("Payroll", version: 3), Fixture.item("Legacy", version: 9),
        ]
        let result = Fixture.measure(.updateAbility, facts)
        #expect(result.points == Rational(1))
        #expect(Fixture.input("not in the catalogue", of: result) == "Legacy")
        #expect(Fixture.input("on the latest major version", of: result) == "1 of 2")
        #expect(Fixture.input("behind", of: result) == "Ledger (version 4, latest 5)")
        #expect(result.recovery == "Upgrade this product to the latest major version for full points: Ledger.")
    }

    @Test("update-ability is not assessed without install base or catalogue")
    func updateAbilityNotAssessed() {
        var facts = Fixture.perfect()
        facts.installBase = []
        #expect(Fixture.measure(.updateAbility, facts).notAssessedReason == "the account has no install base")

        facts.installBase = [Fixture.item("Legacy", version: 1)]
        #expect(
            Fixture.measure(.updateAbility, facts).notAssessedReason
                == "none of the installed products is in the catalogue")

        var kinds = Set(DataKind.allCases)
        kinds.remove(.products)
        let result = Fixture.measure(.updateAbility, Fixture.perfect(), scorer: Fixture.scorer(kinds: kinds))
        #expect(result.notAssessedReason == "no install_base.csv or products.csv data was ever imported")
    }

    @Test(
        "utilisation by shelf-ware",
        arguments: [(10, 10, Rational(1)), (10, 9, .zero), (10, 0, .zero), (10, 12, Rational(1)), (0, 0, Rational(1))])
    func utilisation(owned: Int, inUse: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.installBase = [
            Fixture.item("Ledger", version: 5), Fixture.item("Payroll", version: 3, owned: owned, inUse: inUse),
        ]
        #expect(Fixture.measure(.utilisation, facts).points == expected)
    }

    @Test("utilisation trace values the unused licences")
    func utilisationTrace() {
        var facts = Fixture.perfect()
        facts.installBase = [
            Fixture.item("Ledger", version: 5, owned: 10, inUse: 10, price: "100"),
            Fixture.item("Payroll", version: 3, owned: 20, inUse: 5, price: "20.50"),
        ]
        let result = Fixture.measure(.utilisation, facts)
        #expect(Fixture.input("shelf-ware", of: result) == "Payroll (5 of 20 in use)")
        #expect(Fixture.input("unused licence value", of: result) == "307.50")
        // 307.50 of 1000 + 410 = 1410.
        #expect(Fixture.input("share of install base value", of: result) == "21.8 %")
    }

    @Test("utilisation values past 64-bit amounts without overflow")
    func utilisationLargeValues() {
        var facts = Fixture.perfect()
        facts.installBase = [
            Fixture.item("Ledger", version: 5, owned: 1_000_000_000, inUse: 999_999_999, price: "899999999999"),
            Fixture.item("Payroll", version: 3, owned: 1_000_000_000, inUse: 1_000_000_000, price: "899999999999"),
        ]
        let result = Fixture.measure(.utilisation, facts)
        #expect(result.points == .zero)
        #expect(Fixture.input("unused licence value", of: result) == "899999999999.00")
        #expect(Fixture.input("share of install base value", of: result) == "0.0 %")
    }

    @Test(
        "participation online and at events",
        arguments: [(1, 1, Rational(1)), (5, 0, Rational(1, 2)), (0, 2, Rational(1, 2)), (0, 0, .zero)])
    func participation(online: Int, events: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.onlineParticipations = online
        facts.eventParticipations = events
        #expect(Fixture.measure(.participation, facts).points == expected)
    }

    @Test("reach-ability from the account attribute", arguments: [(true, Rational(1)), (false, .zero)])
    func reachAbility(knows: Bool, expected: Rational) {
        let facts = Fixture.perfect(account: Fixture.account(knows: knows))
        let result = Fixture.measure(.reachAbility, facts)
        #expect(result.assessed)
        #expect(result.points == expected)
    }

    @Test("reach-ability unknown is not assessed")
    func reachAbilityUnknown() {
        let result = Fixture.measure(.reachAbility, Fixture.perfect(account: Fixture.account(knows: nil)))
        #expect(!result.assessed)
        #expect(result.notAssessedReason == "knows_whom_to_contact is unknown for the account")
    }
}
