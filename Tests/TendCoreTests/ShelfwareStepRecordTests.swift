import Testing

@testable import TendCore

@Suite("Go-To-Solve step records")
struct ShelfwareStepRecordTests {
    typealias F = ShelfwareFixture

    @Test("default causes and lookup")
    func defaultCauses() throws {
        let causes = ShelfwareCauseList()
        #expect(
            causes.names == [
                "not deployed", "no training", "project cancelled", "replaced by another tool", "bought ahead of need",
            ])
        #expect(try causes.cause(named: "  Project Cancelled ").name == "project cancelled")
    }

    @Test("unknown cause names the known ones")
    func unknownCause() throws {
        var causes = ShelfwareCauseList()
        try causes.add("budget cut")
        let message =
            "unknown shelf-ware cause \"licence audit\"; pick one of the known causes (not deployed, "
            + "no training, project cancelled, replaced by another tool, bought ahead of need, budget cut) "
            + "or add it to the list first"
        #expect(throws: WorkflowError(.unknownCause, findingID: nil, message)) {
            try causes.cause(named: "licence audit")
        }
        #expect(try causes.cause(named: "Budget cut").name == "budget cut")
    }

    @Test("adding a cause rejects empty and duplicate names")
    func addCause() throws {
        var causes = ShelfwareCauseList()
        try causes.add("  merger pending ")
        #expect(causes.names.last == "merger pending")
        #expect(
            throws: WorkflowError(
                .duplicateCause, findingID: nil, "the shelf-ware cause \"no training\" is already in the list")
        ) {
            try causes.add("No Training")
        }
        #expect(
            throws: WorkflowError(.missingValue, findingID: nil, "the new shelf-ware cause is empty; give it a name")
        ) {
            try causes.add(" ")
        }
        #expect(causes.names.count == 6)
    }

    @Test("review checks participants and date")
    func reviewChecks() throws {
        var finding = try F.finding(at: .identify)
        #expect(
            throws: WorkflowError(
                .missingValue, findingID: "F-12",
                "finding F-12 cannot be reviewed without participants; name who took part")
        ) {
            try finding.apply(
                .review(FindingReview(date: F.day("2024-04-10"), participants: ["", " "])), by: F.user, at: F.time(9))
        }

        let early = FindingReview(date: F.day("2024-03-30"), participants: ["Dana Reyes"])
        #expect(
            throws: WorkflowError(
                .invalidDate, findingID: "F-12",
                "finding F-12 was found on 2024-03-31, so it cannot be reviewed on 2024-03-30; "
                    + "give a review date on or after 2024-03-31")
        ) { try finding.apply(.review(early), by: F.user, at: F.time(9)) }
        #expect(finding.step == .identify)

        let sameDay = FindingReview(date: F.day("2024-03-31"), participants: ["Dana Reyes"])
        try finding.apply(.review(sameDay), by: F.user, at: F.time(9))
        #expect(finding.review == sameDay)
    }

    @Test("plan checks action, owner and due date")
    func planChecks() throws {
        var finding = try F.finding(at: .review)
        let cases: [(FindingPlan, WorkflowError.Code, String)] = [
            (
                FindingPlan(action: " ", owner: "Sam Okafor", dueDate: F.day("2024-05-31")), .missingValue,
                "finding F-12 cannot be planned without an action; say what is to be done"
            ),
            (
                FindingPlan(action: "Redeploy", owner: "", dueDate: F.day("2024-05-31")), .missingValue,
                "finding F-12 cannot be planned without an owner; name who owns the action"
            ),
            (
                FindingPlan(action: "Redeploy", owner: "Sam Okafor", dueDate: F.day("2024-04-09")), .invalidDate,
                "finding F-12 was reviewed on 2024-04-10, so the plan cannot be due on 2024-04-09; "
                    + "give a due date on or after 2024-04-10"
            ),
        ]
        for (plan, code, message) in cases {
            #expect(throws: WorkflowError(code, findingID: "F-12", message)) {
                try finding.apply(.plan(plan), by: F.user, at: F.time(9))
            }
        }
        #expect(finding.step == .review)

        let onReviewDay = FindingPlan(action: "Redeploy", owner: "Sam Okafor", dueDate: F.day("2024-04-10"))
        try finding.apply(.plan(onReviewDay), by: F.user, at: F.time(9))
        #expect(finding.plan == onReviewDay)
    }

    @Test(
        "proposal recovers at most the unused value",
        arguments: [Money(whole: 1000), .zero])
    func proposalAccepted(recovered: Money) throws {
        var finding = try F.finding(at: .plan)
        let proposal = FindingProposal(solution: .reduceAtRenewal, recoveredValue: recovered)
        try finding.apply(.propose(proposal), by: F.user, at: F.time(9))
        #expect(finding.step == .propose)
        #expect(finding.proposal == proposal)
    }

    @Test(
        "proposal beyond the unused value is rejected",
        arguments: [
            (Money(units: 10_000_001), "1000.0001"), (Money(whole: 1001), "1001.00"), (Money(whole: -1), "-1.00"),
        ])
    func proposalRejected(recovered: Money, text: String) throws {
        var finding = try F.finding(at: .plan)
        let proposal = FindingProposal(solution: .reduceAtRenewal, recoveredValue: recovered)
        let message =
            "finding F-12 has unused licences worth 1000.00, so a proposal cannot recover \(text); "
            + "give a value from 0.00 to 1000.00"
        #expect(throws: WorkflowError(.invalidValue, findingID: "F-12", message)) {
            try finding.apply(.propose(proposal), by: F.user, at: F.time(9))
        }
        #expect(finding.step == .plan)
    }

    @Test("solutions and steps have titles")
    func titles() {
        #expect(
            ShelfwareSolution.allCases.map(\.title) == [
                "convert to a cloud subscription", "redeploy", "training", "reduce at renewal",
            ])
        #expect(
            FindingStep.allCases.map(\.title) == [
                "Track", "Identify", "Review", "Plan", "Propose", "Solved", "Dismissed",
            ])
        #expect(FindingStep.allCases.map(\.isClosed) == [false, false, false, false, false, true, true])
        #expect(FindingStep.allCases.map(\.next) == [.identify, .review, .plan, .propose, .solved, nil, nil])
    }
}
