/// The tables of a Tend database and how a file gets them.
///
/// Dates are integer days since 1970-01-01, money is integer ten-thousandths, timestamps are milliseconds since the
/// epoch plus the UTC offset in seconds, and booleans are 0, 1 or NULL for unknown. Dated rows also store their
/// year, and cases the local date and year of `opened_at`, so a year's aggregates are range scans of an index. Cases
/// are counted per account and year in `case_counts` (see `CaseCountsSchema`).
///
/// Every data table stores `source_id`, the source that last wrote the row, to detect a key repeated within one
/// source, and `created_source_id`, the source that inserted it.
enum Schema {
    /// The schema version this code reads and writes, stored in `PRAGMA user_version`.
    static let version: Int64 = 2

    /// Creates the schema in an empty database, or checks that an existing one has a version this code supports.
    ///
    /// A database that is already up to date is only read, so opening it does not wait for another process that
    /// holds the write lock, such as a long import.
    static func prepare(_ connection: Connection, path: String) throws {
        if try connection.int64("PRAGMA user_version") == version, try isComplete(connection) { return }
        do {
            try update(connection, path: path)
        } catch let error as SQLiteError where error.code == .busy || error.code == .readOnly {
            let reason =
                error.code == .busy
                ? "another process is writing to it; try again when that process has finished"
                : "it is read-only; open it once with write permission on the file and its folder"
            throw SQLiteStoreError(
                .schemaUpdateBlocked, "\(path) needs the tables of this version of Tend, but \(reason)", cause: error)
        }
    }

    /// Creates the schema, upgrades a version 1 schema or creates the tables missing from it, in one transaction.
    private static func update(_ connection: Connection, path: String) throws {
        try connection.execute("BEGIN IMMEDIATE")
        do {
            let found = try connection.int64("PRAGMA user_version") ?? 0
            if found == 0 {
                let tableCount = try connection.int64("SELECT count(*) FROM sqlite_schema") ?? 0
                guard tableCount == 0 else {
                    throw SQLiteStoreError(
                        .notATendDatabase,
                        "\(path) is an SQLite database with \(tableCount) schema objects but no Tend schema version; "
                            + "choose a new file or a Tend database")
                }
                try connection.execute(creationSQL)
                try connection.execute("PRAGMA user_version = \(version)")
            } else if found == 1 {
                try connection.execute(CaseCountsSchema.upgradeFromVersion1SQL)
                try connection.execute("PRAGMA user_version = \(version)")
            } else if found > version {
                throw SQLiteStoreError(
                    .newerSchema,
                    "\(path) has schema version \(found), but this version of Tend reads version \(version) only; "
                        + "upgrade Tend to open it")
            }
            try connection.execute(ShelfwareSchema.creationSQL)
            try connection.execute(SupportSchema.creationSQL)
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Returns whether every table and index that the shelf-ware and support schemas create when missing exists.
    static func isComplete(_ connection: Connection) throws -> Bool {
        var found: Set<String> = []
        try connection.forEachRow("SELECT name FROM sqlite_schema") { row in found.insert(row.text(at: 0)) }
        return objectsCreatedOnOpen.allSatisfy(found.contains)
    }

    /// The names after each `IF NOT EXISTS` in the SQL that runs on every open.
    static let objectsCreatedOnOpen: [String] = (ShelfwareSchema.creationSQL + SupportSchema.creationSQL)
        .split(separator: "IF NOT EXISTS ").dropFirst().map { text in
            String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        }

    static let creationSQL = """
        CREATE TABLE store_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL
        );
        INSERT INTO store_state (id, revision) VALUES (1, 0);

        CREATE TABLE sources (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            name TEXT NOT NULL
        );
        CREATE TABLE imported_kinds (kind TEXT PRIMARY KEY) WITHOUT ROWID;

        CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            customer_since INTEGER,
            segment TEXT NOT NULL,
            region TEXT NOT NULL,
            owner TEXT NOT NULL,
            reference_customer INTEGER,
            knows_whom_to_contact INTEGER,
            in_house_integrations INTEGER,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE catalogue (
            product TEXT PRIMARY KEY,
            latest_major_version INTEGER NOT NULL,
            released_on INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE install_base (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            product TEXT NOT NULL,
            major_version INTEGER NOT NULL,
            licences_owned INTEGER NOT NULL,
            licences_in_use INTEGER NOT NULL,
            unit_price INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, product)
        ) WITHOUT ROWID;

        CREATE TABLE integrations (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, name)
        ) WITHOUT ROWID;

        CREATE TABLE enhancements (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            request_id TEXT NOT NULL,
            submitted_on INTEGER NOT NULL,
            submitted_year INTEGER NOT NULL,
            delivered_on INTEGER,
            delivered_year INTEGER,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, request_id)
        ) WITHOUT ROWID;
        CREATE INDEX enhancements_by_submitted_year ON enhancements (submitted_year, account_id);
        CREATE INDEX enhancements_by_delivered_year ON enhancements (delivered_year, account_id);

        CREATE TABLE participation (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, day, kind)
        ) WITHOUT ROWID;
        CREATE INDEX participation_by_year ON participation (year, account_id, kind);

        CREATE TABLE programmes (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            programme TEXT NOT NULL,
            started_on INTEGER NOT NULL,
            ended_on INTEGER,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, programme, started_on)
        ) WITHOUT ROWID;

        CREATE TABLE sales (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            kind TEXT NOT NULL,
            planned INTEGER NOT NULL,
            achieved INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (year, account_id, kind, quarter)
        ) WITHOUT ROWID;

        CREATE TABLE upsells (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            amount INTEGER NOT NULL,
            year INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, day, kind)
        ) WITHOUT ROWID;
        CREATE INDEX upsells_by_year ON upsells (year, account_id, amount);

        CREATE TABLE cases (
            id TEXT NOT NULL UNIQUE,
            account_id TEXT NOT NULL REFERENCES accounts (id),
            product TEXT NOT NULL,
            severity INTEGER NOT NULL,
            opened_at INTEGER NOT NULL,
            opened_at_offset INTEGER NOT NULL,
            opened_on INTEGER NOT NULL,
            opened_year INTEGER NOT NULL,
            first_contact_at INTEGER,
            first_contact_at_offset INTEGER,
            restored_at INTEGER,
            restored_at_offset INTEGER,
            closed_at INTEGER,
            closed_at_offset INTEGER,
            rca_done INTEGER,
            reopenings INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL
        );
        CREATE INDEX cases_by_account ON cases (account_id, opened_on);
        """ + CaseCountsSchema.creationSQL
}
