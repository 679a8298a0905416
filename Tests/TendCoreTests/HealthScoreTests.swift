import Testing

@testable import TendCore

@Suite("Health score")
struct HealthScoreTests {
    @Test("a perfect account scores 10 and is healthy")
    func perfect() {
        let score = Fixture.scorer().score(Fixture.perfect())
        #expect(score.points == Rational(30))
        #expect(score.maxPoints == Rational(30))
        #expect(score.score == Rational(10))
        #expect(score.status == .healthy)
        #expect(score.displayScore == "10.0")
        #expect(score.coverage == "30/30")
        #expect(score.losses.isEmpty)
        #expect(score.measures.count == 14)
    }

    /// Facts worth `30 - lost` points where the loss comes from licence sales and upsell.
    static func facts(licenceAchieved: String, upsells: Int = 0) -> AccountYearFacts {
        var facts = Fixture.perfect()
        facts.licencePlanned = Money(whole: 1000)
        facts.licenceAchieved = Money(decimal: licenceAchieved)!
        facts.upsells = upsells
        return facts
    }

    @Test(
        "status boundaries are exact",
        arguments: [
            // 22.5 of 30 is exactly 7.5: healthy.
            ("500", 0, Rational(45, 2), HealthStatus.healthy, "7.5"),
            // A ten-thousandth less is infected although it shows as 7.5.
            ("499.9999", 0, Rational(45, 2) - Rational(5 * 1, 10_000_000), .infected, "7.5"),
            ("1000", 0, Rational(25), .healthy, "8.3"),
            // 15 of 30 is exactly 5: sick.
            ("0", 0, Rational(20), .infected, "6.7"),
        ])
    func boundaries(achieved: String, upsells: Int, points: Rational, status: HealthStatus, display: String) {
        let score = Fixture.scorer().score(Self.facts(licenceAchieved: achieved, upsells: upsells))
        #expect(score.points == points)
        #expect(score.status == status)
        #expect(score.displayScore == display)
    }

    @Test("fifteen of thirty is sick and a hair more is infected")
    func sickBoundary() {
        var facts = Self.facts(licenceAchieved: "0")
        facts.servicesPlanned = Money(whole: 1000)
        facts.servicesAchieved = .zero
        let sick = Fixture.scorer().score(facts)
        #expect(sick.points == Rational(15))
        #expect(sick.score == Rational(5))
        #expect(sick.status == .sick)
        #expect(sick.displayScore == "5.0")

        facts.servicesAchieved = Money(units: 1)
        let infected = Fixture.scorer().score(facts)
        #expect(infected.score! > Rational(5))
        #expect(infected.status == .infected)
        #expect(infected.displayScore == "5.0")
    }

    @Test(
        "status thresholds on scores",
        arguments: [
            (Rational(10), HealthStatus.healthy), (Rational(15, 2), .healthy),
            (Rational(7_499_999, 1_000_000), .infected),
            (Rational(5_000_001, 1_000_000), .infected), (Rational(5), .sick), (.zero, .sick),
        ])
    func thresholds(score: Rational, status: HealthStatus) {
        #expect(HealthStatus(score: score) == status)
    }

    @Test("without adoption the maximum is 15")
    func withoutAdoption() {
        var facts = Fixture.perfect()
        facts.upsells = 0
        facts.casesOpened = 10
        facts.severity1CasesOpened = 1
        let score = Fixture.scorer(includesAdoption: false).score(facts)
        #expect(score.measures.count == 11)
        #expect(score.measure(.upsell) == nil)
        #expect(score.maxPoints == Rational(15))
        #expect(score.points == Rational(14))
        #expect(score.score == Rational(28, 3))
        #expect(score.displayScore == "9.3")
        #expect(score.coverage == "15/15")
    }

    @Test("measures not assessed leave the maximum and the coverage")
    func coverage() {
        var facts = Fixture.perfect(account: Fixture.account(reference: nil, knows: nil, inHouse: nil))
        facts.installBase = []
        let kinds: Set<DataKind> = [.accounts, .cases, .integrations, .enhancements, .participation, .programmes]
        let score = Fixture.scorer(kinds: kinds).score(facts)
        // Assessed: outage 2, integrations 2, enhancements 1, participation 1, exclusiveness 1.
        #expect(score.maxPoints == Rational(7))
        #expect(score.points == Rational(7))
        #expect(score.coverage == "7/30")
        #expect(score.score == Rational(10))
        #expect(
            score.measures.filter { !$0.assessed }.map(\.id) == [
                .updateAbility, .utilisation, .reachAbility, .earliness, .development, .referencing, .licenceSales,
                .servicesSales, .upsell,
            ])
    }

    @Test("no assessed measure gives no score")
    func nothingAssessed() {
        let facts = Fixture.perfect(account: Fixture.account(reference: nil, knows: nil, inHouse: nil))
        let score = Fixture.scorer(kinds: [.accounts]).score(facts)
        #expect(score.score == nil)
        #expect(score.status == nil)
        #expect(score.reason == "no measure could be assessed: no data of any scored kind")
    }

    @Test(
        "eligibility needs one full year as a customer",
        arguments: [
            ("2012-01-01", true), ("2013-01-01", true), ("2013-01-02", false), ("2013-12-31", false),
            ("2014-06-01", false),
        ])
    func eligibility(since: String, eligible: Bool) {
        let score = Fixture.scorer().score(Fixture.perfect(account: Fixture.account(since: since)))
        #expect((score.status != nil) == eligible)
        #expect((score.reason == nil) == eligible)
    }

    @Test("ineligible reason names the date and the first scored year")
    func ineligibleReason() {
        let score = Fixture.scorer().score(Fixture.perfect(account: Fixture.account(since: "2013-03-15")))
        #expect(
            score.reason
                == "a customer for less than one full year at the end of 2013 (customer since 2013-03-15); "
                + "first scored year is 2014")
        #expect(score.score == nil)
        #expect(score.measures.count == 14)
        #expect(score.losses.isEmpty)
    }

    @Test("the first support case stands in for an unknown customer-since date")
    func inferredSince() {
        var facts = Fixture.perfect(account: Fixture.account(since: nil))
        facts.earliestCaseDay = Day(iso: "2012-11-20")
        let score = Fixture.scorer().score(facts)
        #expect(score.customerSince == Day(iso: "2012-11-20"))
        #expect(score.customerSinceInferred)
        #expect(score.status == .healthy)

        facts.earliestCaseDay = Day(iso: "2013-02-01")
        let late = Fixture.scorer().score(facts)
        #expect(
            late.reason
                == "a customer for less than one full year at the end of 2013 (first support case 2013-02-01); "
                + "first scored year is 2014")

        facts.earliestCaseDay = nil
        #expect(Fixture.scorer().score(facts).reason == "customer-since date unknown and no support case on record")
    }

    @Test("losses are ranked largest first")
    func losses() {
        var facts = Self.facts(licenceAchieved: "900", upsells: 0)
        facts.casesOpened = 10
        facts.severity1CasesOpened = 1
        facts.onlineParticipations = 0
        let score = Fixture.scorer().score(facts)
        #expect(score.losses.map(\.id) == [.upsell, .outage, .participation, .licenceSales])
        #expect(score.losses.map(\.lost) == [Rational(5), Rational(1), Rational(1, 2), Rational(1, 2)])
        #expect(score.subtotal(.stability) == (Rational(4), Rational(5)))
        #expect(score.subtotal(.adoption) == (Rational(19, 2), Rational(15)))
        #expect(score.largestLoss?.id == .upsell)
    }

    @Test("largest loss is the earliest of equal losses")
    func largestLossTie() {
        var facts = Self.facts(licenceAchieved: "900", upsells: 1)
        facts.onlineParticipations = 0
        let score = Fixture.scorer().score(facts)
        #expect(score.losses.map(\.id) == [.participation, .licenceSales])
        #expect(score.largestLoss?.id == .participation)
        #expect(score.largestLoss?.lost == Rational(1, 2))
        #expect(Fixture.scorer().score(Fixture.perfect()).largestLoss == nil)
    }
}
