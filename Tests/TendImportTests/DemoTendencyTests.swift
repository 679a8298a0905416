import Foundation
import TendCore
import TendTestSupport
import Testing

@testable import TendImport

@Suite("Demo portfolio health tendency")
struct DemoTendencyTests {
    @Test("tendency mix matches its weights")
    func tendencyMix() {
        let portfolio = DemoPortfolio(accounts: 10_000, lastYear: 2025)
        var counts: [DemoHealthTendency: Int] = [:]
        for index in 0..<portfolio.accounts {
            counts[portfolio.account(at: index).tendency, default: 0] += 1
        }
        // Weights 46, 42 and 12 %, each within 1.5 percentage points (over 3 standard deviations).
        #expect((4_450...4_750).contains(counts[.healthy] ?? 0), "\(counts[.healthy] ?? 0) healthy")
        #expect((4_050...4_350).contains(counts[.infected] ?? 0), "\(counts[.infected] ?? 0) infected")
        #expect((1_050...1_350).contains(counts[.sick] ?? 0), "\(counts[.sick] ?? 0) sick")
    }

    @Test("final quality lies in the tendency's band")
    func qualityBands() {
        let portfolio = DemoPortfolio(accounts: 2_000, seed: 9, lastYear: 2025)
        for index in 0..<portfolio.accounts {
            let account = portfolio.account(at: index)
            let quality = account.quality(in: 2025)
            switch account.tendency {
            case .healthy: #expect(quality >= 0.78 && quality < 0.97, "healthy quality \(quality)")
            case .infected: #expect(quality >= 0.53 && quality < 0.66, "infected quality \(quality)")
            case .sick: #expect(quality >= 0.2 && quality < 0.44, "sick quality \(quality)")
            }
        }
    }

    @Test("quality moves across years for some accounts")
    func qualityTrends() {
        let portfolio = DemoPortfolio(accounts: 1_000, lastYear: 2025)
        var improving = 0
        var declining = 0
        for index in 0..<portfolio.accounts {
            let account = portfolio.account(at: index)
            let change = account.quality(in: 2025) - account.quality(in: 2021)
            if change >= 0.1 { improving += 1 }
            if change <= -0.1 { declining += 1 }
        }
        #expect((150...450).contains(improving), "\(improving) of 1,000 improve")
        #expect((150...450).contains(declining), "\(declining) of 1,000 decline")
    }

    @Test("account() draws the accounts that writeCSV writes")
    func accountMatchesFile() throws {
        let directory = try TemporaryDirectory()
        let portfolio = DemoPortfolio(accounts: 20, seed: 4, lastYear: 2025)
        try portfolio.writeCSV(to: directory.url)
        let records = try DemoCSVTable(.accounts, in: directory.url).records
        for (index, record) in records.enumerated() {
            let account = portfolio.account(at: index)
            #expect(record["account_id"] == account.id)
            #expect(record["name"] == account.name)
            #expect(record["customer_since"] == account.customerSince.description)
        }
    }

    @Test("severity 1 share of the default portfolio is 2 to 5 percent")
    func severity1Share() throws {
        let directory = try TemporaryDirectory()
        try DemoPortfolio(lastYear: 2025).writeCSV(to: directory.url)
        let severities = try DemoCSVTable(.cases, in: directory.url).column("severity")
        let severity1 = severities.filter { $0 == "1" }.count
        #expect(severity1 * 50 >= severities.count, "\(severity1) of \(severities.count) at severity 1")
        #expect(severity1 * 20 <= severities.count, "\(severity1) of \(severities.count) at severity 1")
    }

    @Test("cases per account average about 60 and follow the segment")
    func casesPerAccount() throws {
        let directory = try TemporaryDirectory()
        let portfolio = DemoPortfolio(lastYear: 2025)
        try portfolio.writeCSV(to: directory.url)
        let caseAccounts = try DemoCSVTable(.cases, in: directory.url).column("account_id")
        let segments = Dictionary(
            uniqueKeysWithValues: (0..<portfolio.accounts).map {
                (portfolio.account(at: $0).id, portfolio.account(at: $0).segment)
            })
        #expect((50 * 300...70 * 300).contains(caseAccounts.count), "\(caseAccounts.count) cases for 300 accounts")

        var casesBySegment: [DemoSegment: Int] = [:]
        for id in caseAccounts { casesBySegment[segments[id]!, default: 0] += 1 }
        var accountsBySegment: [DemoSegment: Int] = [:]
        for segment in segments.values { accountsBySegment[segment, default: 0] += 1 }
        func mean(_ segment: DemoSegment) -> Int {
            (casesBySegment[segment] ?? 0) / max(1, accountsBySegment[segment] ?? 0)
        }
        #expect(mean(.enterprise) > mean(.midMarket), "Enterprise \(mean(.enterprise)), Mid-Market \(mean(.midMarket))")
        #expect(mean(.midMarket) > mean(.commercial), "Mid-Market \(mean(.midMarket)), Commercial \(mean(.commercial))")
    }
}
