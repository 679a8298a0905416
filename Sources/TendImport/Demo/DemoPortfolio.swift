import Foundation
import TendCore

/// A made-up but realistic customer portfolio of a B2B software vendor, written as the CSV files that
/// the importer reads.
///
/// The portfolio depends only on its parameters: the same accounts, seed and years give byte-identical files
/// on every run and platform. Each account gets a hidden health tendency that drives its install base,
/// integrations, engagement, sales and support cases, so that its health score mostly lands in that status.
/// In each year about 50 % of accounts come out healthy, a third infected and 15 % sick, and some accounts
/// improve or decline over the years.
/// The support cases number about 60 an account over five years, most at Enterprise accounts.
///
/// Rows go to the files through small buffers as they are drawn, so memory stays bounded whatever the number
/// of accounts.
public struct DemoPortfolio: Sendable {
    public let accounts: Int
    public let seed: UInt64
    public let firstYear: Int
    public let lastYear: Int

    /// The largest number of accounts `writeCSV(to:)` accepts.
    public static let maxAccounts = 10_000_000
    /// The largest number of scored years `writeCSV(to:)` accepts.
    public static let maxYears = 20

    /// Describes a portfolio of `accounts` accounts scored over `firstYear` to `lastYear`, both included.
    ///
    /// Customers joined over the ten years ending with `lastYear`, about one in ten of them in `lastYear`
    /// itself. `writeCSV(to:)` checks the parameters.
    public init(accounts: Int = 300, seed: UInt64 = 1, firstYear: Int, lastYear: Int) {
        self.accounts = accounts
        self.seed = seed
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Describes a portfolio scored over the five years ending with `lastYear`, the last full year.
    public init(accounts: Int = 300, seed: UInt64 = 1, lastYear: Int) {
        self.init(accounts: accounts, seed: seed, firstYear: lastYear - 4, lastYear: lastYear)
    }

    /// Writes the ten CSV files of the portfolio, named after their `DataKind`, into `folder`, creating it
    /// when missing and replacing files of the same names.
    ///
    /// - Returns: The rows written to each file, headers not counted.
    /// - Throws: `DemoPortfolioError` when a parameter is out of range or a file cannot be written.
    @discardableResult
    public func writeCSV(to folder: URL) throws(DemoPortfolioError) -> [DataKind: Int] {
        try validate()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .folderNotCreated(folder.path, cause: error)
        }

        let files = try DemoFiles(folder: folder)
        let catalogue = DemoCatalogue(seed: seed, firstYear: firstYear, lastYear: lastYear)
        try catalogue.write(to: files.products)

        let ownerCount = 8 + Int(DemoRandom.mix(seed) % 5)
        let idWidth = max(6, String(accounts).count)
        // Room for 200 cases an account in five years, over three times the mean, so that the case IDs
        // of a portfolio almost always have one width. A larger number only makes its ID longer.
        let caseIDWidth = max(8, String(accounts * 200 * (lastYear - firstYear + 1) / 5).count)
        var nextCaseNumber = 1
        for index in 0..<accounts {
            var random = DemoRandom(seed: seed, stream: UInt64(index))
            let account = DemoAccount(
                index: index, idWidth: idWidth, seed: seed, ownerCount: ownerCount, lastYear: lastYear,
                random: &random)
            let writer = DemoAccountWriter(
                account: account, catalogue: catalogue, files: files, firstYear: firstYear, lastYear: lastYear)
            try writer.writeAll(nextCaseNumber: &nextCaseNumber, caseIDWidth: caseIDWidth, random: &random)
        }
        return try files.close()
    }

    /// Draws account number `index` (from 0) as `writeCSV(to:)` does, with its hidden tendency and quality.
    package func account(at index: Int) -> DemoAccount {
        var random = DemoRandom(seed: seed, stream: UInt64(index))
        let ownerCount = 8 + Int(DemoRandom.mix(seed) % 5)
        return DemoAccount(
            index: index, idWidth: max(6, String(accounts).count), seed: seed, ownerCount: ownerCount,
            lastYear: lastYear, random: &random)
    }

    private func validate() throws(DemoPortfolioError) {
        guard (0...DemoPortfolio.maxAccounts).contains(accounts) else {
            throw DemoPortfolioError(
                code: .invalidParameters,
                message: "invalid number of accounts \(accounts); use 0 to \(DemoPortfolio.maxAccounts)")
        }
        guard (1900...9000).contains(firstYear), (1900...9000).contains(lastYear), firstYear <= lastYear,
            lastYear - firstYear < DemoPortfolio.maxYears
        else {
            throw DemoPortfolioError(
                code: .invalidParameters,
                message: "invalid years \(firstYear) to \(lastYear); use a first year no later than the last, "
                    + "at most \(DemoPortfolio.maxYears) years in all, between 1900 and 9000")
        }
    }
}
