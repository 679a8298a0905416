extension HealthScorer {
    /// Update-ability: the share of installed catalogue products on their latest major version.
    /// 75 % or more scores 2, 50 % to below 75 % scores 1.
    func updateAbility(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.installBase), has(.products) else {
            return .notAssessed(.updateAbility, reason: Self.neverImported(.installBase, .products))
        }
        guard !facts.installBase.isEmpty else {
            return .notAssessed(.updateAbility, reason: "the account has no install base")
        }
        // One catalogue lookup per installed product sorts it as unknown, behind (with its latest version) or latest.
        var unknown: [String] = []
        var behind: [(product: String, version: Int, latest: Int)] = []
        var knownCount = 0
        for item in facts.installBase {
            guard let entry = catalogue[item.product] else {
                unknown.append(item.product)
                continue
            }
            knownCount += 1
            if item.majorVersion < entry.latestMajorVersion {
                behind.append((item.product, item.majorVersion, entry.latestMajorVersion))
            }
        }
        unknown.sort()
        var inputs = [MeasureInput("installed products", String(facts.installBase.count))]
        inputs.reserveCapacity(4)
        if !unknown.isEmpty { inputs.append(MeasureInput("not in the catalogue", unknown.joined(separator: ", "))) }
        guard knownCount > 0 else {
            return .notAssessed(
                .updateAbility, reason: "none of the installed products is in the catalogue", inputs: inputs)
        }
        behind.sort { $0.product < $1.product }
        let latest = knownCount - behind.count
        let share = Rational(Int128(latest), Int128(knownCount))
        inputs.append(MeasureInput("on the latest major version", "\(latest) of \(knownCount)"))
        inputs.append(MeasureInput("share on latest", percent(share)))
        if !behind.isEmpty {
            let list = behind.map { "\($0.product) (version \($0.version), latest \($0.latest))" }
            inputs.append(MeasureInput("behind", list.joined(separator: ", ")))
        }
        let points = share >= Rational(3, 4) ? 2 : (share >= Rational(1, 2) ? 1 : 0)
        // The minimum number of upgrades that bring the share to 75 %: ceil(0.75 × products) − on latest.
        let needed = (knownCount * 3 + 3) / 4 - latest
        return .assessed(
            .updateAbility, points: Rational(points), inputs: inputs,
            recovery: Self.upgradeRecovery(needed: needed, behind: behind.map(\.product)))
    }

    /// Builds the corrective action of Update-ability: upgrade `needed` of the products behind, listed by name.
    static func upgradeRecovery(needed: Int, behind: [String]) -> String {
        let names = behind.joined(separator: ", ")
        return needed == behind.count
            ? "Upgrade \(needed == 1 ? "this product" : "these \(needed) products") to the latest major version "
                + "for full points: \(names)."
            : "Upgrade \(needed) of these \(behind.count) products to the latest major version for full points: \(names)."
    }

    /// Utilisation: any shelf-ware (a product with fewer licences in use than owned) scores 0, none scores 1.
    ///
    /// When the store tracks findings, the findings decide instead of the install base, so that solving shelf-ware
    /// recovers the point before the next snapshot shows it gone.
    func utilisation(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.installBase) else {
            return .notAssessed(.utilisation, reason: Self.neverImported(.installBase))
        }
        guard !facts.installBase.isEmpty else {
            return .notAssessed(.utilisation, reason: "the account has no install base")
        }
        let shelfware = facts.installBase.filter(\.isShelfware).sorted { $0.product < $1.product }
        let unusedValue = shelfware.reduce(Money.zero) { $0 + $1.unitPrice * $1.unusedLicences }
        var inputs = [
            MeasureInput("installed products", String(facts.installBase.count)),
            MeasureInput("products with shelf-ware", String(shelfware.count)),
        ]
        if !shelfware.isEmpty {
            let list = shelfware.map { "\($0.product) (\($0.licencesInUse) of \($0.licencesOwned) in use)" }
            inputs.append(MeasureInput("shelf-ware", list.joined(separator: ", ")))
            inputs.append(MeasureInput("unused licence value", unusedValue.description))
            let totalValue = facts.installBase.reduce(Money.zero) { $0 + $1.unitPrice * $1.licencesOwned }
            if totalValue > .zero {
                inputs.append(
                    MeasureInput("share of install base value", percent(unusedValue.rational / totalValue.rational)))
            }
        }
        // A closure, so the text is built only when the point is lost.
        let recovery = {
            "Remove the shelf-ware worth \(unusedValue): deploy, retrain, convert or reduce the unused licences of "
                + "\(shelfware.map(\.product).joined(separator: ", "))."
        }
        if let findings = facts.shelfwareFindings {
            return utilisation(findings: findings, accountID: facts.account.id, inputs: inputs, recovery: recovery())
        }
        return .assessed(.utilisation, points: shelfware.isEmpty ? .one : .zero, inputs: inputs, recovery: recovery())
    }

    /// Participation: online and at events scores 1, only one of the two scores 0.5.
    func participation(_ facts: AccountYearFacts) -> MeasureResult {
        guard has(.participation) else {
            return .notAssessed(.participation, reason: Self.neverImported(.participation))
        }
        let online = facts.onlineParticipations > 0
        let event = facts.eventParticipations > 0
        let inputs = [
            MeasureInput("online participations", String(facts.onlineParticipations)),
            MeasureInput("event participations", String(facts.eventParticipations)),
        ]
        let points = online && event ? Rational.one : (online || event ? Rational(1, 2) : .zero)
        let missing = [online ? nil : "online (forums, webinars)", event ? nil : "in events"]
        return .assessed(
            .participation, points: points, inputs: inputs,
            recovery: "Bring the customer to take part \(missing.compactMap { $0 }.joined(separator: " and ")).")
    }

    /// Reach-ability: the customer knows whom to talk to at the vendor.
    func reachAbility(_ facts: AccountYearFacts) -> MeasureResult {
        attribute(
            .reachAbility, facts.account.knowsWhomToContact, input: "knows whom to contact",
            column: "knows_whom_to_contact",
            recovery: "Introduce the account team and escalation contacts to the customer's key people.")
    }

    /// Scores a yes/no account attribute worth one point; not assessed when unknown.
    func attribute(
        _ id: MeasureID, _ value: Bool?, input: String, column: String, recovery: String
    ) -> MeasureResult {
        guard let value else {
            return .notAssessed(id, reason: "\(column) is unknown for the account")
        }
        let inputs = [MeasureInput(input, value ? "yes" : "no")]
        return .assessed(id, points: value ? .one : .zero, inputs: inputs, recovery: recovery)
    }
}
