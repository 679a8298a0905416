import Testing

@testable import TendCore

@Suite("Stability measures")
struct StabilityMeasureTests {
    @Test(
        "outage points by severity 1 share",
        arguments: [
            (0, 0, Rational(2)), (100, 5, Rational(2)), (100, 6, Rational(1)), (20, 1, Rational(2)),
            (21, 1, Rational(2)), (19, 1, Rational(1)), (100, 19, Rational(1)), (100, 20, .zero), (5, 1, .zero),
            (3, 3, .zero), (1000, 50, Rational(2)), (1000, 51, Rational(1)), (1000, 199, Rational(1)),
        ])
    func outage(cases: Int, severe: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.casesOpened = cases
        facts.severity1CasesOpened = severe
        let result = Fixture.measure(.outage, facts)
        #expect(result.assessed)
        #expect(result.points == expected)
        #expect(Fixture.input("cases opened", of: result) == String(cases))
    }

    @Test("outage trace and recovery")
    func outageTrace() {
        var facts = Fixture.perfect()
        facts.casesOpened = 40
        facts.severity1CasesOpened = 3
        let result = Fixture.measure(.outage, facts)
        #expect(Fixture.input("severity 1 share", of: result) == "7.5 %")
        #expect(result.lost == Rational(1))
        #expect(
            result.recovery
                == "Cut severity 1 cases to 5 % or less of the year's cases: 3 of 40 now, at most 2 for full points; "
                + "root-cause the outages behind them.")
    }

    @Test("outage without any case import is not assessed")
    func outageNotImported() {
        var kinds = Set(DataKind.allCases)
        kinds.remove(.cases)
        let result = Fixture.measure(.outage, Fixture.perfect(), scorer: Fixture.scorer(kinds: kinds))
        #expect(!result.assessed)
        #expect(result.points == .zero)
        #expect(result.lost == .zero)
        #expect(result.notAssessedReason == "no cases.csv data was ever imported")
    }

    @Test(
        "integrations points by working share",
        arguments: [
            ([IntegrationStatus](), Rational(2)), ([.working, .working], Rational(2)),
            ([.working, .working, .degraded], Rational(1)), ([.working, .broken], .zero),
            ([.working, .working, .broken, .degraded], .zero), ([.degraded], .zero),
            ([.working, .working, .working, .broken], Rational(1)),
        ])
    func integrations(statuses: [IntegrationStatus], expected: Rational) {
        var facts = Fixture.perfect()
        facts.integrations = statuses.enumerated().map {
            Integration(accountID: "A1", name: "I\($0.offset)", status: $0.element)
        }
        #expect(Fixture.measure(.integrations, facts).points == expected)
    }

    @Test("integrations list those not working")
    func integrationsTrace() {
        var facts = Fixture.perfect()
        facts.integrations = [
            Integration(accountID: "A1", name: "ERP", status: .working),
            Integration(accountID: "A1", name: "CRM", status: .broken),
        ]
        let result = Fixture.measure(.integrations, facts)
        #expect(Fixture.input("not working", of: result) == "CRM (broken)")
        #expect(result.recovery == "Repair the integrations that are not working: CRM (broken).")
    }

    @Test(
        "enhancements delivered over submitted",
        arguments: [
            (0, 0, Rational(1)), (0, 3, Rational(1)), (10, 4, Rational(2, 5)), (3, 1, Rational(1, 3)),
            (4, 4, Rational(1)), (2, 5, Rational(1)), (7, 0, .zero),
        ])
    func enhancements(submitted: Int, delivered: Int, expected: Rational) {
        var facts = Fixture.perfect()
        facts.enhancementsSubmitted = submitted
        facts.enhancementsDelivered = delivered
        #expect(Fixture.measure(.enhancements, facts).points == expected)
    }
}
