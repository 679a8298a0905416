import Testing

@testable import TendCore

@Suite("Shelf-ware and Utilisation")
struct ShelfwareUtilisationTests {
    typealias F = ShelfwareFixture

    @Test(
        "finding counts as shelf-ware by step",
        arguments: [
            (FindingStep.track, true), (.identify, true), (.review, true), (.plan, true), (.propose, true),
            (.dismissed, true), (.solved, false),
        ])
    func countsByStep(step: FindingStep, counts: Bool) throws {
        let finding = try F.finding(at: step)
        #expect(finding.countsAsShelfware == counts)
        #expect(ShelfwareUtilisation.hasShelfware(accountID: "A-1", findings: [finding]) == counts)
        #expect(ShelfwareUtilisation.points(accountID: "A-1", findings: [finding]) == (counts ? .zero : .one))
    }

    @Test("account without findings scores the point")
    func noFindings() {
        #expect(!ShelfwareUtilisation.hasShelfware(accountID: "A-1", findings: []))
        #expect(ShelfwareUtilisation.points(accountID: "A-1", findings: []) == .one)
    }

    @Test("findings of other accounts are ignored")
    func otherAccount() throws {
        let finding = try F.finding()
        #expect(ShelfwareUtilisation.hasShelfware(accountID: "A-1", findings: [finding]))
        #expect(!ShelfwareUtilisation.hasShelfware(accountID: "B-2", findings: [finding]))
    }

    @Test("solving the last open finding recovers the point")
    func recovers() throws {
        let solved = try F.finding(at: .solved)
        var open = try ShelfwareFinding(
            id: "F-13", accountID: "A-1", product: "Vault",
            found: FindingFigures(date: F.day("2024-03-31"), unusedLicences: 5, unusedValue: Money(whole: 1000)),
            by: "tend", at: F.time())
        #expect(ShelfwareUtilisation.points(accountID: "A-1", findings: [solved, open]) == .zero)

        for step in [FindingStep.identify, .review, .plan, .propose, .solved] {
            try open.apply(F.event(to: step), by: F.user, at: F.time(5))
        }
        #expect(ShelfwareUtilisation.points(accountID: "A-1", findings: [solved, open]) == .one)
    }
}
