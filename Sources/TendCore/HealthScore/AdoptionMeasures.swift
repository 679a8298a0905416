extension HealthScorer {
    /// Licence or services sales: achieved over planned for the year's four quarters, times 5, capped at 5.
    /// Nothing planned scores 5.
    func sales(_ facts: AccountYearFacts, kind: SalesKind) -> MeasureResult {
        let id: MeasureID = kind == .licence ? .licenceSales : .servicesSales
        guard has(.sales) else { return .notAssessed(id, reason: Self.neverImported(.sales)) }
        let planned = kind == .licence ? facts.licencePlanned : facts.servicesPlanned
        let achieved = kind == .licence ? facts.licenceAchieved : facts.servicesAchieved
        var inputs = [MeasureInput("planned", planned.description), MeasureInput("achieved", achieved.description)]
        guard planned > .zero else {
            inputs.append(MeasureInput("rule", "nothing planned scores 5"))
            return .assessed(id, points: Rational(5), inputs: inputs)
        }
        let ratio = achieved.rational / planned.rational
        inputs.append(MeasureInput("achieved share", percent(ratio)))
        let points = Rational.min(ratio * Rational(5), Rational(5))
        let gap = Money(units: planned.units - achieved.units)
        let what = kind == .licence ? "licence, cloud and subscription" : "support, education and services"
        return .assessed(
            id, points: points, inputs: inputs,
            recovery: "Close the \(what) sales gap of \(gap) against the plan for \(facts.year).")
    }

    /// Upsell: any licence, cloud or services expansion in the year scores 5.
    func upsell(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.upsells) else { return .notAssessed(.upsell, reason: Self.neverImported(.upsells)) }
        let inputs = [
            MeasureInput("upsells in the year", String(facts.upsells)),
            MeasureInput("upsell amount", facts.upsellAmount.description),
        ]
        return .assessed(
            .upsell, points: facts.upsells > 0 ? Rational(5) : .zero, inputs: inputs,
            recovery: "Find an expansion: more licences, a move to the cloud, or services.")
    }
}
