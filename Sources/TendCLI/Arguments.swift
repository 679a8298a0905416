/// A command-line mistake: exit status 2, with the usage of the command that was run.
public struct UsageError: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// The options and positional arguments of one command, after parsing.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The option's value as an integer in `range`, or `defaultValue` when the option is absent.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(
                "invalid value \"\(text)\" for --\(name); expected a whole number from \(range.lowerBound) "
                    + "to \(range.upperBound)")
        }
        return value
    }

    /// The option's value, which must be one of `choices`, or `defaultValue` when absent.
    func choice(_ name: String, _ choices: [String], default defaultValue: String) throws -> String {
        guard let text = values[name] else { return defaultValue }
        guard choices.contains(text) else {
            throw UsageError(
                "invalid value \"\(text)\" for --\(name); expected one of \(choices.joined(separator: ", "))")
        }
        return text
    }
}

/// Parses `--name value`, `--name=value` and `--flag` options and positional arguments.
///
/// `valueOptions` take a value and `flagOptions` take none; any other option is a usage error.
/// `--` ends the options, so a file named `--odd` can still be passed.
func parseArguments(
    _ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>
) throws -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
            parsed.positionals.append(argument)
            continue
        }
        if argument == "--" {
            optionsEnded = true
            continue
        }
        if argument == "-h" {
            parsed.flags.insert("help")
            continue
        }
        guard argument.hasPrefix("--") else {
            throw UsageError("unknown option \(argument)")
        }
        var name = String(argument.dropFirst(2))
        var inlineValue: String?
        if let equals = name.firstIndex(of: "=") {
            inlineValue = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        if flagOptions.contains(name) || name == "help" {
            guard inlineValue == nil else { throw UsageError("option --\(name) takes no value") }
            parsed.flags.insert(name)
        } else if valueOptions.contains(name) {
            if let inlineValue {
                parsed.values[name] = inlineValue
            } else {
                // A following option is a forgotten value, not the value: `--year --database x`.
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError("option --\(name) needs a value")
                }
                parsed.values[name] = arguments[index]
                index += 1
            }
        } else {
            throw UsageError("unknown option --\(name)")
        }
    }
    return parsed
}
