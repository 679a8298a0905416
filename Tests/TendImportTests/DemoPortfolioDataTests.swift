import Foundation
import TendCore
import TendImport
import TendTestSupport
import Testing

/// Checks every row of the default 300-account portfolio: keys, references and values.
@Suite("Demo portfolio data")
struct DemoPortfolioDataTests {
    /// The portfolio's files, written and read once for all tests of the suite.
    private static let loaded = Result { () throws -> [DataKind: DemoCSVTable] in
        let directory = try TemporaryDirectory()
        try DemoPortfolio(lastYear: 2025).writeCSV(to: directory.url)
        var tables: [DataKind: DemoCSVTable] = [:]
        for kind in DataKind.allCases { tables[kind] = try DemoCSVTable(kind, in: directory.url) }
        return tables
    }

    let tables: [DataKind: DemoCSVTable]

    init() throws {
        tables = try DemoPortfolioDataTests.loaded.get()
    }

    private func table(_ kind: DataKind) -> DemoCSVTable { tables[kind]! }  // init reads every kind.

    static let keys: [DataKind: [String]] = [
        .accounts: ["account_id"], .products: ["product"], .installBase: ["account_id", "product"],
        .integrations: ["account_id", "integration"], .enhancements: ["account_id", "request_id"],
        .participation: ["account_id", "date", "kind"], .programmes: ["account_id", "programme", "started_on"],
        .sales: ["account_id", "quarter", "kind"], .upsells: ["account_id", "date", "kind"], .cases: ["case_id"],
    ]

    @Test("every key is unique", arguments: DataKind.allCases)
    func keysUnique(kind: DataKind) throws {
        let table = table(kind)
        let columns = try #require(DemoPortfolioDataTests.keys[kind])
        var seen = Set<[String]>()
        for record in table.records {
            let key = columns.map { record[$0] ?? "" }
            #expect(seen.insert(key).inserted, "\(kind.fileName) repeats the key \(key)")
        }
        #expect(!table.rows.isEmpty, "\(kind.fileName) has rows")
    }

    @Test("every row has as many fields as the header", arguments: DataKind.allCases)
    func fieldCounts(kind: DataKind) {
        let table = table(kind)
        for row in table.rows {
            #expect(row.count == table.header.count, "\(kind.fileName) row \(row)")
        }
    }

    @Test("every account and product reference exists")
    func referencesValid() {
        let accountIDs = Set(table(.accounts).column("account_id"))
        #expect(accountIDs.count == 300)
        for kind in DataKind.allCases where kind != .accounts && kind != .products {
            for id in table(kind).column("account_id") {
                #expect(accountIDs.contains(id), "\(kind.fileName) names the unknown account \(id)")
            }
        }

        let products = Set(table(.products).column("product"))
        let installed = Set(table(.installBase).records.map { [$0["account_id"]!, $0["product"]!] })
        for product in table(.installBase).column("product") {
            #expect(products.contains(product), "install_base.csv names the unknown product \(product)")
        }
        for record in table(.cases).records {
            let key = [record["account_id"]!, record["product"]!]
            #expect(installed.contains(key), "case \(record["case_id"]!) is about a product the account lacks")
        }
    }

    @Test("every account has an install base")
    func installBaseForAll() {
        let withInstallBase = Set(table(.installBase).column("account_id"))
        #expect(withInstallBase == Set(table(.accounts).column("account_id")))
    }

    @Test("account values are valid")
    func accountValues() {
        let records = table(.accounts).records
        for record in records {
            let since = Day(iso: record["customer_since"]!)
            #expect(since != nil, "customer_since \(record["customer_since"]!)")
            #expect(since.map { (2016...2025).contains($0.year) } == true, "customer_since in the ten years")
            #expect(["Enterprise", "Mid-Market", "Commercial"].contains(record["segment"]!))
            #expect(["EMEA", "North America", "APAC", "LATAM"].contains(record["region"]!))
            for column in ["reference_customer", "knows_whom_to_contact", "in_house_integrations"] {
                #expect(["yes", "no"].contains(record[column]!), "\(column) \(record[column]!)")
            }
            #expect(!record["name"]!.isEmpty)
        }
        let owners = Set(records.map { $0["owner"]! })
        #expect((8...12).contains(owners.count), "\(owners.count) owners")
        let names = records.map { $0["name"]! }
        #expect(names.contains { $0.contains(",") }, "some names need quoting")

        let joinYears = records.compactMap { Day(iso: $0["customer_since"]!)?.year }
        let joinedLastYear = joinYears.filter { $0 == 2025 }.count
        #expect((10...60).contains(joinedLastYear), "\(joinedLastYear) of 300 joined in the last year")
        #expect(Set(joinYears).count == 10, "joins spread over ten years")
    }

    @Test("catalogue has two or three new products a year")
    func catalogueNewProducts() throws {
        let products = try table(.products).records.map { record in
            CatalogueProduct(
                product: record["product"]!,
                latestMajorVersion: try #require(Int(record["latest_major_version"]!)),
                releasedOn: try #require(Day(iso: record["released_on"]!)))
        }
        #expect(products.count == 12)
        for year in 2021...2025 {
            let newCount = products.filter { $0.isNew(in: year) }.count
            #expect((2...3).contains(newCount), "\(newCount) products new in \(year)")
        }
    }

    @Test("install base values are valid")
    func installBaseValues() throws {
        let latest = Dictionary(
            uniqueKeysWithValues: table(.products).records.map {
                ($0["product"]!, Int($0["latest_major_version"]!)!)
            })
        for record in table(.installBase).records {
            let version = try #require(Int(record["major_version"]!))
            let owned = try #require(Int(record["licences_owned"]!))
            let inUse = try #require(Int(record["licences_in_use"]!))
            #expect((1...latest[record["product"]!]!).contains(version), "major_version \(version)")
            #expect(owned > 0)
            #expect((0...owned).contains(inUse), "\(inUse) in use of \(owned)")
            expectMoney(record["unit_price"]!)
        }
    }

    @Test("about a third of accounts have shelf-ware")
    func shelfwareShare() {
        var owned: [String: Int64] = [:]
        var unused: [String: Int64] = [:]
        for record in table(.installBase).records {
            let account = record["account_id"]!
            let price = Int64(Money(decimal: record["unit_price"]!)!.units)
            let licences = Int64(record["licences_owned"]!)!
            owned[account, default: 0] += licences * price
            unused[account, default: 0] += (licences - Int64(record["licences_in_use"]!)!) * price
        }
        let withShelfware = unused.values.filter { $0 > 0 }.count
        let overQuarter = owned.keys.filter { unused[$0]! * 4 > owned[$0]! }.count
        #expect((60...140).contains(withShelfware), "\(withShelfware) of 300 accounts have shelf-ware")
        #expect((3...45).contains(overQuarter), "\(overQuarter) of 300 accounts have over 25 % unused")
    }

    @Test("integrations are mostly working")
    func integrationStatuses() {
        let statuses = table(.integrations).column("status")
        let working = statuses.filter { $0 == "working" }.count
        let degraded = statuses.filter { $0 == "degraded" }.count
        let broken = statuses.filter { $0 == "broken" }.count
        #expect(working + degraded + broken == statuses.count, "only known statuses")
        #expect(working * 10 > statuses.count * 7, "\(working) of \(statuses.count) working")
        #expect(degraded > 0)
        #expect(broken > 0)
    }

    @Test("engagement values are valid")
    func engagementValues() throws {
        for record in table(.enhancements).records {
            let submitted = try #require(Day(iso: record["submitted_on"]!), "submitted_on \(record["submitted_on"]!)")
            guard let deliveredText = record["delivered_on"], !deliveredText.isEmpty else { continue }
            let delivered = try #require(Day(iso: deliveredText), "delivered_on \(deliveredText)")
            #expect(delivered > submitted, "delivered \(delivered) after submission on \(submitted)")
            #expect(delivered <= Day.lastOfYear(2025), "delivered \(delivered) by the end of 2025")
        }
        for record in table(.participation).records {
            #expect(Day(iso: record["date"]!).map { (2021...2025).contains($0.year) } == true)
            #expect(ParticipationKind(rawValue: record["kind"]!) != nil, "kind \(record["kind"]!)")
        }
        for record in table(.programmes).records {
            let started = try #require(Day(iso: record["started_on"]!), "started_on \(record["started_on"]!)")
            #expect(["Beta testing", "Customer advisory board", "Design sessions"].contains(record["programme"]!))
            guard let endedText = record["ended_on"], !endedText.isEmpty else { continue }
            let ended = try #require(Day(iso: endedText), "ended_on \(endedText)")
            #expect(ended > started, "ended \(ended) after starting on \(started)")
        }
    }

    @Test("sales achievement is between 40 and 130 percent")
    func salesValues() throws {
        for record in table(.sales).records {
            let quarter = try #require(Quarter(text: record["quarter"]!))
            #expect((2021...2025).contains(quarter.year))
            #expect(SalesKind(rawValue: record["kind"]!) != nil, "kind \(record["kind"]!)")
            let planned = expectMoney(record["planned"]!)
            let achieved = expectMoney(record["achieved"]!)
            #expect(planned > 0)
            #expect(achieved * 10 >= planned * 4, "achieved \(achieved) of \(planned)")
            #expect(achieved * 10 <= planned * 13, "achieved \(achieved) of \(planned)")
        }
        for record in table(.upsells).records {
            #expect(Day(iso: record["date"]!).map { (2021...2025).contains($0.year) } == true)
            #expect(["licence", "cloud", "services"].contains(record["kind"]!))
            #expect(expectMoney(record["amount"]!) > 0)
        }
    }

    @Test("case timestamps parse and are in order")
    func caseTimestamps() throws {
        let parser = makeTimestampParser()
        for record in table(.cases).records {
            let id = record["case_id"]!
            #expect(SupportCase.severities.contains(Int(record["severity"]!) ?? 0), "severity of \(id)")
            #expect(["yes", "no"].contains(record["rca_done"]!), "rca_done of \(id)")
            let opened = try #require(parser.date(from: record["opened_at"]!), "opened_at of \(id)")
            #expect((2021...2025).contains(Int(record["opened_at"]!.prefix(4))!), "year of \(id)")
            var previous = opened
            for column in ["first_contact_at", "restored_at", "closed_at"] where !record[column]!.isEmpty {
                let moment = try #require(parser.date(from: record[column]!), "\(column) of \(id)")
                #expect(previous <= moment, "\(column) of \(id) is before the previous milestone")
                previous = moment
            }
            if record["restored_at"]!.isEmpty {
                #expect(record["closed_at"]!.isEmpty, "\(id) is closed but not restored")
            }
        }
    }

    @Test("open cases are recent")
    func openCases() {
        let open = table(.cases).records.filter { $0["closed_at"]!.isEmpty }
        #expect(!open.isEmpty)
        #expect(open.contains { $0["restored_at"]!.isEmpty }, "some open cases are not restored")
        for record in open {
            #expect(record["opened_at"]!.hasPrefix("2025-"), "case \(record["case_id"]!) open since before 2025")
            #expect(record["rca_done"] == "no")
        }
    }

    @Test("root cause analyses are mostly for severities 1 and 2")
    func rootCauseAnalyses() {
        let withAnalysis = table(.cases).records.filter { $0["rca_done"] == "yes" }
        let severe = withAnalysis.filter { $0["severity"] == "1" || $0["severity"] == "2" }.count
        #expect(severe * 10 > withAnalysis.count * 7, "\(severe) of \(withAnalysis.count) analyses are severe")
    }

    /// Checks that `text` is a plain decimal with exactly two decimals and returns it in cents.
    @discardableResult
    private func expectMoney(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int64 {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 2, "\(text) has a decimal point", sourceLocation: sourceLocation)
        #expect(parts.last?.count == 2, "\(text) has two decimals", sourceLocation: sourceLocation)
        let money = Money(decimal: text)
        #expect(money != nil, "\(text) parses as money", sourceLocation: sourceLocation)
        return Int64((money?.units ?? 0) / 100)
    }
}
