import Foundation
import TendCore
import TendImport
import TendStore

struct SLACommand: Command {
    static let name = "sla"
    static let summary = "list, import, export and edit SLA policies and business calendars"
    static let help = """
        Usage: tend sla list
               tend sla import FILE.json
               tend sla export
               tend sla set-target POLICY --severity N --first-contact HOURS --restore HOURS [--calendar NAME]
                                   [--pauses-on-wait yes|no]
               tend sla add-holiday CALENDAR DATE...
               tend sla delete-policy NAME
               tend sla delete-calendar NAME

        SLA policies give each severity 1 to 4 a target for first contact and for restore, in calendar hours
        or in the business hours of a calendar (time zone, weekly opening hours, holidays). Reports use the
        policy named "default", or a built-in policy when none is stored: first contact within 1, 4, 8 and
        24 calendar hours and restore within 4, 24, 72 and 168 for severities 1 to 4, with waits on the
        customer pausing the restore clock. docs/support-metrics.md describes the file format; `export`
        prints it, so `tend sla export > sla.json`, an edit and `tend sla import sla.json` change anything.

        import replaces calendars and policies of the same name. set-target creates the policy from the
        built-in targets when it does not exist.

        Options:
          --severity N             1 (most severe) to 4
          --first-contact HOURS    hours to first contact, such as 1, 0.5 or 1/3
          --restore HOURS          hours to restore of service
          --calendar NAME          count both targets in this stored calendar's business hours (default:
                                   calendar hours)
          --pauses-on-wait yes|no  whether waits on the customer pause the policy's restore clock
        \(commonOptionsHelp(column: 27))
        """
    static let valueOptions: Set<String> = ["severity", "first-contact", "restore", "calendar", "pauses-on-wait"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard let action = arguments.positionals.first else { throw UsageError("name an action such as list") }
        let operands = Array(arguments.positionals.dropFirst())
        func expectOperands(_ count: Int, _ what: String) throws {
            guard operands.count == count else { throw UsageError("sla \(action) takes \(what)") }
        }
        let store = try context.openStore()
        switch action {
        case "list":
            try expectOperands(0, "no arguments")
            context.console.writeOutput(try list(store))
        case "export":
            try expectOperands(0, "no arguments")
            let file = SupportConfigurationFile(
                calendars: try store.businessCalendars(), policies: try store.slaPolicies())
            context.console.print(try jsonText(file))
        case "import":
            try expectOperands(1, "one file")
            let file = try SupportConfigurationFile.read(path: operands[0])
            let (calendars, policies) = try file.resolve(file: operands[0], stored: try store.businessCalendars())
            try store.save(calendars: calendars, policies: policies)
            context.console.print("Imported \(calendars.count) calendars and \(policies.count) SLA policies")
        case "set-target":
            try expectOperands(1, "one policy name")
            let policy = try setTarget(arguments, policyName: operands[0], store: store)
            try store.save(calendars: [], policies: [policy])
            context.console.print("Saved SLA policy \"\(policy.name)\"")
        case "add-holiday":
            guard operands.count >= 2 else { throw UsageError("sla add-holiday takes a calendar and dates") }
            try addHolidays(calendarName: operands[0], dates: Array(operands.dropFirst()), store: store)
            context.console.print("Added \(operands.count - 1) holidays to calendar \"\(operands[0])\"")
        case "delete-policy":
            try expectOperands(1, "one policy name")
            guard try store.deleteSLAPolicy(name: operands[0]) else {
                throw SupportStoreError("SLA policy \"\(operands[0])\" not found; `tend sla list` shows them")
            }
            context.console.print("Deleted SLA policy \"\(operands[0])\"")
        case "delete-calendar":
            try expectOperands(1, "one calendar name")
            guard try store.deleteBusinessCalendar(name: operands[0]) else {
                throw SupportStoreError("calendar \"\(operands[0])\" not found; `tend sla list` shows them")
            }
            context.console.print("Deleted calendar \"\(operands[0])\"")
        default:
            throw UsageError("unknown action \"\(action)\"")
        }
    }

    static func list(_ store: any SupportStore) throws -> String {
        var text = ""
        let calendars = try store.businessCalendars()
        text += calendars.isEmpty ? "No business calendars.\n" : "Business calendars:\n"
        for calendar in calendars {
            let days = calendar.openingHours.keys.sorted().map { weekday in
                let intervals = calendar.openingHours[weekday]!.map(\.description).joined(separator: ",")  // A key.
                return "\(SupportConfigurationFile.weekdayName(weekday)) \(intervals)"
            }
            text += "  \(calendar.name) (\(calendar.timeZone.identifier)): \(days.joined(separator: "; "))"
            text += ", \(calendar.holidays.count) holidays\n"
        }
        var policies = try store.slaPolicies()
        if !policies.contains(where: { $0.name == "default" }) { policies.append(.builtInDefault) }
        var rows = [["POLICY", "SEVERITY", "FIRST CONTACT", "RESTORE", "WAITS PAUSE RESTORE"]]
        for policy in policies {
            for severity in SupportCase.severities {
                guard let targets = policy.targets(forSeverity: severity) else { continue }
                rows.append([
                    policy.name, "\(severity)", describe(targets.firstContact), describe(targets.restore),
                    policy.pausesOnWait ? "yes" : "no",
                ])
            }
        }
        return text + "\nSLA policies (reports use \"default\", else the built-in default):\n" + formatTable(rows)
    }

    static func describe(_ target: SLATarget) -> String {
        let hours = target.hours.denominator == 1 ? "\(target.hours.numerator)" : target.hours.formatted(places: 2)
        switch target.clock {
        case .calendarHours: return "\(hours) h"
        case .businessHours(let calendar): return "\(hours) business h (\(calendar.name))"
        }
    }

    static func setTarget(_ arguments: ParsedArguments, policyName: String, store: any SupportStore) throws -> SLAPolicy
    {
        guard let severityText = arguments.value("severity"), let severity = Int(severityText),
            SupportCase.severities.contains(severity)
        else { throw UsageError("name --severity as a whole number from 1 to 4") }
        func hours(_ option: String) throws -> Rational {
            guard let text = arguments.value(option) else { throw UsageError("--\(option) HOURS is required") }
            guard let hours = SupportConfigurationFile.parseHours(text), hours > .zero else {
                throw UsageError("invalid value \"\(text)\" for --\(option); expected positive hours such as 4 or 0.5")
            }
            return hours
        }
        var clock = SLAClock.calendarHours
        if let name = arguments.value("calendar") {
            guard let calendar = try store.businessCalendars().first(where: { $0.name == name }) else {
                throw SupportStoreError("calendar \"\(name)\" not found; import it with `tend sla import` first")
            }
            clock = .businessHours(calendar)
        }
        let existing = try store.slaPolicies().first { $0.name == policyName }
        let base = existing ?? .builtInDefault
        let pauses = try arguments.choice("pauses-on-wait", ["yes", "no"], default: base.pausesOnWait ? "yes" : "no")
        var targets = base.targetsBySeverity
        targets[severity] = SLASeverityTargets(
            firstContact: try SLATarget(hours: try hours("first-contact"), clock: clock),
            restore: try SLATarget(hours: try hours("restore"), clock: clock))
        return try SLAPolicy(name: policyName, targetsBySeverity: targets, pausesOnWait: pauses == "yes")
    }

    static func addHolidays(calendarName: String, dates: [String], store: any SupportStore) throws {
        guard let calendar = try store.businessCalendars().first(where: { $0.name == calendarName }) else {
            throw SupportStoreError("calendar \"\(calendarName)\" not found; `tend sla list` shows them")
        }
        var holidays = calendar.holidays
        for text in dates {
            guard let day = Day(iso: text) else {
                throw UsageError("invalid date \"\(text)\"; expected YYYY-MM-DD such as 2013-12-25")
            }
            holidays.insert(day)
        }
        let updated = try BusinessCalendar(
            name: calendar.name, timeZone: calendar.timeZone, openingHours: calendar.openingHours, holidays: holidays)
        try store.save(calendars: [updated], policies: [])
    }
}
