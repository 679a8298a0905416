import TendCore
import TendSQLite
import TendStore
import Testing

@Suite("Reading a portfolio")
struct ReadTests {
    let database: TestDatabase

    init() throws {
        database = try TestDatabase()
        try database.store.write { try PortfolioFixture.importAll(into: $0) }
    }

    @Test("facts of every account in 2013")
    func factsOfYear() throws {
        let facts = try database.store.accountYearFacts(year: 2013)

        #expect(facts.map(\.account.id) == ["A1", "A2", "A3"])
        #expect(facts[0] == PortfolioFixture.facts2013)
        #expect(facts[1] == AccountYearFacts(account: PortfolioFixture.accounts[1], year: 2013))
        var placeholder = AccountYearFacts(account: Account(id: "A3", name: "A3", customerSince: nil), year: 2013)
        placeholder.earliestCaseDay = day("2013-06-15")
        placeholder.casesOpened = 1
        #expect(facts[2] == placeholder)
    }

    @Test("facts of one account")
    func factsOfOneAccount() throws {
        #expect(try database.store.accountYearFacts(accountID: "A1", year: 2013) == PortfolioFixture.facts2013)
        #expect(
            try database.store.accountYearFacts(accountID: "A2", year: 2013)
                == AccountYearFacts(account: PortfolioFixture.accounts[1], year: 2013))
        #expect(try database.store.accountYearFacts(accountID: "missing", year: 2013) == nil)
    }

    @Test("facts of the neighbouring years")
    func factsOfNeighbouringYears() throws {
        let facts2012 = try #require(try database.store.accountYearFacts(accountID: "A1", year: 2012))
        #expect(facts2012.casesOpened == 1)
        #expect(facts2012.severity1CasesOpened == 1)
        #expect(facts2012.enhancementsSubmitted == 2)
        #expect(facts2012.enhancementsDelivered == 1)
        #expect(facts2012.activeProgrammes == ["Design sessions", "Pilot"])
        #expect(facts2012.licencePlanned == money("1000"))
        #expect(facts2012.upsellAmount == money("1000"))

        let facts2014 = try #require(try database.store.accountYearFacts(accountID: "A1", year: 2014))
        #expect(facts2014.casesOpened == 1)
        #expect(facts2014.enhancementsSubmitted == 1)
        #expect(facts2014.enhancementsDelivered == 1)
        #expect(facts2014.eventParticipations == 1)
        #expect(facts2014.activeProgrammes == ["Advisory board", "Early access"])
        #expect(facts2014.servicesAchieved == money("2000"))
        #expect(facts2014.licencePlanned == .zero)
        #expect(facts2014.earliestCaseDay == day("2012-12-31"))
    }

    @Test("facts merge by the bytes of account ids")
    func factsOfLookalikeIDs() throws {
        // Byte order, which SQLite sorts by: "Z" < "a" < "e" + combining acute < precomposed "é".
        // Swift's String == treats the last two as equal, so the merge must compare bytes.
        let ids = ["Z", "a", "e\u{301}", "\u{e9}"]
        let store = try SQLiteStore.inMemory()
        try store.write { writer in
            try writer.beginSource(kind: .cases, name: "cases.csv")
            for (index, id) in ids.enumerated() {
                try writer.insertAccountIfMissing(id: id)
                for number in 0...index {
                    _ = try writer.upsert(
                        SupportCase(
                            id: "\(index)-\(number)", accountID: id, product: "Ledger", severity: 2,
                            openedAt: timestamp("2013-05-0\(number + 1)", "09:00:00")))
                }
            }
        }

        let facts = try store.accountYearFacts(year: 2013)

        #expect(facts.map { Array($0.account.id.utf8) } == ids.map { Array($0.utf8) })
        #expect(facts.map(\.casesOpened) == [1, 2, 3, 4])
    }

    @Test("year outside the calendar is rejected")
    func yearOutOfRange() throws {
        let error = try #require(throws: SQLiteStoreError.self) { try database.store.accountYearFacts(year: 0) }
        #expect(error.code == .yearOutOfRange)
    }

    @Test("years on record")
    func yearsOnRecord() throws {
        // Programmes start in 2010 and 2011 but are not dated records; E5 is delivered in 2015.
        #expect(try database.store.yearsOnRecord() == [2012, 2013, 2014, 2015])
    }

    @Test("years on record of an empty store")
    func yearsOnRecordEmpty() throws {
        #expect(try SQLiteStore.inMemory().yearsOnRecord() == [])
    }

    @Test("cases newest first with every field")
    func casesNewestFirst() throws {
        let cases = try database.store.cases(accountID: "A1")

        // C1 is on 2012-12-31 in its local time but later than C2 as an instant.
        #expect(cases.map(\.id) == ["C4", "C3", "C5", "C1", "C2"])
        #expect(cases.last == PortfolioFixture.cases[1])
        #expect(Set(cases) == Set(PortfolioFixture.cases.filter { $0.accountID == "A1" }))
    }

    @Test("cases of all accounts")
    func casesOfAllAccounts() throws {
        let cases = try database.store.cases(accountID: nil)

        #expect(cases.map(\.id) == ["C4", "C3", "C5", "C6", "C1", "C2"])
        #expect(try database.store.cases(accountID: "A2") == [])
    }

    @Test("accounts, catalogue and row counts")
    func listings() throws {
        let placeholder = Account(id: "A3", name: "A3", customerSince: nil)
        #expect(try database.store.accounts() == PortfolioFixture.accounts + [placeholder])
        #expect(try database.store.account(id: "A2") == PortfolioFixture.accounts[1])
        #expect(try database.store.account(id: "missing") == nil)
        #expect(try database.store.catalogue() == PortfolioFixture.products.reversed())
        #expect(
            try database.store.rowCounts() == [
                .accounts: 3, .products: 2, .installBase: 2, .integrations: 2, .enhancements: 5, .participation: 5,
                .programmes: 6, .sales: 5, .upsells: 4, .cases: 6,
            ])
        #expect(try database.store.importedKinds() == Set(DataKind.allCases))
    }

    @Test("second import of the same files changes nothing")
    func idempotentImport() throws {
        let store = database.store
        let before = (
            try store.accounts(), try store.catalogue(), try store.cases(accountID: nil),
            try store.accountYearFacts(year: 2013), try store.rowCounts()
        )

        try store.write { writer in
            try PortfolioFixture.importAll(into: writer, suffix: " again")
        }

        #expect(try store.accounts() == before.0)
        #expect(try store.catalogue() == before.1)
        #expect(try store.cases(accountID: nil) == before.2)
        #expect(try store.accountYearFacts(year: 2013) == before.3)
        #expect(try store.rowCounts() == before.4)
    }
}
