import Foundation
import TendCore
import TendImport
import TendTestSupport
import Testing

@Suite("Demo portfolio files")
struct DemoPortfolioTests {
    @Test("same seed writes byte-identical files")
    func sameSeedIdentical() throws {
        let directory = try TemporaryDirectory()
        let portfolio = DemoPortfolio(accounts: 40, seed: 7, firstYear: 2021, lastYear: 2025)
        let first = try writeDemo(portfolio, in: directory.url, name: "first")
        let second = try writeDemo(portfolio, in: directory.url, name: "second")
        for kind in DataKind.allCases {
            let firstBytes = try Data(contentsOf: first.appendingPathComponent(kind.fileName))
            let secondBytes = try Data(contentsOf: second.appendingPathComponent(kind.fileName))
            #expect(firstBytes == secondBytes, "\(kind.fileName) differs between two runs")
        }
    }

    @Test("another seed writes different files")
    func otherSeedDiffers() throws {
        let directory = try TemporaryDirectory()
        let first = try writeDemo(DemoPortfolio(accounts: 40, seed: 1, lastYear: 2025), in: directory.url, name: "a")
        let second = try writeDemo(DemoPortfolio(accounts: 40, seed: 2, lastYear: 2025), in: directory.url, name: "b")
        for kind in DataKind.allCases {
            let firstBytes = try Data(contentsOf: first.appendingPathComponent(kind.fileName))
            let secondBytes = try Data(contentsOf: second.appendingPathComponent(kind.fileName))
            #expect(firstBytes != secondBytes, "\(kind.fileName) is the same for seeds 1 and 2")
        }
    }

    @Test("row counts of a small portfolio are stable")
    func rowCountsStable() throws {
        let directory = try TemporaryDirectory()
        let portfolio = DemoPortfolio(accounts: 25, seed: 1, firstYear: 2021, lastYear: 2025)
        let counts = try portfolio.writeCSV(to: directory.url)
        let expected: [DataKind: Int] = [
            .accounts: 25, .products: 12, .installBase: 188, .integrations: 39, .enhancements: 150,
            .participation: 305, .programmes: 39, .sales: 746, .upsells: 79, .cases: 1623,
        ]
        for kind in DataKind.allCases {
            #expect(counts[kind] == expected[kind], "rows of \(kind.fileName)")
        }
    }

    @Test("returned counts match the rows in the files")
    func countsMatchFiles() throws {
        let directory = try TemporaryDirectory()
        let counts = try DemoPortfolio(accounts: 25, seed: 3, lastYear: 2025).writeCSV(to: directory.url)
        for kind in DataKind.allCases {
            let table = try DemoCSVTable(kind, in: directory.url)
            #expect(table.rows.count == counts[kind], "rows of \(kind.fileName)")
        }
    }

    @Test("headers name the importer's columns")
    func headers() throws {
        let directory = try TemporaryDirectory()
        try DemoPortfolio(accounts: 3, lastYear: 2025).writeCSV(to: directory.url)
        let expected: [DataKind: String] = [
            .accounts:
                "account_id,name,customer_since,segment,region,owner,reference_customer,knows_whom_to_contact,"
                + "in_house_integrations",
            .products: "product,latest_major_version,released_on",
            .installBase: "account_id,product,major_version,licences_owned,licences_in_use,unit_price",
            .integrations: "account_id,integration,status",
            .enhancements: "account_id,request_id,submitted_on,delivered_on",
            .participation: "account_id,date,kind",
            .programmes: "account_id,programme,started_on,ended_on",
            .sales: "account_id,quarter,kind,planned,achieved",
            .upsells: "account_id,date,kind,amount",
            .cases: "case_id,account_id,product,severity,opened_at,first_contact_at,restored_at,closed_at,rca_done",
        ]
        for kind in DataKind.allCases {
            let text = try String(contentsOf: directory.url.appendingPathComponent(kind.fileName), encoding: .utf8)
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init)
            #expect(firstLine == expected[kind], "header of \(kind.fileName)")
        }
    }

    @Test("zero accounts writes headers and the catalogue")
    func zeroAccounts() throws {
        let directory = try TemporaryDirectory()
        let counts = try DemoPortfolio(accounts: 0, lastYear: 2025).writeCSV(to: directory.url)
        for kind in DataKind.allCases {
            #expect(counts[kind] == (kind == .products ? 12 : 0), "rows of \(kind.fileName)")
            let path = directory.url.appendingPathComponent(kind.fileName).path
            #expect(FileManager.default.fileExists(atPath: path), "\(kind.fileName) exists")
        }
    }

    @Test("five-year initialiser ends with the last year")
    func fiveYearInitialiser() {
        let portfolio = DemoPortfolio(lastYear: 2025)
        #expect(portfolio.firstYear == 2021)
        #expect(portfolio.lastYear == 2025)
        #expect(portfolio.accounts == 300)
        #expect(portfolio.seed == 1)
    }

    @Test(
        "invalid parameters are rejected",
        arguments: [
            (-1, 2021, 2025), (DemoPortfolio.maxAccounts + 1, 2021, 2025), (10, 2026, 2025), (10, 2000, 2020),
            (10, 1899, 1905), (10, 9000, 9001),
        ])
    func invalidParameters(accounts: Int, firstYear: Int, lastYear: Int) throws {
        let directory = try TemporaryDirectory()
        let portfolio = DemoPortfolio(accounts: accounts, firstYear: firstYear, lastYear: lastYear)
        let error = #expect(throws: DemoPortfolioError.self) { try portfolio.writeCSV(to: directory.url) }
        #expect(error?.code == .invalidParameters)
    }

    @Test("boundary parameters are accepted")
    func boundaryParameters() throws {
        let directory = try TemporaryDirectory()
        let twentyYears = DemoPortfolio(accounts: 2, firstYear: 2006, lastYear: 2025)
        #expect(try twentyYears.writeCSV(to: directory.url)[.accounts] == 2)
        let oneYear = DemoPortfolio(accounts: 2, firstYear: 2025, lastYear: 2025)
        #expect(try oneYear.writeCSV(to: directory.url)[.accounts] == 2)
    }

    @Test("unwritable folder raises folderNotCreated")
    func unwritableFolder() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("plain-file", "not a folder")
        let portfolio = DemoPortfolio(accounts: 2, lastYear: 2025)
        let error = #expect(throws: DemoPortfolioError.self) {
            try portfolio.writeCSV(to: file.appendingPathComponent("demo"))
        }
        #expect(error?.code == .folderNotCreated)
        #expect(error?.path == file.appendingPathComponent("demo").path)
    }

    @Test("existing files are replaced")
    func existingFilesReplaced() throws {
        let directory = try TemporaryDirectory()
        try DemoPortfolio(accounts: 30, seed: 5, lastYear: 2025).writeCSV(to: directory.url)
        try DemoPortfolio(accounts: 2, seed: 5, lastYear: 2025).writeCSV(to: directory.url)
        #expect(try DemoCSVTable(.accounts, in: directory.url).rows.count == 2)
    }
}
