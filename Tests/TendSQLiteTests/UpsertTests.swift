import TendCore
import TendSQLite
import TendStore
import Testing

/// One record kind's upsert, with two records of the same key that differ in their other fields.
struct UpsertCase: Sendable, CustomTestStringConvertible {
    let kind: DataKind
    /// Upserts the first record, or the second when `changed` is true.
    let upsert: @Sendable (_ writer: any StoreWriter, _ changed: Bool) throws -> UpsertOutcome

    var testDescription: String { kind.rawValue }

    static let all: [UpsertCase] = [
        UpsertCase(kind: .accounts) { writer, changed in
            try writer.upsert(
                Account(id: "A9", name: changed ? "Renamed" : "Original", customerSince: day("2010-05-01")))
        },
        UpsertCase(kind: .products) { writer, changed in
            try writer.upsert(
                CatalogueProduct(product: "Ledger", latestMajorVersion: changed ? 8 : 7, releasedOn: day("2012-03-01")))
        },
        UpsertCase(kind: .installBase) { writer, changed in
            try writer.upsert(
                InstallBaseItem(
                    accountID: "A1", product: "Ledger", majorVersion: 7, licencesOwned: changed ? 20 : 10,
                    licencesInUse: 5, unitPrice: money("99.5")))
        },
        UpsertCase(kind: .integrations) { writer, changed in
            try writer.upsert(Integration(accountID: "A1", name: "ERP", status: changed ? .broken : .working))
        },
        UpsertCase(kind: .enhancements) { writer, changed in
            try writer.upsert(
                EnhancementRequest(
                    accountID: "A1", requestID: "E1", submittedOn: day("2013-02-01"),
                    deliveredOn: changed ? day("2013-09-01") : nil))
        },
        UpsertCase(kind: .participation) { writer, _ in
            // Every field of a participation is part of its key, so there is nothing else to change.
            try writer.upsert(Participation(accountID: "A1", date: day("2013-04-02"), kind: .event))
        },
        UpsertCase(kind: .programmes) { writer, changed in
            try writer.upsert(
                ProgrammeMembership(
                    accountID: "A1", programme: "Beta", startedOn: day("2013-01-01"),
                    endedOn: changed ? day("2013-06-30") : nil))
        },
        UpsertCase(kind: .sales) { writer, changed in
            try writer.upsert(
                SalesResult(
                    accountID: "A1", quarter: Quarter(year: 2013, number: 2)!, kind: .licence,
                    planned: money("1000"), achieved: money(changed ? "1200" : "800")))
        },
        UpsertCase(kind: .upsells) { writer, changed in
            try writer.upsert(
                Upsell(accountID: "A1", date: day("2013-05-05"), kind: "cloud", amount: money(changed ? "75" : "50")))
        },
        UpsertCase(kind: .cases) { writer, changed in
            try writer.upsert(
                SupportCase(
                    id: "C1", accountID: "A1", product: "Ledger", severity: changed ? 1 : 3,
                    openedAt: timestamp("2013-03-03", "10:00:00")))
        },
    ]
}

@Suite("Upserts")
struct UpsertTests {
    let database: TestDatabase

    init() throws {
        database = try TestDatabase()
        try database.store.write { try $0.addAccounts("A1") }
    }

    @Test("insert, duplicate, then update", arguments: UpsertCase.all)
    func outcomes(of upsertCase: UpsertCase) throws {
        let rowsBefore = try database.store.rowCounts()[upsertCase.kind] ?? -1

        try database.store.write { writer in
            try writer.beginSource(kind: upsertCase.kind, name: "first.csv")
            #expect(try upsertCase.upsert(writer, false) == .inserted)
            #expect(try upsertCase.upsert(writer, false) == .duplicateInSource)
            #expect(try upsertCase.upsert(writer, true) == .duplicateInSource)
        }
        try database.store.write { writer in
            try writer.beginSource(kind: upsertCase.kind, name: "second.csv")
            #expect(try upsertCase.upsert(writer, true) == .updated)
            #expect(try upsertCase.upsert(writer, true) == .duplicateInSource)
        }

        #expect(try database.store.rowCounts()[upsertCase.kind] == rowsBefore + 1)
    }

    @Test("new source in the same transaction updates")
    func newSourceInSameTransaction() throws {
        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "one.csv")
            #expect(try writer.upsert(Account(id: "A2", name: "One", customerSince: nil)) == .inserted)
            try writer.beginSource(kind: .accounts, name: "two.csv")
            #expect(try writer.upsert(Account(id: "A2", name: "Two", customerSince: nil)) == .updated)
        }

        #expect(try database.store.account(id: "A2")?.name == "Two")
    }

    @Test("duplicate keeps the first record")
    func duplicateKeepsFirst() throws {
        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts.csv")
            _ = try writer.upsert(Account(id: "A2", name: "First", customerSince: nil))
            _ = try writer.upsert(Account(id: "A2", name: "Second", customerSince: day("2001-01-01")))
        }

        let account = try #require(try database.store.account(id: "A2"))
        #expect(account.name == "First")
        #expect(account.customerSince == nil)
    }

    @Test("update replaces every field")
    func updateReplacesFields() throws {
        let replacement = Account(
            id: "A1", name: "Acme Ltd", customerSince: day("1999-12-31"), segment: "Enterprise", region: "EMEA",
            owner: "Kim", referenceCustomer: true, knowsWhomToContact: false, inHouseIntegrations: true)
        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts-2.csv")
            #expect(try writer.upsert(replacement) == .updated)
        }

        #expect(try database.store.account(id: "A1") == replacement)
    }

    @Test("upsert without a source fails")
    func upsertWithoutSource() throws {
        let error = try #require(throws: SQLiteStoreError.self) {
            try database.store.write { writer in
                try writer.upsert(Account(id: "A2", name: "No source", customerSince: nil))
            }
        }
        #expect(error.code == .noSource)
        #expect(try database.store.account(id: "A2") == nil)
    }

    @Test("record of an unknown account fails")
    func unknownAccount() throws {
        let error = try #require(throws: SQLiteError.self) {
            try database.store.write { writer in
                try writer.beginSource(kind: .integrations, name: "integrations.csv")
                return try writer.upsert(Integration(accountID: "nobody", name: "ERP", status: .working))
            }
        }
        #expect(error.code == .constraint)
        #expect(error.extendedCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
        #expect(error.message == "FOREIGN KEY constraint failed")
        #expect(error.description.hasPrefix("SQLITE_CONSTRAINT (787): FOREIGN KEY constraint failed in SQL: INSERT"))
    }

    @Test("writer kept after its transaction fails")
    func writerAfterTransaction() throws {
        let writer = try database.store.write { $0 }

        let error = try #require(throws: SQLiteStoreError.self) {
            try writer.beginSource(kind: .accounts, name: "late.csv")
        }
        #expect(error.code == .writerClosed)
    }

    @Test("placeholder account is kept and replaced")
    func placeholderAccount() throws {
        try database.store.write { writer in
            #expect(try writer.accountExists(id: "A2") == false)
            try writer.insertAccountIfMissing(id: "A2")
            try writer.insertAccountIfMissing(id: "A1")
            #expect(try writer.accountExists(id: "A2") == true)
        }
        #expect(try database.store.account(id: "A2") == Account(id: "A2", name: "A2", customerSince: nil))
        #expect(try database.store.account(id: "A1")?.name == "Account A1")

        try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts-2.csv")
            #expect(try writer.upsert(Account(id: "A2", name: "Beta Corp", customerSince: nil)) == .updated)
        }
        #expect(try database.store.account(id: "A2")?.name == "Beta Corp")
    }
}
