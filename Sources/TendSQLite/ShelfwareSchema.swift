/// The tables of install base snapshots and shelf-ware findings, created on every open when missing.
///
/// `install_base` stays the current install base that the health score reads: after each import it is the latest
/// snapshot of every account the import touched. `shelfware_reconciled` stores, per account, the date of the
/// latest snapshot its findings were reconciled with. A finding is stored whole as a `FindingDocument` in JSON,
/// history included, with the columns that queries filter on beside it. `shelfware_causes` stores the causes users
/// added to the defaults, in the order they were added.
enum ShelfwareSchema {
    static let creationSQL = """
        CREATE TABLE IF NOT EXISTS install_base_snapshots (
            account_id TEXT NOT NULL REFERENCES accounts (id),
            as_of INTEGER NOT NULL,
            product TEXT NOT NULL,
            major_version INTEGER NOT NULL,
            licences_owned INTEGER NOT NULL,
            licences_in_use INTEGER NOT NULL,
            unit_price INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            created_source_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, as_of, product)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS install_base_snapshots_by_source ON install_base_snapshots (source_id, account_id);

        CREATE TABLE IF NOT EXISTS shelfware_reconciled (
            account_id TEXT PRIMARY KEY REFERENCES accounts (id),
            snapshot_date INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS shelfware_findings (
            id TEXT PRIMARY KEY,
            number INTEGER NOT NULL,
            account_id TEXT NOT NULL REFERENCES accounts (id),
            product TEXT NOT NULL,
            step TEXT NOT NULL,
            counts_as_shelfware INTEGER NOT NULL,
            document TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS shelfware_findings_by_account ON shelfware_findings (account_id, product, number);
        CREATE INDEX IF NOT EXISTS shelfware_findings_by_number ON shelfware_findings (number);

        CREATE TABLE IF NOT EXISTS shelfware_causes (
            position INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );
        """
}
