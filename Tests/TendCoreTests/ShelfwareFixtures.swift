import Testing

@testable import TendCore

/// Install bases, snapshots and findings shared by the shelf-ware tests.
enum ShelfwareFixture {
    static let accountID = "A-1"
    static let user = "Dana Reyes"

    static func day(_ text: String) -> Day {
        Day(iso: text)!  // Every date the tests pass is a valid ISO date.
    }

    /// 2024-04-02T09:00:00Z plus `minutes`.
    static func time(_ minutes: Int64 = 0) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: 1_712_048_400_000 + minutes * 60_000, utcOffsetSeconds: 0)
    }

    static func item(
        _ product: String, owned: Int, inUse: Int, price: Money = Money(whole: 100), account: String = accountID
    ) -> InstallBaseItem {
        InstallBaseItem(
            accountID: account, product: product, majorVersion: 1, licencesOwned: owned, licencesInUse: inUse,
            unitPrice: price)
    }

    static func snapshot(_ date: String, _ items: [InstallBaseItem], account: String = accountID) throws
        -> InstallBaseSnapshot
    {
        try InstallBaseSnapshot(accountID: account, date: day(date), items: items)
    }

    /// Finding F-12 of Ledger at account A-1, found on 2024-03-31 with 10 unused licences worth 1000.00.
    static func finding() throws -> ShelfwareFinding {
        let found = FindingFigures(date: day("2024-03-31"), unusedLicences: 10, unusedValue: Money(whole: 1000))
        return try ShelfwareFinding(
            id: "F-12", accountID: accountID, product: "Ledger", found: found, by: "tend", at: time())
    }

    static let review = FindingReview(date: day("2024-04-10"), participants: ["Dana Reyes", "Sam Okafor"])
    static let plan = FindingPlan(
        action: "Deploy Ledger to the Lyon office", owner: "Sam Okafor", dueDate: day("2024-05-31"))
    static let proposal = FindingProposal(solution: .redeploy, recoveredValue: Money(whole: 600))

    /// Returns the event that moves a finding onto `step`, for the open steps after Track and both closed steps.
    static func event(to step: FindingStep) throws -> FindingEvent {
        switch step {
        case .track: .track(FindingFigures(date: day("2024-06-30"), unusedLicences: 4, unusedValue: Money(whole: 400)))
        case .identify: .identify(try ShelfwareCauseList().cause(named: "not deployed"))
        case .review: .review(review)
        case .plan: .plan(plan)
        case .propose: .propose(proposal)
        case .solved: .solve
        case .dismissed: .dismiss(reason: "the customer keeps the licences for a merger")
        }
    }

    /// Finding F-12 moved forward step by step until it is at `step`, one minute apart.
    static func finding(at step: FindingStep) throws -> ShelfwareFinding {
        var finding = try finding()
        let forward: [FindingStep] = [.identify, .review, .plan, .propose, .solved]
        let path: [FindingStep]
        switch step {
        case .track: path = []
        case .dismissed: path = [.dismissed]
        default: path = Array(forward.prefix { $0 != step }) + [step]
        }
        for (minute, next) in path.enumerated() {
            try finding.apply(event(to: next), by: user, at: time(Int64(minute) + 1))
        }
        return finding
    }
}
