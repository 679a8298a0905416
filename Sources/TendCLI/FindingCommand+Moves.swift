import Foundation
import TendCore
import TendStore

extension FindingCommand {
    /// Builds the event of a move subcommand from its options and applies it to the stored finding.
    static func move(_ subcommand: String, id: String, _ arguments: ParsedArguments, context: CommandContext) throws {
        let actor = try resolveActor(arguments, environment: context.environment)
        let makeEvent = try eventBuilder(subcommand, arguments)
        let store = try context.openExistingStore()
        let time = SystemClock.now()
        guard
            let finding = try store.moveFinding(
                id: id, by: actor, at: time, note: arguments.value("note") ?? "", event: makeEvent)
        else { throw FindingNotFound(findingID: id) }
        let from = finding.history.last?.from?.title ?? "none"
        context.console.print("\(finding.id) moved from \(from) to \(finding.step.title) by \(actor).")
    }

    /// Returns a closure that builds the event once the store has read the cause list.
    static func eventBuilder(_ subcommand: String, _ arguments: ParsedArguments) throws
        -> (ShelfwareCauseList) throws -> FindingEvent
    {
        switch subcommand {
        case "identify":
            let cause = try required("cause", arguments)
            return { causes in .identify(try causes.cause(named: cause)) }
        case "review":
            let date = try day("date", arguments)
            let participants = try required("participants", arguments).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            return { _ in .review(FindingReview(date: date, participants: participants)) }
        case "plan":
            let plan = FindingPlan(
                action: try required("action", arguments), owner: try required("owner", arguments),
                dueDate: try day("due", arguments))
            return { _ in .plan(plan) }
        case "propose":
            let text = try required("solution", arguments)
            guard let solution = ShelfwareSolution(rawValue: text) else {
                let solutions = ShelfwareSolution.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError("invalid value \"\(text)\" for --solution; expected one of \(solutions)")
            }
            let valueText = try required("value", arguments)
            guard let value = Money(decimal: valueText) else {
                throw UsageError(
                    "invalid value \"\(valueText)\" for --value; expected an amount such as 1250.50, "
                        + "with at most four decimals")
            }
            return { _ in .propose(FindingProposal(solution: solution, recoveredValue: value)) }
        case "dismiss":
            let reason = try required("reason", arguments)
            return { _ in .dismiss(reason: reason) }
        default:
            return { _ in .solve }
        }
    }

    static func required(_ option: String, _ arguments: ParsedArguments) throws -> String {
        guard let value = arguments.value(option) else { throw UsageError("missing option --\(option)") }
        return value
    }

    static func day(_ option: String, _ arguments: ParsedArguments) throws -> Day {
        let text = try required(option, arguments)
        guard let day = Day(iso: text) else {
            throw UsageError("invalid value \"\(text)\" for --\(option); expected a date such as 2024-03-31")
        }
        return day
    }

    /// Returns `--by`, or else `TEND_USER`, or else `USER` from the environment.
    static func resolveActor(_ arguments: ParsedArguments, environment: [String: String]) throws -> String {
        let candidates = [arguments.value("by"), environment["TEND_USER"], environment["USER"]]
        guard let actor = candidates.compactMap({ $0 }).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw UsageError("name who makes the move with --by NAME, or set TEND_USER")
        }
        return actor
    }
}
