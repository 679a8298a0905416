import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore
import Testing

/// Moving stored findings through the Go-To-Solve steps, the cause list, and the Utilisation point.
@Suite("Shelf-ware store workflow")
struct ShelfwareStoreWorkflowTests {
    let fixture: ShelfwareFixture

    init() throws {
        fixture = try ShelfwareFixture()
        try fixture.importInstallBase("A1,Ledger,3,10,4,99.5\nA2,Vault,1,2,2,10\n", on: "2024-03-31")
    }

    @discardableResult
    func move(_ id: String, by actor: String = "ana", _ event: @escaping (ShelfwareCauseList) throws -> FindingEvent)
        throws -> ShelfwareFinding?
    {
        try fixture.store.moveFinding(id: id, by: actor, at: ShelfwareFixture.moveTime, note: "", event: event)
    }

    func moveToProposed() throws {
        try move("F-1") { .identify(try $0.cause(named: "no training")) }
        try move("F-1") { _ in .review(FindingReview(date: day("2024-04-10"), participants: ["ana", "Lee (Acme)"])) }
        try move("F-1") { _ in .plan(FindingPlan(action: "train", owner: "ana", dueDate: day("2024-05-01"))) }
        try move("F-1") { _ in .propose(FindingProposal(solution: .training, recoveredValue: money("597"))) }
    }

    @Test("every step is saved with its history")
    func stepsSaved() throws {
        try moveToProposed()
        let solved = try #require(try move("F-1") { _ in .solve })
        #expect(solved.step == .solved)
        let stored = try #require(try fixture.store.finding(id: "F-1"))
        #expect(stored == solved)
        #expect(stored.history.map(\.to) == [.track, .identify, .review, .plan, .propose, .solved])
        #expect(stored.history[1].actor == "ana")
        #expect(stored.history[1].time == ShelfwareFixture.moveTime)
        #expect(stored.cause?.name == "no training")
        #expect(stored.review?.participants == ["ana", "Lee (Acme)"])
        #expect(stored.proposal?.recoveredValue == money("597"))
    }

    @Test("solving the finding recovers the Utilisation point")
    func utilisationRecovers() throws {
        #expect(try fixture.utilisationPoints("A1") == .zero)
        #expect(try fixture.utilisationPoints("A2") == .one)
        try moveToProposed()
        #expect(try fixture.utilisationPoints("A1") == .zero)
        try move("F-1") { _ in .solve }
        #expect(try fixture.utilisationPoints("A1") == .one)
    }

    @Test("dismissed waste still costs the Utilisation point")
    func dismissedCounts() throws {
        try move("F-1") { _ in .dismiss(reason: "customer keeps them for a merger") }
        #expect(try fixture.store.finding(id: "F-1")?.step == .dismissed)
        #expect(try fixture.utilisationPoints("A1") == .zero)
    }

    @Test("a skipped step is rejected and nothing is saved")
    func skippedStep() throws {
        let before = try fixture.store.finding(id: "F-1")
        #expect(
            throws: WorkflowError(
                .stepOutOfOrder, findingID: "F-1", "finding F-1 is at Track; the next step is Identify, not Review")
        ) {
            try move("F-1") { _ in .review(FindingReview(date: day("2024-04-10"), participants: ["ana"])) }
        }
        #expect(try fixture.store.finding(id: "F-1") == before)
    }

    @Test("a closed finding cannot move")
    func closedFinding() throws {
        try move("F-1") { _ in .dismiss(reason: "kept on purpose") }
        #expect(throws: WorkflowError.self) {
            try move("F-1") { .identify(try $0.cause(named: "not deployed")) }
        }
        let error = #expect(throws: WorkflowError.self) { try move("F-1") { _ in .solve } }
        #expect(error?.code == .findingClosed)
        #expect(
            error?.message
                == "finding F-1 is dismissed and cannot move to Solved; it reopens only when a later snapshot shows its "
                + "shelf-ware again")
    }

    @Test("an unknown finding returns nil")
    func unknownFinding() throws {
        #expect(try move("F-99") { _ in .solve } == nil)
    }

    @Test("added causes are kept and usable")
    func causes() throws {
        let list = try fixture.store.addShelfwareCause("  licence audit pending ")
        #expect(list.names.last == "licence audit pending")
        #expect(
            try fixture.store.shelfwareCauses().names == ShelfwareCauseList.defaultNames + ["licence audit pending"])
        let error = #expect(throws: WorkflowError.self) { try fixture.store.addShelfwareCause("Licence Audit Pending") }
        #expect(error?.code == .duplicateCause)
        let identified = try move("F-1") { .identify(try $0.cause(named: "LICENCE AUDIT PENDING")) }
        #expect(identified?.cause?.name == "licence audit pending")
        let unknown = #expect(throws: WorkflowError.self) { try move("F-1") { .identify(try $0.cause(named: "x")) } }
        #expect(unknown?.code == .unknownCause)
    }
}
