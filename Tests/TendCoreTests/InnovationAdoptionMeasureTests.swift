import Testing

@testable import TendCore

@Suite("Innovation measures")
struct InnovationMeasureTests {
    @Test(
        "earliness counts products new in the year or the year before",
        arguments: [
            (["Insight", "Flow"], Rational(2)), (["Insight"], Rational(1)), (["Flow"], Rational(1)),
            (["Vault"], .zero), (["Ledger", "Vault"], .zero), ([String](), .zero),
        ])
    func earliness(products: [String], expected: Rational) {
        var facts = Fixture.perfect()
        facts.installBase = products.map { Fixture.item($0, version: 1) }
        let result = Fixture.measure(.earliness, facts)
        #expect(result.assessed)
        #expect(result.points == expected)
    }

    @Test("a product is new in its release year and the next only")
    func newnessWindow() {
        let insight = Fixture.catalogue[2]  // Released 2012-09-01.
        #expect(!insight.isNew(in: 2011))
        #expect(insight.isNew(in: 2012))
        #expect(insight.isNew(in: 2013))
        #expect(!insight.isNew(in: 2014))
    }

    @Test("earliness recovery proposes new products not installed")
    func earlinessRecovery() {
        var facts = Fixture.perfect()
        facts.installBase = [Fixture.item("Insight", version: 1)]
        let result = Fixture.measure(.earliness, facts)
        #expect(Fixture.input("new products in 2013", of: result) == "Flow, Insight")
        #expect(result.recovery == "Propose 1 of the new products: Flow.")
    }

    @Test("earliness recovery with fewer new products than points lost")
    func earlinessRecoveryShort() {
        #expect(
            HealthScorer.earlinessRecovery(year: 2013, points: 0, candidates: ["Flow"])
                == "Propose the new product Flow, which recovers 1 of the 2 points; no other new product is in the "
                + "catalogue for 2013, so propose the next release early.")
        #expect(
            HealthScorer.earlinessRecovery(year: 2013, points: 0, candidates: ["Flow", "Insight"])
                == "Propose 2 of the new products: Flow, Insight.")
        #expect(
            HealthScorer.earlinessRecovery(year: 2013, points: 1, candidates: [])
                == "No other new product is in the catalogue for 2013; propose the next release early.")
    }

    @Test("development and referencing from account attributes")
    func attributes() {
        let facts = Fixture.perfect(account: Fixture.account(reference: false, inHouse: nil))
        #expect(Fixture.measure(.referencing, facts).points == .zero)
        #expect(Fixture.measure(.referencing, facts).assessed)
        #expect(!Fixture.measure(.development, facts).assessed)
        #expect(Fixture.measure(.development, Fixture.perfect()).points == .one)
    }

    @Test("exclusiveness by active programmes")
    func exclusiveness() {
        var facts = Fixture.perfect()
        #expect(Fixture.measure(.exclusiveness, facts).points == .one)
        facts.activeProgrammes = []
        let result = Fixture.measure(.exclusiveness, facts)
        #expect(result.points == .zero)
        #expect(Fixture.input("programmes active in 2013", of: result) == "none")
    }

    @Test("a programme is active when it overlaps the year by a day")
    func programmeActivity() {
        func membership(_ start: String, _ end: String?) -> ProgrammeMembership {
            ProgrammeMembership(
                accountID: "A1", programme: "Beta", startedOn: Day(iso: start)!, endedOn: end.flatMap { Day(iso: $0) })
        }
        #expect(membership("2012-05-01", "2013-01-01").isActive(in: 2013))
        #expect(!membership("2012-05-01", "2012-12-31").isActive(in: 2013))
        #expect(membership("2013-12-31", nil).isActive(in: 2013))
        #expect(!membership("2014-01-01", nil).isActive(in: 2013))
        #expect(membership("2010-01-01", nil).isActive(in: 2013))
    }
}

@Suite("Adoption measures")
struct AdoptionMeasureTests {
    @Test(
        "sales achieved over planned times five, capped",
        arguments: [
            ("1000", "800", Rational(4)), ("1000", "1000", Rational(5)), ("1000", "1300", Rational(5)),
            ("1000", "0", .zero), ("3", "1", Rational(5, 3)), ("0", "0", Rational(5)), ("0", "250", Rational(5)),
            ("1000.0001", "1000", Rational(50_000_000, 10_000_001)),
        ])
    func sales(planned: String, achieved: String, expected: Rational) {
        var facts = Fixture.perfect()
        facts.licencePlanned = Money(decimal: planned)!
        facts.licenceAchieved = Money(decimal: achieved)!
        facts.servicesPlanned = Money(decimal: planned)!
        facts.servicesAchieved = Money(decimal: achieved)!
        #expect(Fixture.measure(.licenceSales, facts).points == expected)
        #expect(Fixture.measure(.servicesSales, facts).points == expected)
    }

    @Test("nothing planned says so in the trace")
    func nothingPlanned() {
        var facts = Fixture.perfect()
        facts.servicesPlanned = .zero
        let result = Fixture.measure(.servicesSales, facts)
        #expect(Fixture.input("rule", of: result) == "nothing planned scores 5")
        #expect(result.points == Rational(5))
    }

    @Test("sales recovery names the gap")
    func salesRecovery() {
        var facts = Fixture.perfect()
        facts.licencePlanned = Money(whole: 1000)
        facts.licenceAchieved = Money(whole: 800)
        let result = Fixture.measure(.licenceSales, facts)
        #expect(Fixture.input("achieved share", of: result) == "80.0 %")
        #expect(
            result.recovery
                == "Close the licence, cloud and subscription sales gap of 200.00 against the plan for 2013.")
    }

    @Test("upsell is all or nothing", arguments: [(0, Rational(0)), (1, Rational(5)), (3, Rational(5))])
    func upsell(count: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.upsells = count
        #expect(Fixture.measure(.upsell, facts).points == expected)
    }
}
