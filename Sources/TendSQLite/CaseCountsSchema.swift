/// The table of cases opened per account and year, which the health score reads instead of the cases themselves.
///
/// `case_counts` contains, for each account and local year of opening, the cases opened, how many of them have severity
/// 1, and the local date of the earliest. The writer adds the cases it inserts when its transaction finishes. When an
/// update changes a case's account, severity or opening date, a trigger records the old and the new account in
/// `case_counts_stale`. The writer counts those accounts again from `cases` before the commit, so
/// `case_counts_stale` is empty outside a write.
///
/// For millions of cases this is a few hundred thousand small rows. An index on the cases by year had one entry per
/// case, and a large import had to sort them all.
enum CaseCountsSchema {
    static let creationSQL = """
        CREATE TABLE case_counts (
            account_id TEXT NOT NULL,
            year INTEGER NOT NULL,
            cases INTEGER NOT NULL,
            severity_1_cases INTEGER NOT NULL,
            first_day INTEGER NOT NULL,
            PRIMARY KEY (account_id, year)
        ) WITHOUT ROWID;
        CREATE INDEX case_counts_by_year ON case_counts (year, account_id, cases, severity_1_cases);
        CREATE TABLE case_counts_stale (account_id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TRIGGER cases_recount AFTER UPDATE OF account_id, severity, opened_on ON cases
        WHEN OLD.account_id IS NOT NEW.account_id OR OLD.severity IS NOT NEW.severity
            OR OLD.opened_on IS NOT NEW.opened_on
        BEGIN
            INSERT OR IGNORE INTO case_counts_stale (account_id) VALUES (OLD.account_id), (NEW.account_id);
        END;
        """

    /// Replaces the counts of the accounts in `case_counts_stale` with counts of their cases, then empties it.
    static let recountSQL = """
        DELETE FROM case_counts WHERE account_id IN (SELECT account_id FROM case_counts_stale);
        INSERT INTO case_counts (account_id, year, cases, severity_1_cases, first_day)
        SELECT account_id, opened_year, count(*), sum(severity = 1), min(opened_on) FROM cases
        WHERE account_id IN (SELECT account_id FROM case_counts_stale)
        GROUP BY account_id, opened_year;
        DELETE FROM case_counts_stale;
        """

    /// Adds the new cases of one account and year to its counts. The parameters are the account, the year, the cases,
    /// the severity 1 cases and the earliest day.
    static let addSQL = """
        INSERT INTO case_counts (account_id, year, cases, severity_1_cases, first_day) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (account_id, year) DO UPDATE SET
            cases = cases + excluded.cases,
            severity_1_cases = severity_1_cases + excluded.severity_1_cases,
            first_day = min(first_day, excluded.first_day)
        """

    /// Upgrades a version 1 database, which indexed the cases by year: creates the counts, counts every case and
    /// drops the index.
    static let upgradeFromVersion1SQL =
        creationSQL + """
            INSERT INTO case_counts (account_id, year, cases, severity_1_cases, first_day)
            SELECT account_id, opened_year, count(*), sum(severity = 1), min(opened_on) FROM cases
            GROUP BY account_id, opened_year;
            DROP INDEX IF EXISTS cases_by_year;
            """
}
