import Foundation
import TendCore
import TendStore

struct ROSSCommand: Command {
    static let name = "ross"
    static let summary = "return on support service (ROSS) and payback period"
    static let help = """
        Usage: tend ross --service-start DATE --months N --cost-per-downtime-hour AMOUNT --sales-before AMOUNT
                         --sales-after AMOUNT --man-hours-saved HOURS --man-hour-rate AMOUNT --price AMOUNT
                         [--account ID] [--input FILE.json] [--format table|json]

        Computes the return on support service for an account or the whole portfolio. Two periods of N
        months meet at the service start. Return value = downtime cost before − downtime cost after
        + (sales after − sales before) + man-hours saved × man-hour rate; ROSS = return value / price;
        payback = price / (return value / N) months, or never when the return is not positive. Downtime
        hours are the opening-to-restore hours of the severity 1 cases opened in each period, unless given.

        Options (amounts and hours take up to 4 decimals):
          --service-start DATE              the day the support service started, YYYY-MM-DD
          --months N                        the length of each period in months
          --cost-per-downtime-hour AMOUNT   the customer's cost of one hour of downtime
          --sales-before AMOUNT             direct service sales in the period before
          --sales-after AMOUNT              direct service sales in the period after
          --man-hours-saved HOURS           man-hours saved in restoring and optimising in the period after
          --man-hour-rate AMOUNT            the cost of one man-hour
          --price AMOUNT                    the price of the support service for one period
          --downtime-hours-before HOURS     downtime before, instead of the severity 1 cases
          --downtime-hours-after HOURS      downtime after, instead of the severity 1 cases
          --account ID                      one account's cases (default: the portfolio)
          --time-zone ZONE                  IANA time zone of the service start (default UTC)
          --input FILE                      a JSON object with these values under snake_case keys, such as
                                            {"months": 12, "price": "50000"}; options override it
          --format FORMAT                   table (default) or json
        \(commonOptionsHelp(column: 36))
        """
    static let valueOptions: Set<String> = Set(ROSSForm.fields.map(optionName)).union(["input", "format"])
    static let flagOptions: Set<String> = []

    static func optionName(_ field: String) -> String {
        field.replacingOccurrences(of: "_", with: "-")
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws {
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \"\(arguments.positionals[0])\"")
        }
        let format = try arguments.choice("format", ["table", "json"], default: "table")
        var values: [String: String] = [:]
        if let input = arguments.value("input") { values = try readInput(input) }
        for field in ROSSForm.fields {
            if let value = arguments.value(optionName(field)) { values[field] = value }
        }
        let store = try context.openExistingStore()
        let calculation: ROSSCalculation
        do {
            calculation = try ROSSForm(values: values).calculate(store: store)
        } catch let error as ROSSFormError {
            guard let input = arguments.value("input"), arguments.value(optionName(error.field)) == nil else {
                throw UsageError(
                    error.description.replacingOccurrences(of: error.field, with: "--" + optionName(error.field)))
            }
            throw SupportStoreError("\(input): \(error)")
        }
        switch format {
        case "json": context.console.print(try jsonText(ROSSDocument(calculation)))
        default: context.console.writeOutput(table(calculation))
        }
    }

    static func readInput(_ path: String) throws -> [String: String] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SupportStoreError("cannot read \(path) (\(error.localizedDescription)); check the path")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SupportStoreError("\(path) is not a JSON object; expected keys such as \"months\" and \"price\"")
        }
        var values: [String: String] = [:]
        for (key, value) in object {
            guard ROSSForm.fields.contains(key) else {
                throw SupportStoreError(
                    "\(path): unknown key \"\(key)\"; expected \(ROSSForm.fields.joined(separator: ", "))")
            }
            switch value {
            case let text as String: values[key] = text
            // JSON true and false also arrive as NSNumber, with the Objective-C type code "c" of a boolean.
            case let number as NSNumber where String(cString: number.objCType) != "c":
                values[key] = number.stringValue
            default: throw SupportStoreError("\(path): key \"\(key)\" is neither text nor a number")
            }
        }
        return values
    }

    static func table(_ calculation: ROSSCalculation) -> String {
        let inputs = calculation.inputs
        let result = calculation.result
        func downtime(_ hours: Rational, _ detail: SeverityOneDowntime?, _ period: SupportPeriod) -> String {
            var text = "\(hours.formatted(places: 2)) h"
            if let detail {
                text += " from \(detail.countedCaseIDs.count) severity 1 cases opened \(period.from) to \(period.to)"
                if !detail.unrestoredCaseIDs.isEmpty {
                    text += "; not restored, so not counted: " + detail.unrestoredCaseIDs.joined(separator: ", ")
                }
                if !detail.outOfOrderCaseIDs.isEmpty {
                    text +=
                        "; restored before opening, not counted: " + detail.outOfOrderCaseIDs.joined(separator: ", ")
                }
            } else {
                text += " (given)"
            }
            return text
        }
        var text =
            "Downtime before:    \(downtime(inputs.downtimeHoursBefore, calculation.downtimeBefore, calculation.periodBefore))\n"
        text +=
            "Downtime after:     \(downtime(inputs.downtimeHoursAfter, calculation.downtimeAfter, calculation.periodAfter))\n"
        text += "Downtime saving:    \(result.downtimeSaving.formatted(places: 2))\n"
        text += "Sales growth:       \(result.salesGrowth.formatted(places: 2))\n"
        text += "Labour saving:      \(result.labourSaving.formatted(places: 2))\n"
        text += "Return value:       \(result.returnValue.formatted(places: 2))\n"
        text += "Price:              \(inputs.servicePrice)\n"
        text += "ROSS:               \(result.ross.formatted(places: 4))\n"
        let payback =
            result.paybackMonths.map { "\($0.formatted(places: 2)) months" } ?? "never (the return is not positive)"
        text += "Payback:            \(payback)\n"
        return text
    }
}
