import Foundation
import TendImport
import TendSQLite
import TendStore
import TendTestSupport
import Testing

/// A fresh SQLite database file in a temporary folder, with helpers to write CSV files and import them.
///
/// The import checks are written against `any Store`, so they hold for every store implementation.
final class ImportFixture {
    let directory: TemporaryDirectory
    let store: any Store

    static let accountsCSV = """
        account_id,name,customer_since
        A1,Acme,2012-01-15
        A2,Beta,2013-03-01

        """

    init() throws {
        directory = try TemporaryDirectory()
        store = try SQLiteStore(path: directory.path("tend.sqlite"))
    }

    /// The path of `name` in the temporary folder.
    func path(_ name: String) -> String { directory.path(name) }

    /// Writes `files` (name and contents) and imports them by path, in the order given.
    @discardableResult
    func importFiles(
        _ files: [(String, String)], timeZone: TimeZone = TimeZone(identifier: "UTC")!
    ) throws -> ImportSummary {
        for (name, text) in files { try directory.write(name, text) }
        let importer = Importer(store: store, options: ImportOptions(timeZone: timeZone))
        return try importer.importPaths(files.map { path($0.0) })
    }

    /// Imports `files` and returns the `ImportError` it throws, recording an issue when it throws none.
    func importError(
        _ files: [(String, String)], timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> ImportError? {
        do {
            try importFiles(files, timeZone: timeZone)
            Issue.record("the import succeeded", sourceLocation: sourceLocation)
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}
