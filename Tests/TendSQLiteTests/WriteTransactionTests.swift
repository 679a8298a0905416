import Dispatch
import TendCore
import TendSQLite
import TendStore
import Testing

@Suite("Write transactions")
struct WriteTransactionTests {
    let database: TestDatabase

    init() throws {
        database = try TestDatabase()
    }

    @Test("throwing body leaves nothing")
    func rollbackOnThrow() throws {
        #expect(throws: ExpectedFailure.self) {
            try database.store.write { writer in
                try writer.addAccounts("A1", "A2")
                try writer.beginSource(kind: .cases, name: "cases.csv")
                _ = try writer.upsert(
                    SupportCase(
                        id: "C1", accountID: "A1", product: "Ledger", severity: 2,
                        openedAt: timestamp("2013-01-01", "09:00:00")))
                throw ExpectedFailure()
            }
        }

        #expect(try database.store.accounts() == [])
        #expect(try database.store.cases(accountID: nil) == [])
        #expect(try database.store.importedKinds() == [])
        #expect(try database.store.revision() == 0)
        #expect(try database.store.rowCounts().values.allSatisfy { $0 == 0 })
    }

    @Test("store is usable after a rollback")
    func writeAfterRollback() throws {
        #expect(throws: ExpectedFailure.self) {
            try database.store.write { _ in throw ExpectedFailure() }
        }

        try database.store.write { try $0.addAccounts("A1") }

        #expect(try database.store.accounts().map(\.id) == ["A1"])
    }

    @Test("write returns the body's result")
    func writeResult() throws {
        let outcome = try database.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "accounts.csv")
            return try writer.upsert(Account(id: "A1", name: "Acme", customerSince: nil))
        }

        #expect(outcome == .inserted)
    }

    @Test("imported kinds include a source with no rows")
    func importedKinds() throws {
        try database.store.write { writer in
            try writer.addAccounts("A1")
            try writer.beginSource(kind: .upsells, name: "upsells.csv")
        }
        try database.store.write { writer in
            try writer.beginSource(kind: .upsells, name: "upsells-again.csv")
        }

        #expect(try database.store.importedKinds() == [.accounts, .upsells])
        #expect(try database.store.rowCounts()[.upsells] == 0)
    }

    @Test("revision changes after each commit")
    func revisionChanges() throws {
        let other = try database.reopen()
        #expect(try database.store.revision() == 0)

        try database.store.write { try $0.addAccounts("A1") }
        #expect(try database.store.revision() == 1)
        #expect(try other.revision() == 1)

        try database.store.write { _ in }
        #expect(try database.store.revision() == 2)

        #expect(throws: ExpectedFailure.self) {
            try database.store.write { _ in throw ExpectedFailure() }
        }
        #expect(try database.store.revision() == 2)

        try other.write { try $0.addAccounts("A2") }
        #expect(try database.store.revision() == 3)
        #expect(try database.store.accounts().map(\.id) == ["A1", "A2"])
    }

    @Test("concurrent writers and readers")
    func concurrentCalls() throws {
        let store = database.store
        let threads = 4
        let writesPerThread = 25

        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for write in 0..<writesPerThread {
                try? store.write { try $0.addAccounts("T\(thread)-\(write)") }
                _ = try? store.accounts()
            }
        }

        #expect(try store.accounts().count == threads * writesPerThread)
        #expect(try store.revision() == Int64(threads * writesPerThread))
    }
}
