import TendCore
import TendSQLite
import TendStore
import Testing

@Suite("Case counts per account and year")
struct CaseCountsTests {
    let database: TestDatabase

    init() throws {
        database = try TestDatabase()
    }

    static func supportCase(_ id: String, _ accountID: String, _ date: String, severity: Int = 2) -> SupportCase {
        SupportCase(
            id: id, accountID: accountID, product: "Ledger", severity: severity,
            openedAt: timestamp(date, "09:00:00"))
    }

    func write(_ name: String, _ cases: [SupportCase]) throws {
        try database.store.write { writer in
            try writer.beginSource(kind: .cases, name: name)
            for supportCase in cases {
                try writer.insertAccountIfMissing(id: supportCase.accountID)
                _ = try writer.upsert(supportCase)
            }
        }
    }

    /// Returns each account's cases opened, severity 1 cases and earliest case day from the facts of `year`.
    func counts(_ year: Int) throws -> [String: [String]] {
        var counts: [String: [String]] = [:]
        for facts in try database.store.accountYearFacts(year: year) {
            counts[facts.account.id] = [
                "\(facts.casesOpened)", "\(facts.severity1CasesOpened)", facts.earliestCaseDay?.description ?? "none",
            ]
        }
        return counts
    }

    func staleAccounts() throws -> Int64? {
        try Connection(path: database.path).int64("SELECT count(*) FROM case_counts_stale")
    }

    static let firstImport = [
        Self.supportCase("C1", "A1", "2013-03-01", severity: 1),
        Self.supportCase("C2", "A1", "2013-07-01"),
        Self.supportCase("C3", "A1", "2014-01-10", severity: 1),
        Self.supportCase("C4", "A2", "2013-12-31"),
        // A1 again after another account: its 2013 count gets a second entry that adds to the first.
        Self.supportCase("C5", "A1", "2013-02-15", severity: 1),
    ]

    @Test("inserted cases are counted")
    func inserted() throws {
        try write("cases.csv", Self.firstImport)

        #expect(try counts(2013) == ["A1": ["3", "2", "2013-02-15"], "A2": ["1", "0", "2013-12-31"]])
        #expect(try counts(2014) == ["A1": ["1", "1", "2013-02-15"], "A2": ["0", "0", "2013-12-31"]])
        #expect(try database.store.yearsOnRecord() == [2013, 2014])
        #expect(try staleAccounts() == 0)
    }

    @Test("changed cases are counted again")
    func updated() throws {
        try write("cases.csv", Self.firstImport)

        try write(
            "cases-corrected.csv",
            [
                // Severity 1 to 3, same account and year.
                Self.supportCase("C1", "A1", "2013-03-01", severity: 3),
                // From A1 in 2013 to A2 in 2015.
                Self.supportCase("C5", "A2", "2015-06-01", severity: 1),
                // The same values from a new source, which the trigger's condition ignores.
                Self.supportCase("C3", "A1", "2014-01-10", severity: 1),
                Self.supportCase("C6", "A3", "2015-01-01"),
            ])

        #expect(
            try counts(2013) == [
                "A1": ["2", "0", "2013-03-01"], "A2": ["1", "0", "2013-12-31"], "A3": ["0", "0", "2015-01-01"],
            ])
        #expect(
            try counts(2015) == [
                "A1": ["0", "0", "2013-03-01"], "A2": ["1", "1", "2013-12-31"], "A3": ["1", "0", "2015-01-01"],
            ])
        #expect(try database.store.yearsOnRecord() == [2013, 2014, 2015])
        #expect(try staleAccounts() == 0)
    }

    @Test("failed write keeps the counts")
    func failedWrite() throws {
        try write("cases.csv", Self.firstImport)

        #expect(throws: ExpectedFailure.self) {
            try database.store.write { writer in
                try writer.beginSource(kind: .cases, name: "cases-bad.csv")
                _ = try writer.upsert(Self.supportCase("C7", "A1", "2013-01-01", severity: 1))
                _ = try writer.upsert(Self.supportCase("C1", "A2", "2016-01-01"))
                throw ExpectedFailure()
            }
        }

        #expect(try counts(2013) == ["A1": ["3", "2", "2013-02-15"], "A2": ["1", "0", "2013-12-31"]])
        #expect(try staleAccounts() == 0)
    }

    @Test("large import counts every case")
    func largeImport() throws {
        // More accounts than DeferredIndexes.minimumExpectedRows, so the index of case_counts is built afterwards.
        let accountCount = DeferredIndexes.minimumExpectedRows + 1
        var cases: [SupportCase] = []
        for number in 0..<accountCount {
            let accountID = "A\(100_000 + number)"
            cases.append(Self.supportCase("C\(number)-1", accountID, "2013-05-01", severity: number % 2 + 1))
            cases.append(Self.supportCase("C\(number)-2", accountID, "2014-05-01"))
        }
        try write("cases.csv", cases)

        let facts = try database.store.accountYearFacts(year: 2013)
        #expect(facts.count == accountCount)
        #expect(facts.map(\.casesOpened).reduce(0, +) == accountCount)
        #expect(facts.map(\.severity1CasesOpened).reduce(0, +) == 5_001)
        #expect(facts.filter { $0.earliestCaseDay != day("2013-05-01") }.isEmpty)
        let indexes = try Connection(path: database.path).int64(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'case_counts_by_year'")
        #expect(indexes == 1)
    }

    @Test("version 1 database gets counts")
    func upgradeFromVersion1() throws {
        try write("cases.csv", Self.firstImport)
        // Turn the file back into version 1: no counts, and the cases indexed by year.
        try Connection(path: database.path).execute(
            """
            DROP TRIGGER cases_recount; DROP TABLE case_counts_stale; DROP TABLE case_counts;
            CREATE INDEX cases_by_year ON cases (opened_year, account_id, severity);
            PRAGMA user_version = 1;
            """)

        let reopened = try database.reopen()

        let facts = try reopened.accountYearFacts(year: 2013)
        #expect(facts.map(\.casesOpened) == [3, 1])
        #expect(facts.map(\.severity1CasesOpened) == [2, 0])
        #expect(facts.map(\.earliestCaseDay) == [day("2013-02-15"), day("2013-12-31")])
        let connection = try Connection(path: database.path)
        #expect(try connection.int64("PRAGMA user_version") == 2)
        #expect(try connection.int64("SELECT count(*) FROM sqlite_schema WHERE name = 'cases_by_year'") == 0)
        #expect(try connection.int64("SELECT count(*) FROM sqlite_schema WHERE name = 'cases_recount'") == 1)
    }
}
