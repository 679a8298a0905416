import TendCore

/// What one import did, file by file.
public struct ImportSummary: Sendable, Equatable {
    /// The outcome of one imported file.
    public struct File: Sendable, Equatable {
        /// The path as given, or as a directory plus the file name for a file found in a directory.
        public var path: String
        public var kind: DataKind
        /// Data rows read, without the header; for an event log, events read.
        public var rows: Int
        /// Records added; for an event log, cases.
        public var inserted: Int
        /// Records that replaced one with the same key; for an event log, cases.
        public var updated: Int
        /// Accounts created because an event log named them and the store had none; always 0 for CSV files.
        public var accountsCreated: Int

        public init(path: String, kind: DataKind, rows: Int, inserted: Int, updated: Int, accountsCreated: Int = 0) {
            self.path = path
            self.kind = kind
            self.rows = rows
            self.inserted = inserted
            self.updated = updated
            self.accountsCreated = accountsCreated
        }
    }

    /// A file found in a directory and not imported.
    public struct SkippedFile: Sendable, Equatable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The imported files in the order they were imported.
    public var files: [File]
    public var skipped: [SkippedFile]

    public init(files: [File] = [], skipped: [SkippedFile] = []) {
        self.files = files
        self.skipped = skipped
    }

    public var rows: Int { files.reduce(0) { $0 + $1.rows } }
    public var inserted: Int { files.reduce(0) { $0 + $1.inserted } }
    public var updated: Int { files.reduce(0) { $0 + $1.updated } }
}
