import Synchronization

/// Extra connections that read a database file in parallel with each other and with the store's own connection.
///
/// A reader opens on first use and waits, idle, for the next read, so the pool never has more connections than were
/// reading at once. Readers are set to `query_only`, so a mistaken write fails instead of committing.
final class ReaderPool: Sendable {
    /// The page cache of each reader in KiB, smaller than the store's own: readers scan each page about once.
    static let cacheKiB = 32_768

    private let path: String
    private let idle = Mutex<[Reader]>([])

    /// A connection of the pool. Only one thread at a time takes it out of the pool and uses it, which makes passing
    /// it between threads safe even though a connection is not thread-safe.
    struct Reader: @unchecked Sendable {
        let connection: Connection
    }

    init(path: String) {
        self.path = path
    }

    /// Runs `body` with `count` readers, idle ones first and new ones for the rest, and returns them to the pool
    /// after.
    func withReaders<Result>(count: Int, _ body: ([Reader]) throws -> Result) throws -> Result {
        var readers = idle.withLock { idle in
            let reused = Array(idle.suffix(count))
            idle.removeLast(reused.count)
            return reused
        }
        defer {
            // A reader goes back without a transaction, so the next user's BEGIN succeeds and the WAL is not pinned.
            for reader in readers where reader.connection.isInTransaction {
                try? reader.connection.execute("ROLLBACK")
            }
            idle.withLock { $0 += readers }
        }
        while readers.count < count {
            readers.append(Reader(connection: try open()))
        }
        return try body(readers)
    }

    private func open() throws -> Connection {
        let connection = try Connection(path: path)
        connection.setBusyTimeout(milliseconds: SQLiteStore.busyTimeoutMilliseconds)
        try connection.execute("PRAGMA cache_size = -\(Self.cacheKiB)")
        try connection.execute("PRAGMA query_only = 1")
        return connection
    }
}
