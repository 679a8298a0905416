import TendCore
import TendStore
import Testing

@testable import TendSQLite

@Suite("Facts read in parallel")
struct ParallelFactsTests {
    let database: TestDatabase

    /// Forty accounts, `A00` to `A39`, each with data of its own in 2013, and shelf-ware findings for every third.
    init() throws {
        database = try TestDatabase()
        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts", expectedRows: 40)
            for number in 0..<40 {
                let since = number.isMultiple(of: 5) ? nil : day("2010-01-01").adding(days: number)
                _ = try writer.upsert(Account(id: Self.id(number), name: "Account \(number)", customerSince: since))
            }
            try writer.beginSource(kind: .cases, name: "cases", expectedRows: 80)
            for number in 0..<40 {
                for index in 0..<(number % 3) {
                    let opened = Timestamp(
                        millisecondsSinceEpoch: 1_357_000_000_000 + Int64(number * 86_400_000), utcOffsetSeconds: 0)
                    _ = try writer.upsert(
                        SupportCase(
                            id: "C\(number)-\(index)", accountID: Self.id(number), product: "Ledger",
                            severity: 1 + index, openedAt: opened))
                }
            }
            try writer.beginSource(kind: .sales, name: "sales", expectedRows: 40)
            for number in 0..<40 {
                _ = try writer.upsert(
                    SalesResult(
                        accountID: Self.id(number), quarter: Quarter(year: 2013, number: 1 + number % 4)!,
                        kind: .licence, planned: Money(whole: 100), achieved: Money(whole: Int128(number))))
            }
            let snapshots = try #require(writer as? any ShelfwareStoreWriter)
            try snapshots.beginSnapshots(defaultDate: day("2013-06-30"))
            try writer.beginSource(kind: .installBase, name: "install base", expectedRows: 40)
            for number in 0..<40 {
                let item = InstallBaseItem(
                    accountID: Self.id(number), product: "Ledger", majorVersion: 3, licencesOwned: 10,
                    licencesInUse: number.isMultiple(of: 3) ? 4 : 10, unitPrice: Money(whole: 10))
                _ = try snapshots.upsert(item, asOf: nil)
            }
            _ = try snapshots.reconcileShelfware(at: Timestamp(millisecondsSinceEpoch: 0, utcOffsetSeconds: 0))
        }
    }

    static func id(_ number: Int) -> String {
        number < 10 ? "A0\(number)" : "A\(number)"
    }

    @Test("parallel facts equal one transaction's facts")
    func sameFacts() throws {
        let expected = try database.store.accountYearFacts(year: 2013)
        #expect(expected.count == 40)
        #expect(expected.filter { $0.shelfwareFindings?.count == 1 }.count == 14)
        #expect(expected.map(\.casesOpened).reduce(0, +) == 39)

        let mapped = try database.store.mapAccountYearFacts(year: 2013) { $0 }
        #expect(mapped == expected)
        let counts = try database.store.mapAccountYearFacts(year: 2013) { [$0.count] }
        #expect(counts.reduce(0, +) == 40)
    }

    @Test("an in-memory store maps the facts of its own connection")
    func inMemory() throws {
        let store = try SQLiteStore.inMemory()
        try store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts", expectedRows: 2)
            _ = try writer.upsert(Account(id: "B", name: "B", customerSince: nil))
            _ = try writer.upsert(Account(id: "A", name: "A", customerSince: nil))
        }
        let ids = try store.mapAccountYearFacts(year: 2013) { $0.map(\.account.id) }
        #expect(ids == ["A", "B"])
    }

    @Test("part boundaries split the accounts at even positions")
    func boundaries() throws {
        let connection = try Connection(path: database.path)
        #expect(try YearFactsQuery.partBoundaries(connection, parts: 4) == ["A10", "A20", "A30"])
        #expect(try YearFactsQuery.partBoundaries(connection, parts: 3) == ["A13", "A26"])
        #expect(try YearFactsQuery.partBoundaries(connection, parts: 40) == (1..<40).map(Self.id))
        #expect(try YearFactsQuery.partBoundaries(connection, parts: 41) == [])
        #expect(try YearFactsQuery.partBoundaries(connection, parts: 1) == [])
    }

    @Test("range scope includes from, excludes before")
    func rangeScope() throws {
        let connection = try Connection(path: database.path)
        func ids(from: String?, before: String?) throws -> [String] {
            let query = YearFactsQuery(connection: connection, year: 2013, scope: .range(from: from, before: before))
            return try query.run().map(\.account.id)
        }
        #expect(try ids(from: "A03", before: "A06") == ["A03", "A04", "A05"])
        #expect(try ids(from: nil, before: "A02") == ["A00", "A01"])
        #expect(try ids(from: "A38", before: nil) == ["A38", "A39"])
        #expect(try ids(from: "A05", before: "A05") == [])

        let all = try database.store.accountYearFacts(year: 2013)
        let part = try YearFactsQuery(connection: connection, year: 2013, scope: .range(from: "A03", before: "A07"))
        #expect(try part.run() == Array(all[3..<7]))
    }

    @Test("readers reject writes")
    func readersQueryOnly() throws {
        let pool = ReaderPool(path: database.path)
        let error = try pool.withReaders(count: 1) { readers in
            try #require(throws: SQLiteError.self) {
                try readers[0].connection.execute("UPDATE store_state SET revision = revision + 1")
            }
        }
        #expect(error.message == "attempt to write a readonly database")
        #expect(try database.store.revision() == 1)
    }
}
