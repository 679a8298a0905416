import TendCore
import Testing

/// The JSON form of a finding: every event and closure survives a round trip, and invalid fields are named.
@Suite("Finding document")
struct FindingDocumentTests {
    static let found = FindingFigures(
        date: Day(iso: "2024-03-31")!, unusedLicences: 6, unusedValue: Money(decimal: "597.1234")!)

    static func time(_ hour: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: 1_719_748_800_000 + hour * 3_600_000, utcOffsetSeconds: 7200)
    }

    /// A finding taken through every step, solved by the data, reopened, and dismissed.
    static func travelledFinding() throws -> ShelfwareFinding {
        var finding = try ShelfwareFinding(
            id: "F-3", accountID: "A1", product: "Ledger", found: found, by: "tend", at: time(0))
        let causes = ShelfwareCauseList()
        try finding.apply(.identify(try causes.cause(named: "no training")), by: "ana", at: time(1), note: "call")
        try finding.apply(
            .review(FindingReview(date: Day(iso: "2024-04-02")!, participants: ["ana", "Lee"])), by: "ana", at: time(2))
        try finding.apply(
            .plan(FindingPlan(action: "train", owner: "ana", dueDate: Day(iso: "2024-05-01")!)), by: "ana", at: time(3))
        try finding.apply(
            .propose(FindingProposal(solution: .reduceAtRenewal, recoveredValue: Money(decimal: "100.5")!)), by: "ana",
            at: time(4))
        try finding.apply(.solveByData(snapshotDate: Day(iso: "2024-06-30")!), by: "tend", at: time(5))
        let again = FindingFigures(date: Day(iso: "2024-09-30")!, unusedLicences: 2, unusedValue: Money(whole: 199))
        try finding.apply(.track(again), by: "tend", at: time(6))
        try finding.apply(.dismiss(reason: "kept for a merger"), by: "ben", at: time(7))
        return finding
    }

    @Test("round trip restores an equal finding")
    func roundTrip() throws {
        let finding = try Self.travelledFinding()
        let document = FindingDocument(finding)
        #expect(document.step == "dismissed")
        #expect(document.found.unusedValue == "199.0000")
        #expect(document.history.count == 8)
        #expect(document.history[1].event.cause == "no training")
        #expect(try document.restored() == finding)
    }

    @Test("solved finding at Propose round trips")
    func solvedRoundTrip() throws {
        var finding = try ShelfwareFinding(
            id: "F-1", accountID: "A1", product: "Ledger", found: Self.found, by: "tend", at: Self.time(0))
        let causes = ShelfwareCauseList()
        try finding.apply(.identify(try causes.cause(named: "not deployed")), by: "ana", at: Self.time(1))
        try finding.apply(
            .review(FindingReview(date: Day(iso: "2024-04-02")!, participants: ["ana"])), by: "ana", at: Self.time(2))
        try finding.apply(
            .plan(FindingPlan(action: "deploy", owner: "ana", dueDate: Day(iso: "2024-05-01")!)), by: "ana",
            at: Self.time(3))
        try finding.apply(
            .propose(FindingProposal(solution: .redeploy, recoveredValue: Self.found.unusedValue)), by: "ana",
            at: Self.time(4))
        try finding.apply(.solve, by: "ana", at: Self.time(5))
        #expect(try FindingDocument(finding).restored() == finding)
    }

    @Test("invalid step is named")
    func invalidStep() throws {
        var document = FindingDocument(try Self.travelledFinding())
        document.step = "finished"
        #expect(throws: FindingDocumentError(id: "F-3", field: "step", value: "finished")) {
            try document.restored()
        }
    }

    @Test("invalid solution is named")
    func invalidSolution() throws {
        var document = FindingDocument(try Self.travelledFinding())
        document.history[4].event.proposal?.solution = "magic"
        #expect(throws: FindingDocumentError(id: "F-3", field: "solution", value: "magic")) {
            try document.restored()
        }
    }
}
