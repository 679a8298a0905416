extension HealthScorer {
    /// Scores Utilisation from the account's findings, keeping the install base inputs and adding the findings'.
    func utilisation(
        findings: [ShelfwareFinding], accountID: String, inputs installBaseInputs: [MeasureInput], recovery: String
    ) -> MeasureResult {
        let counting = findings.filter(\.countsAsShelfware).sorted { $0.product < $1.product }
        var inputs = installBaseInputs
        inputs.append(MeasureInput("shelf-ware findings counted", String(counting.count)))
        if !counting.isEmpty {
            let list = counting.map { "\($0.id) \($0.product) (\($0.step.title))" }
            inputs.append(MeasureInput("findings counted", list.joined(separator: ", ")))
        }
        let points = ShelfwareUtilisation.points(accountID: accountID, findings: counting)
        let findingsRecovery =
            "Solve or remove the shelf-ware of the counted findings: "
            + counting.map { "\($0.id) (\($0.product))" }.joined(separator: ", ") + "."
        return .assessed(
            .utilisation, points: points, inputs: inputs, recovery: counting.isEmpty ? recovery : findingsRecovery)
    }
}
