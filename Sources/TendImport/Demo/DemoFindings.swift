import TendCore
import TendStore

/// Moves the demo portfolio's shelf-ware findings along the Go-To-Solve steps, so the pages show every step.
///
/// The moves are a fixed function of each finding's position, with no random draw, so the same portfolio always
/// gets the same moves. Of every seven findings, two stay at Track, the others reach Identify, Review, Plan and
/// Propose, and one is dismissed.
package enum DemoFindings {
    /// The users who make the moves.
    static let actors = ["ana", "ben", "chloe", "dev"]

    /// Moves the findings, dating the moves in January of the year after `lastYear`, and returns how many moved.
    package static func advance(store: any ShelfwareStore, lastYear: Int) throws -> Int {
        let start = Day.lastOfYear(lastYear).adding(days: 1)
        var moved = 0
        for (index, finding) in try store.findings(accountID: nil).enumerated() where finding.isOpen {
            let actor = actors[index % actors.count]
            let steps = index % 7
            guard steps > 1 else { continue }
            let events = plannedEvents(finding, index: index, start: start).prefix(steps == 6 ? 1 : steps - 1)
            for (offset, event) in events.enumerated() {
                let time = timestamp(start.adding(days: offset * 7))
                _ = try store.moveFinding(id: finding.id, by: actor, at: time, note: "", event: event)
            }
            if steps == 6 {
                let reason = "the customer keeps the licences for a planned rollout"
                _ = try store.moveFinding(
                    id: finding.id, by: actor, at: timestamp(start.adding(days: 14)), note: "",
                    event: { _ in .dismiss(reason: reason) })
            }
            moved += 1
        }
        return moved
    }

    /// Returns builders of the Identify, Review, Plan and Propose events of one finding, in order.
    private static func plannedEvents(_ finding: ShelfwareFinding, index: Int, start: Day)
        -> [(ShelfwareCauseList) throws -> FindingEvent]
    {
        let causeName = ShelfwareCauseList.defaultNames[index % ShelfwareCauseList.defaultNames.count]
        let solution = ShelfwareSolution.allCases[index % ShelfwareSolution.allCases.count]
        let owner = actors[(index + 1) % actors.count]
        // Three quarters of the unused value, rounded down to the cent.
        let recovered = Money(units: finding.latest.unusedValue.units * 3 / 4 / 100 * 100)
        return [
            { causes in .identify(try causes.cause(named: causeName)) },
            { _ in .review(FindingReview(date: start.adding(days: 7), participants: [owner, "customer IT lead"])) },
            { _ in
                .plan(
                    FindingPlan(
                        action: "prepare the offer: \(solution.title)", owner: owner, dueDate: start.adding(days: 45)))
            },
            { _ in .propose(FindingProposal(solution: solution, recoveredValue: recovered)) },
        ]
    }

    /// Returns 10:00 UTC on `day`.
    private static func timestamp(_ day: Day) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400_000 + 10 * 3_600_000, utcOffsetSeconds: 0)
    }
}
