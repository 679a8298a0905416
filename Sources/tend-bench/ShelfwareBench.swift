import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore

/// Measures the shelf-ware work on the imported portfolio: a second install base snapshot with its reconciliation,
/// the portfolio analysis, and the shelf-ware page over HTTP.
///
/// The second snapshot is `install_base.csv` imported again 90 days after the first, with the same rows, so every
/// account is reconciled again and every open finding gets new figures dated that day.
func runShelfwareBench(store: SQLiteStore, csvFolder: URL, client: BenchHTTPClient) throws {
    var options = ImportOptions(timeZone: TimeZone(identifier: "UTC")!, progress: nil)
    options.snapshotDate = SystemClock.now().localDay.adding(days: 90)
    let file = csvFolder.appendingPathComponent("install_base.csv").path
    let (summary, importSeconds) = try measure { try Importer(store: store, options: options).importPaths([file]) }
    let findings = try store.findings(accountID: nil)
    report(
        "install base snapshot again", importSeconds,
        "\(summary.files.first?.rows ?? 0) rows, \(findings.count) findings reconciled")

    let (document, analysisSeconds) = try measure { try ShelfwareBook.portfolioDocument(store: store) }
    report(
        "shelf-ware portfolio analysis", analysisSeconds,
        "\(document.accounts.count) accounts, \(document.flaggedAccounts) flagged")

    let (status, pageSeconds) = measure { client.get("/shelfware") }
    guard status == 200 else { fail("/shelfware returned status \(status)") }
    report("shelf-ware page", pageSeconds, "status \(status)")
}
