import Testing

@testable import TendCore

@Suite("Go-To-Solve workflow")
struct ShelfwareWorkflowTests {
    typealias F = ShelfwareFixture

    static let openSteps: [FindingStep] = [.track, .identify, .review, .plan, .propose]

    @Test("new finding starts at Track")
    func created() throws {
        let finding = try F.finding()
        #expect(finding.step == .track)
        #expect(finding.isOpen)
        #expect(
            finding.found
                == FindingFigures(date: F.day("2024-03-31"), unusedLicences: 10, unusedValue: Money(whole: 1000)))
        #expect(finding.latest == finding.found)
        #expect(finding.cause == nil)
        #expect(finding.closure == nil)
        #expect(
            finding.history == [
                FindingHistoryEntry(
                    from: nil, to: .track, event: .track(finding.found), actor: "tend", time: F.time(), note: "")
            ])
    }

    @Test("finding moves through every step to Solved")
    func fullPath() throws {
        var finding = try F.finding()
        let cause = try ShelfwareCauseList().cause(named: "no training")
        try finding.apply(.identify(cause), by: F.user, at: F.time(1), note: "users never had a course")
        #expect(finding.step == .identify)
        try finding.apply(.review(F.review), by: F.user, at: F.time(2))
        #expect(finding.step == .review)
        try finding.apply(.plan(F.plan), by: F.user, at: F.time(3))
        #expect(finding.step == .plan)
        try finding.apply(.propose(F.proposal), by: F.user, at: F.time(4))
        #expect(finding.step == .propose)
        try finding.apply(.solve, by: "Sam Okafor", at: F.time(5))

        #expect(finding.step == .solved)
        #expect(!finding.isOpen)
        #expect(finding.closure == .solved)
        #expect(finding.cause?.name == "no training")
        #expect(finding.review == F.review)
        #expect(finding.plan == F.plan)
        #expect(finding.proposal == F.proposal)
        #expect(finding.history.map(\.from) == [nil, .track, .identify, .review, .plan, .propose])
        #expect(finding.history.map(\.to) == [.track, .identify, .review, .plan, .propose, .solved])
        #expect(finding.history.map(\.time) == (0...5).map { F.time(Int64($0)) })
        #expect(
            finding.history[1]
                == FindingHistoryEntry(
                    from: .track, to: .identify, event: .identify(cause), actor: F.user, time: F.time(1),
                    note: "users never had a course"))
        #expect(finding.history[5].actor == "Sam Okafor")
        #expect(finding.history[5].event == .solve)
    }

    @Test(
        "skipping or repeating a step is rejected",
        arguments: [
            (FindingStep.identify, FindingStep.plan, "finding F-12 is at Identify; the next step is Review, not Plan"),
            (.track, .review, "finding F-12 is at Track; the next step is Identify, not Review"),
            (.track, .propose, "finding F-12 is at Track; the next step is Identify, not Propose"),
            (.identify, .identify, "finding F-12 is at Identify; the next step is Review, not Identify"),
            (.plan, .review, "finding F-12 is at Plan; the next step is Propose, not Review"),
            (.propose, .propose, "finding F-12 is at Propose; the next step is Solved, not Propose"),
            (.propose, .identify, "finding F-12 is at Propose; the next step is Solved, not Identify"),
        ])
    func outOfOrder(current: FindingStep, target: FindingStep, message: String) throws {
        var finding = try F.finding(at: current)
        let before = finding
        #expect(throws: WorkflowError(.stepOutOfOrder, findingID: "F-12", message)) {
            try finding.apply(F.event(to: target), by: F.user, at: F.time(9))
        }
        #expect(finding == before)
    }

    @Test("solving before Propose is rejected", arguments: [FindingStep.track, .identify, .review, .plan])
    func solveTooEarly(current: FindingStep) throws {
        var finding = try F.finding(at: current)
        let next = try #require(current.next)
        let message =
            "finding F-12 is at \(current.title) and can be solved only after Propose; the next step is \(next.title)"
        #expect(throws: WorkflowError(.notProposed, findingID: "F-12", message)) {
            try finding.apply(.solve, by: F.user, at: F.time(9))
        }
        #expect(finding.step == current)
    }

    @Test("dismissing works from every open step", arguments: openSteps)
    func dismiss(current: FindingStep) throws {
        var finding = try F.finding(at: current)
        let count = finding.history.count
        try finding.apply(
            .dismiss(reason: "kept for the merger"), by: F.user, at: F.time(9), note: "agreed with the CFO")
        #expect(finding.step == .dismissed)
        #expect(finding.closure == .dismissed(reason: "kept for the merger"))
        #expect(finding.history.count == count + 1)
        #expect(finding.history.last?.from == current)
        #expect(finding.history.last?.to == .dismissed)
        #expect(finding.history.last?.note == "agreed with the CFO")
    }

    @Test("dismissing needs a reason")
    func dismissWithoutReason() throws {
        var finding = try F.finding()
        #expect(
            throws: WorkflowError(
                .missingValue, findingID: "F-12", "finding F-12 cannot be dismissed without a reason; give one")
        ) { try finding.apply(.dismiss(reason: "  "), by: F.user, at: F.time(9)) }
        #expect(finding.step == .track)
    }

    @Test(
        "closed finding does not move",
        arguments: [
            (FindingStep.dismissed, FindingStep.identify, "is dismissed and cannot move to Identify"),
            (.dismissed, .dismissed, "is dismissed and cannot move to Dismissed"),
            (.solved, .solved, "is solved and cannot move to Solved"),
            (.solved, .plan, "is solved and cannot move to Plan"),
        ])
    func closedFinding(current: FindingStep, target: FindingStep, text: String) throws {
        var finding = try F.finding(at: current)
        let message = "finding F-12 \(text); it reopens only when a later snapshot shows its shelf-ware again"
        #expect(throws: WorkflowError(.findingClosed, findingID: "F-12", message)) {
            try finding.apply(F.event(to: target), by: F.user, at: F.time(9))
        }
        #expect(throws: WorkflowError.self) {
            try finding.apply(.solveByData(snapshotDate: F.day("2024-06-30")), by: "tend", at: F.time(9))
        }
        #expect(finding.step == current)
    }

    @Test("tracking an open finding again is rejected")
    func trackOpen() throws {
        var finding = try F.finding(at: .plan)
        let message =
            "finding F-12 is open at Plan and cannot be tracked again; "
            + "only a solved or dismissed finding reopens at Track"
        #expect(throws: WorkflowError(.findingOpen, findingID: "F-12", message)) {
            try finding.apply(F.event(to: .track), by: "tend", at: F.time(9))
        }
    }

    @Test("reopening needs later figures with unused licences")
    func reopenChecks() throws {
        var finding = try F.finding(at: .dismissed)
        let sameDay = FindingFigures(date: F.day("2024-03-31"), unusedLicences: 3, unusedValue: Money(whole: 300))
        #expect(
            throws: WorkflowError(
                .invalidDate, findingID: "F-12",
                "finding F-12 has figures from 2024-03-31, so the snapshot of 2024-03-31 is not later; "
                    + "reconcile only with later snapshots")
        ) { try finding.apply(.track(sameDay), by: "tend", at: F.time(9)) }

        let none = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 0, unusedValue: .zero)
        let error = #expect(throws: WorkflowError.self) { try finding.apply(.track(none), by: "tend", at: F.time(9)) }
        #expect(error?.code == .invalidValue)
        #expect(finding.step == .dismissed)
    }

    @Test("reopened finding starts a new cycle at Track")
    func reopen() throws {
        var finding = try F.finding(at: .solved)
        let figures = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 4, unusedValue: Money(whole: 400))
        try finding.apply(.track(figures), by: "tend", at: F.time(9))
        #expect(finding.step == .track)
        #expect(finding.id == "F-12")
        #expect(finding.found == figures)
        #expect(finding.latest == figures)
        #expect(finding.cause == nil)
        #expect(finding.review == nil)
        #expect(finding.plan == nil)
        #expect(finding.proposal == nil)
        #expect(finding.closure == nil)
        #expect(finding.history.count == 7)
        #expect(finding.history[5].event == .solve)
        #expect(
            finding.history[6]
                == FindingHistoryEntry(
                    from: .solved, to: .track, event: .track(figures), actor: "tend", time: F.time(9), note: ""))
    }

    @Test("solved by the data from every open step", arguments: openSteps)
    func solveByData(current: FindingStep) throws {
        var finding = try F.finding(at: current)
        try finding.apply(.solveByData(snapshotDate: F.day("2024-06-30")), by: "tend", at: F.time(9))
        #expect(finding.step == .solved)
        #expect(finding.closure == .solvedByData(snapshotDate: F.day("2024-06-30")))
        #expect(finding.latest == FindingFigures(date: F.day("2024-06-30"), unusedLicences: 0, unusedValue: .zero))
        #expect(finding.found.unusedLicences == 10)
        #expect(finding.history.last?.from == current)
    }

    @Test("every move needs an actor")
    func missingActor() throws {
        var finding = try F.finding()
        #expect(
            throws: WorkflowError(
                .missingValue, findingID: "F-12",
                "finding F-12 cannot move to Dismissed without an actor; name who makes the move")
        ) { try finding.apply(.dismiss(reason: "kept"), by: "", at: F.time(9)) }
    }

    @Test("finding needs an id and unused licences")
    func creationErrors() throws {
        let figures = FindingFigures(date: F.day("2024-03-31"), unusedLicences: 2, unusedValue: Money(whole: 200))
        #expect(
            throws: WorkflowError(
                .missingValue, findingID: nil, "the finding for product Ledger of account A-1 has no id; give it one")
        ) {
            try ShelfwareFinding(id: "", accountID: "A-1", product: "Ledger", found: figures, by: "tend", at: F.time())
        }

        let none = FindingFigures(date: F.day("2024-03-31"), unusedLicences: 0, unusedValue: .zero)
        #expect(
            throws: WorkflowError(
                .invalidValue, findingID: "F-1",
                "finding F-1 cannot be tracked with 0 unused licences worth 0.00; "
                    + "track only products with unused licences and a value of zero or more")
        ) {
            try ShelfwareFinding(id: "F-1", accountID: "A-1", product: "Ledger", found: none, by: "tend", at: F.time())
        }
    }
}
