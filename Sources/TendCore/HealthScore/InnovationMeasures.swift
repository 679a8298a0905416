extension HealthScorer {
    /// Earliness: installed products the catalogue marks new in the year. Two or more score 2, one scores 1.
    func earliness(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.installBase), has(.products) else {
            return .notAssessed(.earliness, reason: Self.neverImported(.installBase, .products))
        }
        // New in the year: released in the year or the year before (`CatalogueProduct.isNew(in:)`).
        let newInYear = newProductsByYear[facts.year] ?? []
        let installed = Set(facts.installBase.map(\.product))
        let adopted = newInYear.filter { installed.contains($0) }
        var inputs = [
            MeasureInput(
                "new products in \(facts.year)", newInYear.isEmpty ? "none" : newInYear.joined(separator: ", ")),
            MeasureInput("new products installed", String(adopted.count)),
        ]
        if !adopted.isEmpty { inputs.append(MeasureInput("installed new products", adopted.joined(separator: ", "))) }
        let points = min(adopted.count, 2)
        return .assessed(
            .earliness, points: Rational(points), inputs: inputs,
            recovery: Self.earlinessRecovery(
                year: facts.year, points: points, candidates: newInYear.filter { !installed.contains($0) }))
    }

    /// Builds the corrective action of Earliness: propose the new products not installed yet, and tell when they
    /// are too few to recover every point.
    static func earlinessRecovery(year: Int, points: Int, candidates: [String]) -> String {
        let needed = 2 - points
        let list = candidates.joined(separator: ", ")
        if candidates.isEmpty {
            return "No other new product is in the catalogue for \(year); propose the next release early."
        }
        if candidates.count >= needed {
            return "Propose \(needed) of the new products: \(list)."
        }
        return "Propose the new product \(list), which recovers 1 of the \(needed) points; no other new product is in "
            + "the catalogue for \(year), so propose the next release early."
    }

    /// Development: in-house applications integrated with the vendor's products.
    func development(_ facts: AccountYearFacts) -> MeasureResult {
        attribute(
            .development, facts.account.inHouseIntegrations, input: "in-house applications integrated",
            column: "in_house_integrations",
            recovery: "Help the customer integrate an in-house application through the vendor's APIs.")
    }

    /// Referencing: the customer is a reference customer.
    func referencing(_ facts: AccountYearFacts) -> MeasureResult {
        attribute(
            .referencing, facts.account.referenceCustomer, input: "reference customer", column: "reference_customer",
            recovery: "Ask the customer to become a reference once the open issues are solved.")
    }

    /// Exclusiveness: a special programme (beta testing, advisory board, design sessions) active in the year.
    func exclusiveness(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.programmes) else {
            return .notAssessed(.exclusiveness, reason: Self.neverImported(.programmes))
        }
        let active = facts.activeProgrammes.sorted()
        let inputs = [
            MeasureInput("programmes active in \(facts.year)", active.isEmpty ? "none" : active.joined(separator: ", "))
        ]
        return .assessed(
            .exclusiveness, points: active.isEmpty ? .zero : .one, inputs: inputs,
            recovery: "Invite the customer to a beta test, the advisory board or a design session.")
    }
}
