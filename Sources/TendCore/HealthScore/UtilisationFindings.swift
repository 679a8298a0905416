extension HealthScorer {
    /// Scores Utilisation from the account's findings, keeping the install base inputs and adding the findings'.
    func utilisation(
        findings: [CountedShelfwareFinding], accountID: String, inputs installBaseInputs: [MeasureInput],
        recovery: @autoclosure () -> String
    ) -> MeasureResult {
        let counting = findings.filter { $0.accountID == accountID }.sorted { $0.product < $1.product }
        var inputs = installBaseInputs
        inputs.append(MeasureInput("shelf-ware findings counted", String(counting.count)))
        if !counting.isEmpty {
            let list = counting.map { "\($0.id) \($0.product) (\($0.step.title))" }
            inputs.append(MeasureInput("findings counted", list.joined(separator: ", ")))
        }
        let points: Rational = counting.isEmpty ? .one : .zero
        return .assessed(
            .utilisation, points: points, inputs: inputs,
            recovery: counting.isEmpty
                ? recovery()
                : "Solve or remove the shelf-ware of the counted findings: "
                    + counting.map { "\($0.id) (\($0.product))" }.joined(separator: ", ") + ".")
    }
}

/// A shelf-ware finding that counts against Utilisation: open, or dismissed while the data still shows its waste.
///
/// The scorer needs only these fields, so a store can list counted findings without rebuilding their history.
public struct CountedShelfwareFinding: Sendable, Hashable {
    public let id: String
    public let accountID: String
    public let product: String
    public let step: FindingStep

    public init(id: String, accountID: String, product: String, step: FindingStep) {
        self.id = id
        self.accountID = accountID
        self.product = product
        self.step = step
    }

    /// The summary of `finding`, or nil when the finding does not count as shelf-ware.
    public init?(_ finding: ShelfwareFinding) {
        guard finding.countsAsShelfware else { return nil }
        self.init(id: finding.id, accountID: finding.accountID, product: finding.product, step: finding.step)
    }
}
