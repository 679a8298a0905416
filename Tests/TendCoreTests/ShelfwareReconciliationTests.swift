import Testing

@testable import TendCore

@Suite("Shelf-ware reconciliation")
struct ShelfwareReconciliationTests {
    typealias F = ShelfwareFixture

    static func reconcile(_ findings: [ShelfwareFinding], _ date: String, _ items: [InstallBaseItem]) throws
        -> ShelfwareReconciliation
    {
        ShelfwareReconciliation(findings, with: try F.snapshot(date, items), at: F.time(60))
    }

    @Test("new shelf-ware opens numbered findings")
    func opens() throws {
        let other = try ShelfwareFinding(
            id: "F-40", accountID: "B-2", product: "Ledger",
            found: FindingFigures(date: F.day("2024-03-31"), unusedLicences: 1, unusedValue: Money(whole: 100)),
            by: "tend", at: F.time())
        let imported = try ShelfwareFinding(
            id: "X-99", accountID: "B-2", product: "Vault",
            found: FindingFigures(date: F.day("2024-03-31"), unusedLicences: 1, unusedValue: Money(whole: 100)),
            by: "tend", at: F.time())
        let result = try Self.reconcile(
            [other, imported], "2024-06-30",
            [
                F.item("Vault", owned: 5, inUse: 0, price: Money(whole: 200)), F.item("Payroll", owned: 3, inUse: 3),
                F.item("Ledger", owned: 10, inUse: 7),
            ])

        #expect(result.findings.count == 4)
        #expect(result.findings[0] == other)
        #expect(result.findings[1] == imported)
        let ledger = result.findings[2]
        #expect(ledger.id == "F-41")
        #expect(ledger.accountID == "A-1")
        #expect(ledger.product == "Ledger")
        #expect(ledger.step == .track)
        let ledgerFigures = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 3, unusedValue: Money(whole: 300))
        #expect(ledger.found == ledgerFigures)
        #expect(ledger.history.map(\.actor) == ["tend"])
        #expect(ledger.history.map(\.time) == [F.time(60)])
        #expect(result.findings[3].id == "F-42")
        #expect(result.findings[3].product == "Vault")

        let vaultFigures = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 5, unusedValue: Money(whole: 1000))
        #expect(
            result.changes == [
                FindingChange(
                    kind: .opened, findingID: "F-41", accountID: "A-1", product: "Ledger", before: nil,
                    after: ledgerFigures),
                FindingChange(
                    kind: .opened, findingID: "F-42", accountID: "A-1", product: "Vault", before: nil,
                    after: vaultFigures),
            ])
    }

    @Test("first finding is F-1")
    func firstNumber() throws {
        let result = try Self.reconcile([], "2024-06-30", [F.item("Ledger", owned: 2, inUse: 1)])
        #expect(result.findings.map(\.id) == ["F-1"])
    }

    @Test(
        "new numbers start above the larger of highestNumber and the ids passed in",
        arguments: [
            (stored: "F-4", highest: 7, expected: "F-8"), (stored: "F-4", highest: 3, expected: "F-5"),
            (stored: "F-4", highest: 0, expected: "F-5"),
            // A number beyond 15 digits does not count, so numbering above it cannot overflow.
            (stored: "F-9223372036854775807", highest: 3, expected: "F-4"),
        ])
    func numbersAboveHighest(stored storedID: String, highest: Int, expected: String) throws {
        let stored = try ShelfwareFinding(
            id: storedID, accountID: F.accountID, product: "Vault",
            found: FindingFigures(date: F.day("2024-03-31"), unusedLicences: 1, unusedValue: Money(whole: 100)),
            by: "tend", at: F.time())
        let result = ShelfwareReconciliation(
            [stored], with: try F.snapshot("2024-06-30", [F.item("Ledger", owned: 2, inUse: 1)]), at: F.time(60),
            highestNumber: highest)
        #expect(result.findings.map(\.id) == [storedID, expected])
    }

    @Test(
        "finding numbers of 1 to 15 digits count",
        arguments: [
            ("F-12", 12), ("F-999999999999999", 999_999_999_999_999), ("F-1000000000000000", nil),
            ("F-9223372036854775807", nil), ("F-+50", nil), ("F-", nil), ("F-1a", nil), ("X-7", nil), ("F-007", 7),
        ] as [(String, Int?)])
    func findingNumbers(id: String, expected: Int?) {
        #expect(ShelfwareReconciliation.findingNumber(id) == expected)
    }

    @Test(
        "open finding is solved by the data when its shelf-ware goes",
        arguments: [
            [ShelfwareFixture.item("Ledger", owned: 10, inUse: 10)],
            [ShelfwareFixture.item("Ledger", owned: 8, inUse: 9)], [],
        ])
    func solvedByData(items: [InstallBaseItem]) throws {
        let finding = try F.finding(at: .plan)
        let result = try Self.reconcile([finding], "2024-06-30", items)
        let solved = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(solved.step == .solved)
        #expect(solved.closure == .solvedByData(snapshotDate: F.day("2024-06-30")))
        #expect(solved.plan == F.plan)
        let zeroFigures = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 0, unusedValue: .zero)
        #expect(
            solved.history.last
                == FindingHistoryEntry(
                    from: .plan, to: .solved, event: .solveByData(snapshotDate: F.day("2024-06-30")), actor: "tend",
                    time: F.time(60), note: ""))
        #expect(
            result.changes == [
                FindingChange(
                    kind: .solvedByData, findingID: "F-12", accountID: "A-1", product: "Ledger",
                    before: finding.latest, after: zeroFigures)
            ])
        #expect(ShelfwareUtilisation.points(accountID: "A-1", findings: result.findings) == .one)
    }

    @Test("open finding gets new figures without a move")
    func updated() throws {
        let finding = try F.finding(at: .review)
        let result = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 10, inUse: 6)])
        let updated = try #require(result.findings.first)
        let figures = FindingFigures(date: F.day("2024-06-30"), unusedLicences: 4, unusedValue: Money(whole: 400))
        #expect(updated.step == .review)
        #expect(updated.latest == figures)
        #expect(updated.found == finding.found)
        #expect(updated.history == finding.history)
        #expect(
            result.changes == [
                FindingChange(
                    kind: .updated, findingID: "F-12", accountID: "A-1", product: "Ledger", before: finding.latest,
                    after: figures)
            ])
    }

    @Test("unchanged figures advance the date without a change")
    func unchanged() throws {
        let finding = try F.finding()
        let result = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 12, inUse: 2)])
        #expect(result.changes.isEmpty)
        #expect(result.findings.first?.latest.date == F.day("2024-06-30"))
        #expect(result.findings.first?.latest.unusedLicences == 10)
    }

    @Test("snapshot not later than the figures changes nothing")
    func notLater() throws {
        let finding = try F.finding()
        let same = try Self.reconcile([finding], "2024-03-31", [])
        #expect(same.findings == [finding])
        #expect(same.changes.isEmpty)

        let first = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 10, inUse: 8)])
        let second = ShelfwareReconciliation(
            first.findings, with: try F.snapshot("2024-06-30", [F.item("Ledger", owned: 10, inUse: 8)]), at: F.time(90))
        #expect(second.findings == first.findings)
        #expect(second.changes.isEmpty)
    }

    @Test("solved finding reopens when its shelf-ware shows again")
    func reopensSolved() throws {
        let finding = try F.finding(at: .identify)
        let solved = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 10, inUse: 10)])
        let result = try Self.reconcile(solved.findings, "2024-09-30", [F.item("Ledger", owned: 10, inUse: 7)])
        let reopened = try #require(result.findings.first)
        let figures = FindingFigures(date: F.day("2024-09-30"), unusedLicences: 3, unusedValue: Money(whole: 300))
        #expect(result.findings.count == 1)
        #expect(reopened.id == "F-12")
        #expect(reopened.step == .track)
        #expect(reopened.found == figures)
        #expect(reopened.cause == nil)
        #expect(reopened.closure == nil)
        #expect(reopened.history.map(\.to) == [.track, .identify, .solved, .track])
        #expect(reopened.history.last?.from == .solved)
        #expect(reopened.history.last?.actor == "tend")
        #expect(
            result.changes == [
                FindingChange(
                    kind: .reopened, findingID: "F-12", accountID: "A-1", product: "Ledger",
                    before: FindingFigures(date: F.day("2024-06-30"), unusedLicences: 0, unusedValue: .zero),
                    after: figures)
            ])
    }

    @Test("dismissed finding stays closed while its shelf-ware stays")
    func dismissedLifecycle() throws {
        let finding = try F.finding(at: .dismissed)
        let stays = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 10, inUse: 2)])
        #expect(stays.findings.first?.step == .dismissed)
        #expect(stays.findings.first?.latest.unusedLicences == 8)
        #expect(stays.changes.map(\.kind) == [.updated])
        #expect(ShelfwareUtilisation.hasShelfware(accountID: "A-1", findings: stays.findings))

        let cleared = try Self.reconcile(stays.findings, "2024-09-30", [F.item("Ledger", owned: 10, inUse: 10)])
        #expect(cleared.findings.first?.step == .dismissed)
        #expect(
            cleared.findings.first?.latest
                == FindingFigures(date: F.day("2024-09-30"), unusedLicences: 0, unusedValue: .zero))
        #expect(cleared.changes.map(\.kind) == [.updated])
        #expect(!ShelfwareUtilisation.hasShelfware(accountID: "A-1", findings: cleared.findings))

        let back = try Self.reconcile(cleared.findings, "2024-12-31", [F.item("Ledger", owned: 10, inUse: 9)])
        #expect(back.findings.first?.step == .track)
        #expect(back.findings.first?.history.map(\.to) == [.track, .dismissed, .track])
        #expect(back.changes.map(\.kind) == [.reopened])
    }

    @Test("user-solved finding stays solved while the data catches up")
    func solvedByUserStays() throws {
        let finding = try F.finding(at: .solved)
        let result = try Self.reconcile([finding], "2024-06-30", [F.item("Ledger", owned: 10, inUse: 5)])
        #expect(result.findings.first?.step == .solved)
        #expect(result.findings.first?.closure == .solved)
        #expect(result.findings.first?.latest.unusedLicences == 5)
        #expect(result.changes.map(\.kind) == [.updated])
        #expect(result.findings.first?.history == finding.history)
    }

    @Test("only the latest closed finding of a product reopens")
    func latestClosedReopens() throws {
        let older = try F.finding(at: .dismissed)
        let newer = try ShelfwareFinding(
            id: "F-20", accountID: "A-1", product: "Ledger",
            found: FindingFigures(date: F.day("2024-06-30"), unusedLicences: 2, unusedValue: Money(whole: 200)),
            by: "tend", at: F.time()
        ).applying(.solveByData(snapshotDate: F.day("2024-09-30")), by: "tend", at: F.time(1))
        let result = try Self.reconcile([newer, older], "2024-12-31", [F.item("Ledger", owned: 10, inUse: 9)])
        #expect(result.findings.map(\.id) == ["F-20", "F-12"])
        #expect(result.findings[0].step == .track)
        #expect(result.findings[1] == older)
        #expect(result.changes.map(\.findingID) == ["F-20"])
    }

    @Test("findings of other accounts stay unchanged")
    func otherAccounts() throws {
        let other = try ShelfwareFinding(
            id: "F-3", accountID: "B-2", product: "Ledger",
            found: FindingFigures(date: F.day("2024-03-31"), unusedLicences: 1, unusedValue: Money(whole: 100)),
            by: "tend", at: F.time())
        let result = try Self.reconcile([other], "2024-06-30", [])
        #expect(result.findings == [other])
        #expect(result.changes.isEmpty)
    }
}
