import TendCore

/// Gathers `AccountYearFacts` with one grouped query per kind of data for all accounts, merged by account id.
///
/// Each query may use the parameters `:year`, `:first_day` and `:last_day` (day numbers of January 1 and
/// December 31), and carries `:account` in its filter when the facts are for one account only.
final class YearFactsQuery {
    let connection: Connection
    let year: Int
    /// The one account to gather facts for, or nil for every account.
    let accountID: String?

    private var facts: [AccountYearFacts] = []
    private var indexByAccountID: [String: Int] = [:]

    init(connection: Connection, year: Int, accountID: String?) {
        self.connection = connection
        self.year = year
        self.accountID = accountID
    }

    /// The facts ordered by account id; empty when the one account requested does not exist.
    func run() throws -> [AccountYearFacts] {
        guard (1...9999).contains(year) else {
            throw SQLiteStoreError(.yearOutOfRange, "year \(year) is outside 1...9999; request a year in that range")
        }
        try readAccounts()
        guard !facts.isEmpty else { return [] }

        let cases = "SELECT account_id, count(*), sum(severity = 1) FROM cases WHERE opened_year = :year"
        try forEachAccountRow(cases + accountFilter + " GROUP BY account_id") { facts, row in
            facts.casesOpened = row.int(at: 1)
            facts.severity1CasesOpened = row.int(at: 2)
        }

        let submitted = "SELECT account_id, count(*) FROM enhancements WHERE submitted_year = :year"
        try forEachAccountRow(submitted + accountFilter + " GROUP BY account_id") { facts, row in
            facts.enhancementsSubmitted = row.int(at: 1)
        }
        let delivered = "SELECT account_id, count(*) FROM enhancements WHERE delivered_year = :year"
        try forEachAccountRow(delivered + accountFilter + " GROUP BY account_id") { facts, row in
            facts.enhancementsDelivered = row.int(at: 1)
        }

        let participation = "SELECT account_id, kind, count(*) FROM participation WHERE year = :year"
        try forEachAccountRow(participation + accountFilter + " GROUP BY account_id, kind") { facts, row in
            switch try row.enumeration(ParticipationKind.self, at: 1) {
            case .online: facts.onlineParticipations = row.int(at: 2)
            case .event: facts.eventParticipations = row.int(at: 2)
            }
        }

        // A membership is active in the year when it starts by December 31 and has not ended before January 1.
        let programmes = """
            SELECT DISTINCT account_id, programme FROM programmes
            WHERE started_on <= :last_day AND (ended_on IS NULL OR ended_on >= :first_day)
            """
        try forEachAccountRow(programmes + accountFilter + " ORDER BY account_id, programme") { facts, row in
            facts.activeProgrammes.append(row.text(at: 1))
        }

        let sales = "SELECT account_id, kind, sum(planned), sum(achieved) FROM sales WHERE year = :year"
        try forEachAccountRow(sales + accountFilter + " GROUP BY account_id, kind") { facts, row in
            switch try row.enumeration(SalesKind.self, at: 1) {
            case .licence:
                facts.licencePlanned = row.money(at: 2)
                facts.licenceAchieved = row.money(at: 3)
            case .services:
                facts.servicesPlanned = row.money(at: 2)
                facts.servicesAchieved = row.money(at: 3)
            }
        }

        let upsells = "SELECT account_id, count(*), sum(amount) FROM upsells WHERE year = :year"
        try forEachAccountRow(upsells + accountFilter + " GROUP BY account_id") { facts, row in
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
            indexByAccountID[accountFacts.account.id] = facts.count
            facts.append(accountFacts)
        }
    }

    /// Runs `sql`, whose first column is an account id, and lets `apply` update that account's facts from each row.
    private func forEachAccountRow(
        _ sql: String, _ apply: (inout AccountYearFacts, Statement) throws -> Void
    ) throws {
        try connection.forEachRow(sql, bind: bindParameters) { row in
            // Foreign keys make every account id found here one of the accounts read first.
            guard let index = indexByAccountID[row.text(at: 0)] else { return }
            try apply(&facts[index], row)
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
