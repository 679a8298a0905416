/// Findings brought up to date with a new install base snapshot, and the changes that made them so.
public struct ShelfwareReconciliation: Sendable, Hashable {
    /// The actor that history entries name for moves the data caused.
    public static let actor = "tend"

    /// The findings passed in, in their order and updated, followed by the findings opened, sorted by product.
    public let findings: [ShelfwareFinding]
    /// The changes, sorted by product.
    public let changes: [FindingChange]

    /// Reconciles findings with a snapshot of one account, without reading a clock or storage.
    ///
    /// Pass the account's findings, or every finding of the portfolio: findings of other accounts come back
    /// unchanged. New findings are numbered `F-n` from one above `highestNumber` or above the highest number among the
    /// ids of the form `F-n` passed in, whichever is larger.
    ///
    /// For each product of the snapshot's account, the rules apply to its open findings or, when none is open, to
    /// the one closed finding with the latest figures (ties go to the last in `findings`). A finding whose latest
    /// figures are as recent as the snapshot, or more, is left alone, so reconciling twice changes nothing.
    ///
    /// - An open finding whose product has no unused licence, or is missing, in the snapshot is closed as solved by
    ///   the data on the snapshot date.
    /// - An open finding whose product still has unused licences gets the snapshot's figures.
    /// - A solved or dismissed finding whose latest figures show no unused licence reopens at Track when the
    ///   snapshot shows unused licences again.
    /// - A solved or dismissed finding whose latest figures show unused licences stays closed and gets the
    ///   snapshot's figures, zero when the shelf-ware is gone.
    /// - A product with unused licences and no finding opens a new finding at Track.
    ///
    /// History entries of the moves name `actor` and carry `time`.
    public init(
        _ findings: [ShelfwareFinding], with snapshot: InstallBaseSnapshot, at time: Timestamp, highestNumber: Int = 0
    ) {
        var updated = findings
        var changes: [FindingChange] = []
        var waste: [String: FindingFigures] = [:]
        for item in snapshot.items where item.isShelfware {
            let figures = FindingFigures(
                date: snapshot.date, unusedLicences: item.unusedLicences,
                unusedValue: item.unitPrice * item.unusedLicences)
            waste[item.product] = figures
        }

        var indicesByProduct: [String: [Int]] = [:]
        for (index, finding) in findings.enumerated() where finding.accountID == snapshot.accountID {
            indicesByProduct[finding.product, default: []].append(index)
        }
        for (product, indices) in indicesByProduct.sorted(by: { $0.key < $1.key }) {
            var current = indices.filter { updated[$0].isOpen }
            if current.isEmpty, let lastClosed = Self.latestClosed(indices, in: updated) {
                current = [lastClosed]
            }
            for index in current where updated[index].latest.date < snapshot.date {
                if let change = Self.reconcile(&updated[index], with: waste[product], on: snapshot.date, at: time) {
                    changes.append(change)
                }
            }
        }

        var nextNumber = max(highestNumber, findings.compactMap { Self.findingNumber($0.id) }.max() ?? 0) + 1
        for (product, figures) in waste.sorted(by: { $0.key < $1.key }) where indicesByProduct[product] == nil {
            let finding: ShelfwareFinding
            do {
                finding = try ShelfwareFinding(
                    id: "F-\(nextNumber)", accountID: snapshot.accountID, product: product, found: figures,
                    by: Self.actor, at: time)
            } catch {
                preconditionFailure("a finding with an id, an actor and unused licences was rejected: \(error)")
            }
            nextNumber += 1
            updated.append(finding)
            changes.append(
                FindingChange(
                    kind: .opened, findingID: finding.id, accountID: finding.accountID, product: product,
                    before: nil, after: figures))
        }
        self.findings = updated
        self.changes = changes.sorted { $0.product < $1.product }
    }

    /// Applies the rules to one finding whose figures are older than the snapshot, and returns the change, if any.
    private static func reconcile(
        _ finding: inout ShelfwareFinding, with figures: FindingFigures?, on date: Day, at time: Timestamp
    ) -> FindingChange? {
        let before = finding.latest
        let kind: FindingChange.Kind?
        do {
            switch (finding.isOpen, figures) {
            case (true, nil):
                try finding.apply(.solveByData(snapshotDate: date), by: actor, at: time)
                kind = .solvedByData
            case (false, .some(let figures)) where before.unusedLicences == 0:
                try finding.apply(.track(figures), by: actor, at: time)
                kind = .reopened
            case (_, let figures):
                let after = figures ?? FindingFigures(date: date, unusedLicences: 0, unusedValue: .zero)
                finding.latest = after
                let same = after.unusedLicences == before.unusedLicences && after.unusedValue == before.unusedValue
                kind = same ? nil : .updated
            }
        } catch {
            // The caller passes only figures older than the snapshot, and tracked figures have unused licences.
            preconditionFailure("the data's move of finding \(finding.id) was rejected: \(error)")
        }
        guard let kind else { return nil }
        return FindingChange(
            kind: kind, findingID: finding.id, accountID: finding.accountID, product: finding.product,
            before: before, after: finding.latest)
    }

    /// Returns the index of the closed finding with the latest figures, the last one in `findings` among equals.
    private static func latestClosed(_ indices: [Int], in findings: [ShelfwareFinding]) -> Int? {
        var best: Int?
        for index in indices where !findings[index].isOpen {
            if let current = best, findings[index].latest.date < findings[current].latest.date { continue }
            best = index
        }
        return best
    }

    /// Returns the number of an id of the form `F-n` with 1 to 15 digits, such as 12 for `F-12`, or nil for other
    /// ids. Longer numbers do not count, so numbering above them cannot overflow.
    public static func findingNumber(_ id: String) -> Int? {
        guard id.hasPrefix("F-") else { return nil }
        let digits = id.utf8.dropFirst(2)
        guard (1...15).contains(digits.count),
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
