import Testing

@testable import TendCore

@Suite("Shelf-ware analysis")
struct ShelfwareAnalysisTests {
    typealias F = ShelfwareFixture

    @Test(
        "licence usage by owned and in use",
        arguments: [
            (10, 0, LicenceUsage.totallyUnused), (1, 0, .totallyUnused), (10, 1, .underUsed), (10, 9, .underUsed),
            (10, 10, .fullyUsed), (10, 12, .fullyUsed), (0, 0, .fullyUsed), (0, 3, .fullyUsed),
        ])
    func usage(owned: Int, inUse: Int, expected: LicenceUsage) {
        #expect(LicenceUsage(licencesOwned: owned, licencesInUse: inUse) == expected)
    }

    @Test("product figures for an under-used product")
    func productFigures() throws {
        let snapshot = try F.snapshot(
            "2024-03-31", [F.item("Ledger", owned: 10, inUse: 4, price: Money(units: 2_505_000))])
        let product = try #require(AccountShelfware(snapshot: snapshot).products.first)
        #expect(product.unusedLicences == 6)
        #expect(product.unusedValue == Money(units: 15_030_000))
        #expect(product.installedValue == Money(units: 25_050_000))
        #expect(product.usage == .underUsed)
        #expect(product.isShelfware)
        #expect(product.trend == [UsagePoint(date: F.day("2024-03-31"), licencesOwned: 10, licencesInUse: 4)])
    }

    @Test("product figures when more are in use than owned")
    func productOverUsed() throws {
        let snapshot = try F.snapshot("2024-03-31", [F.item("Ledger", owned: 5, inUse: 7)])
        let product = try #require(AccountShelfware(snapshot: snapshot).products.first)
        #expect(product.unusedLicences == 0)
        #expect(product.unusedValue == .zero)
        #expect(product.installedValue == Money(whole: 500))
        #expect(!product.isShelfware)
    }

    @Test("account figures sum the products")
    func accountFigures() throws {
        let snapshot = try F.snapshot(
            "2024-03-31",
            [
                F.item("Vault", owned: 5, inUse: 0, price: Money(whole: 200)),
                F.item("Payroll", owned: 20, inUse: 20, price: Money(whole: 50)),
                F.item("Ledger", owned: 10, inUse: 4),
            ])
        let account = AccountShelfware(snapshot: snapshot)
        #expect(account.accountID == "A-1")
        #expect(account.date == F.day("2024-03-31"))
        #expect(account.products.map(\.product) == ["Ledger", "Payroll", "Vault"])
        #expect(account.shelfware.map(\.product) == ["Ledger", "Vault"])
        #expect(account.shelfware.map(\.usage) == [.underUsed, .totallyUnused])
        #expect(account.installBaseValue == Money(whole: 3000))
        #expect(account.unusedValue == Money(whole: 1600))
        #expect(account.unusedShare == Rational(8, 15))
        #expect(account.isFlagged)
    }

    @Test(
        "flag only above a quarter",
        arguments: [(749, Rational(251, 1000), true), (750, Rational(1, 4), false), (751, Rational(249, 1000), false)])
    func flagBoundary(inUse: Int, share: Rational, flagged: Bool) throws {
        let snapshot = try F.snapshot(
            "2024-03-31", [F.item("Ledger", owned: 1000, inUse: inUse, price: Money(whole: 1))])
        let account = AccountShelfware(snapshot: snapshot)
        #expect(account.unusedShare == share)
        #expect(account.isFlagged == flagged)
    }

    @Test("zero install base value has no share")
    func zeroBase() throws {
        let free = try F.snapshot("2024-03-31", [F.item("Ledger", owned: 10, inUse: 0, price: .zero)])
        let freeAccount = AccountShelfware(snapshot: free)
        #expect(freeAccount.installBaseValue == .zero)
        #expect(freeAccount.unusedShare == nil)
        #expect(!freeAccount.isFlagged)
        #expect(freeAccount.shelfware.count == 1)

        let empty = AccountShelfware(snapshot: try F.snapshot("2024-03-31", []))
        #expect(empty.unusedShare == nil)
        #expect(empty.unusedValue == .zero)
        #expect(!empty.isFlagged)
    }

    @Test("several snapshots give a trend and latest figures")
    func trend() throws {
        let march = try F.snapshot(
            "2024-03-31", [F.item("Ledger", owned: 10, inUse: 2), F.item("Legacy", owned: 3, inUse: 0)])
        let june = try F.snapshot("2024-06-30", [F.item("Ledger", owned: 10, inUse: 5)])
        let september = try F.snapshot(
            "2024-09-30", [F.item("Ledger", owned: 12, inUse: 9), F.item("Vault", owned: 4, inUse: 1)])
        let account = try AccountShelfware(snapshots: [june, september, march])
        #expect(account.date == F.day("2024-09-30"))
        #expect(account.products.map(\.product) == ["Ledger", "Vault"])

        let ledger = account.products[0]
        #expect(ledger.unusedLicences == 3)
        #expect(ledger.trend.map(\.date) == [F.day("2024-03-31"), F.day("2024-06-30"), F.day("2024-09-30")])
        #expect(ledger.trend.map(\.licencesInUse) == [2, 5, 9])
        #expect(ledger.trend.map(\.licencesOwned) == [10, 10, 12])
        #expect(
            account.products[1].trend == [UsagePoint(date: F.day("2024-09-30"), licencesOwned: 4, licencesInUse: 1)])
        #expect(account.unusedValue == Money(whole: 600))
    }

    @Test("snapshot list errors")
    func snapshotListErrors() throws {
        #expect(throws: ShelfwareInputError(.noSnapshots, "no install base snapshot to analyse; pass at least one")) {
            try AccountShelfware(snapshots: [])
        }

        let first = try F.snapshot("2024-03-31", [])
        let other = try F.snapshot("2024-06-30", [], account: "B-2")
        let error = #expect(throws: ShelfwareInputError.self) { try AccountShelfware(snapshots: [first, other]) }
        #expect(error?.code == .accountMismatch)
        #expect(
            error?.message
                == "snapshots of accounts A-1 and B-2 were passed together; analyse each account on its own")

        let again = try F.snapshot("2024-03-31", [F.item("Ledger", owned: 1, inUse: 0)])
        let duplicate = #expect(throws: ShelfwareInputError.self) { try AccountShelfware(snapshots: [again, first]) }
        #expect(duplicate?.code == .duplicateDate)
        #expect(
            duplicate?.message
                == "two install base snapshots of account A-1 are dated 2024-03-31; keep one snapshot per date")
    }

    @Test("snapshot item errors")
    func snapshotItemErrors() throws {
        let cases: [([InstallBaseItem], ShelfwareInputError.Code, String)] = [
            (
                [F.item("Ledger", owned: 1, inUse: 0, account: "B-2")], .accountMismatch,
                "install base item Ledger of account B-2 is in the snapshot of account A-1 on 2024-03-31; "
                    + "pass only the items of A-1"
            ),
            (
                [F.item("Ledger", owned: 1, inUse: 0), F.item("Ledger", owned: 2, inUse: 0)], .duplicateProduct,
                "product Ledger appears twice in the install base of account A-1 on 2024-03-31; "
                    + "keep one item per product"
            ),
            (
                [F.item("Ledger", owned: -1, inUse: 0)], .negativeLicences,
                "product Ledger of account A-1 on 2024-03-31 has -1 licences owned and 0 in use; "
                    + "licence counts must be zero or more"
            ),
            (
                [F.item("Ledger", owned: 1, inUse: -2)], .negativeLicences,
                "product Ledger of account A-1 on 2024-03-31 has 1 licences owned and -2 in use; "
                    + "licence counts must be zero or more"
            ),
            (
                [F.item("Ledger", owned: 1, inUse: 0, price: Money(whole: -5))], .negativeUnitPrice,
                "product Ledger of account A-1 on 2024-03-31 has the unit price -5.00; unit prices must be zero or more"
            ),
        ]
        for (items, code, message) in cases {
            #expect(throws: ShelfwareInputError(code, message)) { try F.snapshot("2024-03-31", items) }
        }
    }

    @Test("portfolio ranks by unused value then id")
    func portfolio() throws {
        func account(_ id: String, owned: Int, inUse: Int) throws -> AccountShelfware {
            AccountShelfware(
                snapshot: try F.snapshot(
                    "2024-03-31", [F.item("Ledger", owned: owned, inUse: inUse, account: id)], account: id))
        }
        let accounts = [
            try account("C-3", owned: 10, inUse: 5), try account("A-1", owned: 10, inUse: 9),
            try account("B-2", owned: 4, inUse: 0), try account("D-4", owned: 20, inUse: 15),
            try account("E-5", owned: 8, inUse: 8),
        ]
        let portfolio = try PortfolioShelfware(accounts: accounts)
        #expect(portfolio.accounts.map(\.accountID) == ["C-3", "D-4", "B-2", "A-1", "E-5"])
        #expect(portfolio.totalUnusedValue == Money(whole: 1500))
        #expect(portfolio.flaggedAccountCount == 2)

        #expect(
            throws: ShelfwareInputError(
                .duplicateAccount, "account A-1 appears twice in the portfolio; pass one analysis per account")
        ) { try PortfolioShelfware(accounts: accounts + [accounts[1]]) }
    }
}
