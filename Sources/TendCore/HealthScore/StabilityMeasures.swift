extension HealthScorer {
    /// Outage: the share of the year's cases that are severity 1. At most 5 % scores 2, below 20 % scores 1.
    func outage(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.cases) else { return .notAssessed(.outage, reason: Self.neverImported(.cases)) }
        let total = facts.casesOpened
        let severe = facts.severity1CasesOpened
        var inputs = [MeasureInput("cases opened", String(total)), MeasureInput("severity 1 cases", String(severe))]
        guard total > 0 else {
            inputs.append(MeasureInput("rule", "no cases in the year scores 2"))
            return .assessed(.outage, points: Rational(2), inputs: inputs)
        }
        let share = Rational(Int128(severe), Int128(total))
        inputs.append(MeasureInput("severity 1 share", percent(share)))
        let points: Int
        if share <= Rational(5, 100) {
            points = 2
        } else if share < Rational(20, 100) {
            points = 1
        } else {
            points = 0
        }
        let allowed = total * 5 / 100
        return .assessed(
            .outage, points: Rational(points), inputs: inputs,
            recovery: "Cut severity 1 cases to 5 % or less of the year's cases: \(severe) of \(total) now, "
                + "\(allowed == 0 ? "none" : "at most \(allowed)") for full points; root-cause the outages behind them."
        )
    }

    /// Integrations: all working scores 2, more than half working scores 1, none configured scores 2.
    func integrations(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.integrations) else {
            return .notAssessed(.integrations, reason: Self.neverImported(.integrations))
        }
        let total = facts.integrations.count
        let working = facts.integrations.filter { $0.status == .working }.count
        var inputs = [MeasureInput("integrations", String(total)), MeasureInput("working", String(working))]
        guard total > 0 else {
            inputs.append(MeasureInput("rule", "no integrations scores 2"))
            return .assessed(.integrations, points: Rational(2), inputs: inputs)
        }
        let failing = facts.integrations.filter { $0.status != .working }
            .sorted { $0.name < $1.name }
            .map { "\($0.name) (\($0.status.rawValue))" }
        if !failing.isEmpty { inputs.append(MeasureInput("not working", failing.joined(separator: ", "))) }
        let points = working == total ? 2 : (working * 2 > total ? 1 : 0)
        let recovery = "Repair the integrations that are not working: \(failing.joined(separator: ", "))."
        return .assessed(.integrations, points: Rational(points), inputs: inputs, recovery: recovery)
    }

    /// Enhancements: delivered in the year over submitted in the year, capped at 1; none submitted scores 1.
    func enhancements(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.enhancements) else {
            return .notAssessed(.enhancements, reason: Self.neverImported(.enhancements))
        }
        let submitted = facts.enhancementsSubmitted
        let delivered = facts.enhancementsDelivered
        var inputs = [
            MeasureInput("submitted in the year", String(submitted)),
            MeasureInput("delivered in the year", String(delivered)),
        ]
        guard submitted > 0 else {
            inputs.append(MeasureInput("rule", "none submitted scores 1"))
            return .assessed(.enhancements, points: .one, inputs: inputs)
        }
        let points = Rational.min(Rational(Int128(delivered), Int128(submitted)), .one)
        let missing = submitted - delivered
        return .assessed(
            .enhancements, points: points, inputs: inputs,
            recovery: "Deliver \(missing) more enhancement request\(missing == 1 ? "" : "s") "
                + "to match the \(submitted) submitted in \(facts.year).")
    }
}

/// A share as a percentage with one decimal, such as `7.5 %`.
func percent(_ share: Rational) -> String {
    share.formatted(places: 1, multipliedBy: 100) + " %"
}
