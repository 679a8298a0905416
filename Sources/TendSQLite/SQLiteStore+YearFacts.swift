import Dispatch
import Foundation
import Synchronization
import TendCore
import TendStore

extension SQLiteStore {
    /// How many ranges of accounts each reading connection gathers and maps one after the other, so a range's facts
    /// are mapped while they are still in the processor's caches and all facts are never in memory at once.
    static let rangesPerReader = 8
    /// The maximum number of reading connections for one scoring, so their page caches take at most 4 × 32 MiB on
    /// machines with many cores.
    static let maximumReaders = 4

    /// Gathers and maps the facts on one reading connection a core, up to `maximumReaders`, each connection taking
    /// its share of the accounts in ranges of consecutive accounts.
    ///
    /// All connections start their read transactions before any reads the facts, and each first reads the store's
    /// revision, which every write increments. Revisions that differ mean that a write committed while the
    /// transactions started, so they start again. After three such attempts the facts are read on the store's own
    /// connection in one transaction. An in-memory store, which other connections cannot open, always reads that
    /// way, as does a portfolio too small to split.
    public func mapAccountYearFacts<Result: Sendable>(
        year: Int, _ transform: @Sendable ([AccountYearFacts]) -> [Result]
    ) throws -> [Result] {
        let readerCount = min(ProcessInfo.processInfo.activeProcessorCount, Self.maximumReaders)
        if let readers, readerCount > 1 {
            let mapped = try readers.withReaders(count: readerCount) { readers in
                try Self.mapInParallel(year: year, readers: readers, transform)
            }
            if let mapped { return mapped }
        }
        return mapInParts(try accountYearFacts(year: year), transform)
    }

    /// Returns nil when the accounts are too few to split or the readers did not agree on one revision.
    private static func mapInParallel<Result: Sendable>(
        year: Int, readers: [ReaderPool.Reader], _ transform: @Sendable ([AccountYearFacts]) -> [Result]
    ) throws -> [Result]? {
        let connections = readers.map(\.connection)
        for _ in 0..<3 {
            // Registered before the first BEGIN, so a failure on any reader ends the transactions already begun.
            defer {
                for connection in connections where connection.isInTransaction { try? connection.execute("COMMIT") }
            }
            var revisions: Set<Int64> = []
            for connection in connections {
                try connection.execute("BEGIN")
                revisions.insert(try connection.int64("SELECT revision FROM store_state WHERE id = 1") ?? 0)
            }
            guard revisions.count == 1 else { continue }

            let rangeCount = readers.count * rangesPerReader
            let boundaries = try YearFactsQuery.partBoundaries(connections[0], parts: rangeCount)
            guard boundaries.count == rangeCount - 1 else { return nil }
            let lowerBounds: [String?] = [nil] + boundaries
            let upperBounds: [String?] = boundaries + [nil]

            let results = Mutex([[Result]](repeating: [], count: rangeCount))
            let firstError = Mutex<(any Error)?>(nil)
            DispatchQueue.concurrentPerform(iterations: readers.count) { index in
                let connection = readers[index].connection
                do {
                    for range in (index * rangesPerReader)..<((index + 1) * rangesPerReader) {
                        let scope = YearFactsQuery.Scope.range(from: lowerBounds[range], before: upperBounds[range])
                        let facts = try YearFactsQuery(connection: connection, year: year, scope: scope).run()
                        let mapped = transform(facts)
                        results.withLock { $0[range] = mapped }
                    }
                } catch {
                    firstError.withLock { $0 = $0 ?? error }
                }
            }
            if let error = firstError.withLock({ $0 }) { throw error }
            return results.withLock { $0.flatMap { $0 } }
        }
        return nil
    }
}
