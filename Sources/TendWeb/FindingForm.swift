import TendCore

/// A posted form that moves a finding: who moves it, the note, and the event its fields describe.
///
/// Every failure is a `WebError` with status 400 that names the field and the value.
struct FindingForm {
    let actor: String
    let note: String
    /// Builds the event once the store has read the cause list.
    let event: (ShelfwareCauseList) throws -> FindingEvent

    init(step: String, fields: [String: String]) throws {
        actor = try Self.required("by", fields, "name who makes the move")
        note = fields["note"] ?? ""
        switch step {
        case "identify":
            let cause = try Self.required("cause", fields, "pick a cause")
            event = { causes in .identify(try causes.cause(named: cause)) }
        case "review":
            let date = try Self.day("date", fields)
            let participants = (fields["participants"] ?? "").split(separator: ",").map {
                String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            }.filter { !$0.isEmpty }
            event = { _ in .review(FindingReview(date: date, participants: participants)) }
        case "plan":
            let plan = FindingPlan(
                action: fields["action"] ?? "", owner: fields["owner"] ?? "", dueDate: try Self.day("due", fields))
            event = { _ in .plan(plan) }
        case "propose":
            let text = fields["solution"] ?? ""
            guard let solution = ShelfwareSolution(rawValue: text) else {
                let solutions = ShelfwareSolution.allCases.map(\.rawValue).joined(separator: ", ")
                throw WebError(status: 400, message: "invalid solution \"\(text)\"; pick one of \(solutions)")
            }
            let valueText = fields["value"] ?? ""
            guard let value = Money(decimal: valueText) else {
                throw WebError(
                    status: 400,
                    message: "invalid value \"\(valueText)\" in field value; give an amount such as 1250.50")
            }
            event = { _ in .propose(FindingProposal(solution: solution, recoveredValue: value)) }
        case "solve":
            event = { _ in .solve }
        case "dismiss":
            let reason = fields["reason"] ?? ""
            event = { _ in .dismiss(reason: reason) }
        default:
            throw WebError(
                status: 404,
                message: "unknown step \"\(step)\"; post to identify, review, plan, propose, solve or dismiss")
        }
    }

    private static func required(_ name: String, _ fields: [String: String], _ fix: String) throws -> String {
        guard let value = fields[name], !value.allSatisfy(\.isWhitespace) else {
            throw WebError(status: 400, message: "missing field \(name); \(fix)")
        }
        return value
    }

    private static func day(_ name: String, _ fields: [String: String]) throws -> Day {
        let text = fields[name] ?? ""
        guard let day = Day(iso: text) else {
            throw WebError(
                status: 400, message: "invalid date \"\(text)\" in field \(name); give a date such as 2024-03-31")
        }
        return day
    }
}
