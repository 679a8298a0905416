import TendCore

/// Gathers `AccountYearFacts` with one grouped query per kind of data for all accounts, merged by account id.
///
/// Every query returns its rows ordered by account id in SQLite's BINARY collation, as the accounts are read, so
/// each result merges into the accounts in one forward pass with no lookup table.
/// Each query may use the parameters `:year`, `:first_day` and `:last_day` (day numbers of January 1 and
/// December 31), and carries the scope's filter on `account_id`, with `:account`, `:from` and `:before`.
final class YearFactsQuery {
    /// The accounts to gather facts for.
    enum Scope {
        case all
        case account(String)
        /// The accounts whose ids are at least `from` when it is set, and less than `before` when it is set.
        case range(from: String?, before: String?)
    }

    let connection: Connection
    let year: Int
    let scope: Scope

    private var facts: [AccountYearFacts] = []

    init(connection: Connection, year: Int, scope: Scope) {
        self.connection = connection
        self.year = year
        self.scope = scope
    }

    /// Runs the queries and returns the facts ordered by account id, or nothing when the one account requested does
    /// not exist.
    func run() throws -> [AccountYearFacts] {
        guard (1...9999).contains(year) else {
            throw SQLiteStoreError(.yearOutOfRange, "year \(year) is outside 1...9999; request a year in that range")
        }
        try readAccounts()
        guard !facts.isEmpty else { return [] }

        let cases = "SELECT account_id, cases, severity_1_cases FROM case_counts WHERE year = :year"
        try forEachAccountRow(cases + accountFilter + " ORDER BY account_id") { facts, row in
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

        try attachShelfwareFindings()
        return facts
    }

    /// Returns the ids that split the accounts into `parts` ranges of about equal size, in order: the first range
    /// ends before the first id, and the last starts at the last id. Returns none when there are fewer accounts than
    /// parts.
    static func partBoundaries(_ connection: Connection, parts: Int) throws -> [String] {
        let count = Int(try connection.int64("SELECT count(*) FROM accounts") ?? 0)
        guard parts > 1, count >= parts else { return [] }
        var boundaries: [String] = []
        var position = 0
        try connection.forEachRow("SELECT id FROM accounts ORDER BY id") { row in
            if position == count * (boundaries.count + 1) / parts {
                boundaries.append(row.text(at: 0))
            }
            position += 1
        }
        return Array(boundaries.prefix(parts - 1))
    }

    /// Sets `shelfwareFindings` on the facts of every account whose findings were reconciled at least once.
    ///
    /// Utilisation reads only the findings that count as shelf-ware, and only their ids, products and steps, so the
    /// finding documents with their history are not decoded here.
    private func attachShelfwareFindings() throws {
        let reconciled = "SELECT account_id FROM shelfware_reconciled WHERE 1"
        try forEachAccountRow(reconciled + accountFilter + " ORDER BY account_id") { facts, _ in
            facts.shelfwareFindings = []
        }
        let findings = """
            SELECT account_id, id, product, step FROM shelfware_findings WHERE counts_as_shelfware = 1
            """
        try forEachAccountRow(findings + accountFilter + " ORDER BY account_id, product, number") { facts, row in
            let stepName = row.text(at: 3)
            guard let step = FindingStep(rawValue: stepName) else {
                throw SQLiteStoreError(
                    .invalidStoredValue, "finding \(row.text(at: 1)) has an unknown step \"\(stepName)\"")
            }
            // Findings of an account never reconciled do not count, as that account has no snapshot.
            facts.shelfwareFindings?.append(
                CountedShelfwareFinding(
                    id: row.text(at: 1), accountID: facts.account.id, product: row.text(at: 2), step: step))
        }
    }

    /// One result row per account, in the order of the accounts.
    private let groupedByAccount = " GROUP BY account_id ORDER BY account_id"

    /// The filter of the scope on `account_id`, starting with `AND`, or nothing for every account.
    private var accountFilter: String { filter(on: "account_id") }

    /// Returns the filter of the scope on `column`, starting with `AND`, or nothing for every account.
    private func filter(on column: String) -> String {
        switch scope {
        case .all: ""
        case .account: " AND \(column) = :account"
        case .range(let from, let before):
            (from == nil ? "" : " AND \(column) >= :from") + (before == nil ? "" : " AND \(column) < :before")
        }
    }

    /// Reads the accounts in id order with the local date of each one's first case in any year.
    private func readAccounts() throws {
        let filter = filter(on: "accounts.id")
        // The subquery reads the few years of one account in the primary key of case_counts.
        let sql = """
            SELECT \(RowDecoding.accountColumns),
                (SELECT min(first_day) FROM case_counts WHERE case_counts.account_id = accounts.id)
            FROM accounts WHERE 1\(filter) ORDER BY accounts.id
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
        let texts: [(String, String?)]
        switch scope {
        case .all: texts = []
        case .account(let id): texts = [(":account", id)]
        case .range(let from, let before): texts = [(":from", from), (":before", before)]
        }
        for (name, value) in texts where statement.parameterIndex(name) != 0 {
            try statement.bind(value, at: statement.parameterIndex(name))
        }
    }
}
