import TendCore

/// Gathers `AccountYearFacts` with one grouped query per kind of data for all accounts, merged by account id.
///
/// Every query returns its rows ordered by account id in SQLite's BINARY collation, as the accounts are read, so
/// each result merges into the accounts in one forward pass with no lookup table.
/// Each query may use the parameters `:year`, `:first_day` and `:last_day` (day numbers of January 1 and
/// December 31), and carries `:account` in its filter when the facts are for one account only.
final class YearFactsQuery {
    let connection: Connection
    let year: Int
    /// The one account to gather facts for, or nil for every account.
    let accountID: String?

    private var facts: [AccountYearFacts] = []

    init(connection: Connection, year: Int, accountID: String?) {
        self.connection = connection
        self.year = year
        self.accountID = accountID
    }

    /// Runs the queries and returns the facts ordered by account id, or nothing when the one account requested does
    /// not exist.
    func run() throws -> [AccountYearFacts] {
        guard (1...9999).contains(year) else {
            throw SQLiteStoreError(.yearOutOfRange, "year \(year) is outside 1...9999; request a year in that range")
        }
        try readAccounts()
        guard !facts.isEmpty else { return [] }

        let cases = "SELECT account_id, count(*), sum(severity = 1) FROM cases WHERE opened_year = :year"
        try forEachAccountRow(cases + accountFilter + groupedByAccount) { facts, row in
            facts.casesOpened = row.int(at: 1)
            facts.severity1CasesOpened = row.int(at: 2)
        }

        let submitted = "SELECT account_id, count(*) FROM enhancements WHERE submitted_year = :year"
        try forEachAccountRow(submitted + accountFilter + groupedByAccount) { facts, row in
            facts.enhancementsSubmitted = row.int(at: 1)
        }
        let delivered = "SELECT account_id, count(*) FROM enhancements WHERE delivered_year = :year"
        try forEachAccountRow(delivered + accountFilter + groupedByAccount) { facts, row in
            facts.enhancementsDelivered = row.int(at: 1)
        }

        let participation = """
            SELECT account_id, sum(kind = '\(ParticipationKind.online.rawValue)'),
                sum(kind = '\(ParticipationKind.event.rawValue)') FROM participation WHERE year = :year
            """
        try forEachAccountRow(participation + accountFilter + groupedByAccount) { facts, row in
            facts.onlineParticipations = row.int(at: 1)
            facts.eventParticipations = row.int(at: 2)
        }

        // A membership is active in the year when it starts by December 31 and has not ended before January 1.
        let programmes = """
            SELECT DISTINCT account_id, programme FROM programmes
            WHERE started_on <= :last_day AND (ended_on IS NULL OR ended_on >= :first_day)
            """
        try forEachAccountRow(programmes + accountFilter + " ORDER BY account_id, programme") { facts, row in
            facts.activeProgrammes.append(row.text(at: 1))
        }

        // The primary key (year, account_id, kind, quarter) makes this a range scan of the table in group order.
        let (licence, services) = (SalesKind.licence.rawValue, SalesKind.services.rawValue)
        let sales = """
            SELECT account_id,
                sum(iif(kind = '\(licence)', planned, 0)), sum(iif(kind = '\(licence)', achieved, 0)),
                sum(iif(kind = '\(services)', planned, 0)), sum(iif(kind = '\(services)', achieved, 0))
            FROM sales WHERE year = :year
            """
        try forEachAccountRow(sales + accountFilter + groupedByAccount) { facts, row in
            facts.licencePlanned = row.money(at: 1)
            facts.licenceAchieved = row.money(at: 2)
            facts.servicesPlanned = row.money(at: 3)
            facts.servicesAchieved = row.money(at: 4)
        }

        let upsells = "SELECT account_id, count(*), sum(amount) FROM upsells WHERE year = :year"
        try forEachAccountRow(upsells + accountFilter + groupedByAccount) { facts, row in
            facts.upsells = row.int(at: 1)
            facts.upsellAmount = row.money(at: 2)
        }

        let installBase = "SELECT \(RowDecoding.installBaseColumns) FROM install_base WHERE 1"
        try forEachAccountRow(installBase + accountFilter + " ORDER BY account_id, product") { facts, row in
            facts.installBase.append(RowDecoding.installBaseItem(row))
        }

        let integrations = "SELECT \(RowDecoding.integrationColumns) FROM integrations WHERE 1"
        try forEachAccountRow(integrations + accountFilter + " ORDER BY account_id, name") { facts, row in
            facts.integrations.append(try RowDecoding.integration(row))
        }

        return facts
    }

    /// One result row per account, in the order of the accounts.
    private let groupedByAccount = " GROUP BY account_id ORDER BY account_id"

    /// `AND account_id = :account` when the facts are for one account, else nothing.
    private var accountFilter: String { accountID == nil ? "" : " AND account_id = :account" }

    /// Reads the accounts in id order with the local date of each one's first case in any year.
    private func readAccounts() throws {
        let filter = accountID == nil ? "" : " WHERE accounts.id = :account"
        // The subquery is one seek on cases_by_account (account_id, opened_on) per account, not a scan of the cases.
        let sql = """
            SELECT \(RowDecoding.accountColumns),
                (SELECT min(opened_on) FROM cases WHERE cases.account_id = accounts.id)
            FROM accounts\(filter) ORDER BY accounts.id
            """
        try connection.forEachRow(sql, bind: bindParameters) { row in
            var accountFacts = AccountYearFacts(account: try RowDecoding.account(row), year: year)
            accountFacts.earliestCaseDay = try row.optionalDay(at: RowDecoding.accountColumnCount)
            facts.append(accountFacts)
        }
    }

    /// Runs `sql`, whose first column is an account id and whose rows are in account id order, and lets `apply`
    /// update that account's facts from each row.
    private func forEachAccountRow(_ sql: String, _ apply: (inout AccountYearFacts, Statement) throws -> Void) throws {
        var index = 0
        try connection.forEachRow(sql, bind: bindParameters) { row in
            while index < facts.count {
                let order = row.compare(facts[index].account.id, toTextAt: 0)
                if order == 0 { return try apply(&facts[index], row) }
                // Foreign keys make every account id found here one of the accounts read first, so this skips none.
                if order > 0 { return }
                index += 1
            }
        }
    }

    private func bindParameters(_ statement: Statement) throws {
        let values: [(String, Int64?)] = [
            (":year", Int64(year)),
            (":first_day", Int64(Day.firstOfYear(year).daysSinceEpoch)),
            (":last_day", Int64(Day.lastOfYear(year).daysSinceEpoch)),
        ]
        for (name, value) in values where statement.parameterIndex(name) != 0 {
            try statement.bind(value, at: statement.parameterIndex(name))
        }
        if let accountID, statement.parameterIndex(":account") != 0 {
            try statement.bind(accountID, at: statement.parameterIndex(":account"))
        }
    }
}
