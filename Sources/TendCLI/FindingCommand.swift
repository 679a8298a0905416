import Foundation
import TendCore
import TendStore

/// The requested finding is not in the database.
struct FindingNotFound: Error, CustomStringConvertible {
    let findingID: String

    var description: String {
        "finding \"\(findingID)\" not found; `tend finding list` lists the findings in the database"
    }
}

struct FindingCommand: Command {
    static let name = "finding"
    static let summary = "list shelf-ware findings and move them through the Go-To-Solve steps"
    static let help = """
        Usage: tend finding list [--account ID] [--step STEP] [--format table|json]
               tend finding show ID [--format text|json]
               tend finding identify ID --cause CAUSE [--by NAME] [--note TEXT]
               tend finding review ID --date YYYY-MM-DD --participants "NAME, NAME" [--by NAME] [--note TEXT]
               tend finding plan ID --action TEXT --owner NAME --due YYYY-MM-DD [--by NAME] [--note TEXT]
               tend finding propose ID --solution SOLUTION --value AMOUNT [--by NAME] [--note TEXT]
               tend finding solve ID [--by NAME] [--note TEXT]
               tend finding dismiss ID --reason TEXT [--by NAME] [--note TEXT]
               tend finding causes
               tend finding cause-add NAME

        Each install base import finds shelf-ware and opens a finding at Track for every product with unused
        licences. A finding then moves one step at a time: identify the cause, review it with the customer,
        plan an action, propose a solution, and solve it. It can be dismissed with a reason at any open step.
        A finding whose shelf-ware disappears from a later snapshot is solved by the data, and a solved or
        dismissed finding reopens at Track when a later snapshot shows its shelf-ware again. Every move is kept
        in the history with who made it and when. A move the workflow rejects, such as skipping a step or
        moving a closed finding, exits with status 1 and says why.

        Options:
          --account ID         list the findings of one account
          --step STEP          list the findings at one step: track, identify, review, plan, propose, solved
                               or dismissed
          --cause CAUSE        the cause, one of `tend finding causes` (case is ignored)
          --date YYYY-MM-DD    the date of the review with the customer, on or after the date found
          --participants LIST  who took part in the review, separated by commas
          --action TEXT        what is to be done
          --owner NAME         who owns the action
          --due YYYY-MM-DD     when the action is due, on or after the review
          --solution SOLUTION  convert_to_cloud, redeploy, training or reduce_at_renewal
          --value AMOUNT       the unused value the solution recovers, from 0 to the finding's unused value
          --reason TEXT        why the finding is dismissed
          --by NAME            who makes the move (default: $TEND_USER, then $USER)
          --note TEXT          a note kept with the move in the history
          --format FORMAT      table or text (default), or json
        \(commonOptionsHelp(column: 23))
        """
    static let valueOptions: Set<String> = [
        "account", "step", "format", "cause", "date", "participants", "action", "owner", "due", "solution", "value",
        "reason", "by", "note",
    ]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard let subcommand = arguments.positionals.first else {
            throw UsageError(
                "name a subcommand: list, show, identify, review, plan, propose, solve, dismiss, "
                    + "causes or cause-add")
        }
        let operands = Array(arguments.positionals.dropFirst())
        switch subcommand {
        case "list":
            try expectOperands(operands, count: 0, subcommand)
            try list(arguments, context: context)
        case "show":
            try expectOperands(operands, count: 1, subcommand)
            try show(operands[0], arguments, context: context)
        case "causes":
            try expectOperands(operands, count: 0, subcommand)
            let list = try context.openStore().shelfwareCauses()
            context.console.writeOutput(list.names.map { $0 + "\n" }.joined())
        case "cause-add":
            try expectOperands(operands, count: 1, subcommand)
            let list = try context.openStore().addShelfwareCause(operands[0])
            context.console.print("Added the cause \"\(list.names.last ?? "")\"; \(list.names.count) causes known.")
        case "identify", "review", "plan", "propose", "solve", "dismiss":
            try expectOperands(operands, count: 1, subcommand)
            try move(subcommand, id: operands[0], arguments, context: context)
        default:
            throw UsageError("unknown subcommand \"\(subcommand)\"")
        }
    }

    static func expectOperands(_ operands: [String], count: Int, _ subcommand: String) throws {
        guard operands.count == count else {
            throw UsageError(
                count == 0
                    ? "finding \(subcommand) takes no argument, but got \"\(operands[0])\""
                    : "finding \(subcommand) takes exactly one argument, the finding id or cause name")
        }
    }

    static func list(_ arguments: ParsedArguments, context: CommandContext) throws {
        let format = try arguments.choice("format", ["table", "json"], default: "table")
        let step = try arguments.value("step").map { text in
            guard let step = FindingStep(rawValue: text) else {
                let steps = FindingStep.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError("invalid value \"\(text)\" for --step; expected one of \(steps)")
            }
            return step
        }
        let store = try context.openExistingStore()
        let findings = try store.findings(accountID: arguments.value("account")).filter { finding in
            step.map { finding.step == $0 } ?? true
        }
        if format == "json" {
            context.console.print(try jsonText(findings.map(FindingDocument.init)))
            return
        }
        var rows = [["FINDING", "ACCOUNT", "PRODUCT", "STEP", "FOUND", "UNUSED", "UNUSED VALUE", "LAST MOVE"]]
        for finding in findings {
            let last = finding.history.last.map { "\($0.time.localDay) by \($0.actor)" } ?? ""
            rows.append([
                finding.id, finding.accountID, finding.product, finding.step.title, finding.found.date.description,
                String(finding.latest.unusedLicences), finding.latest.unusedValue.description, last,
            ])
        }
        let open = findings.count { $0.isOpen }
        context.console.writeOutput(formatTable(rows) + "\(findings.count) findings, \(open) open\n")
    }

    static func show(_ id: String, _ arguments: ParsedArguments, context: CommandContext) throws {
        let format = try arguments.choice("format", ["text", "json"], default: "text")
        guard let finding = try context.openExistingStore().finding(id: id) else {
            throw FindingNotFound(findingID: id)
        }
        if format == "json" {
            context.console.print(try jsonText(FindingDocument(finding)))
        } else {
            context.console.writeOutput(FindingText.describe(finding))
        }
    }
}
