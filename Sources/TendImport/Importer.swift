import Foundation
import TendCore
import TendStore

/// Imports Tend's CSV files and help-desk event logs into a store.
///
/// Each call is one transaction: when any file has an error, the call throws and the store is left as it was.
public struct Importer: Sendable {
    public let store: any Store
    public let options: ImportOptions

    public init(store: any Store, options: ImportOptions = ImportOptions()) {
        self.store = store
        self.options = options
    }

    /// Imports CSV files and directories of CSV files, recognising each file's kind by its name, such as
    /// `accounts.csv`.
    ///
    /// Files are imported in `DataKind.importOrder`, so accounts come before the rows that refer to them. A
    /// directory contributes the files whose names are recognised and lists the others as skipped; a file named
    /// explicitly with an unrecognised name is an error.
    public func importPaths(_ paths: [String]) throws -> ImportSummary {
        let (files, skipped) = try ImportSources.expand(paths)
        var contents: [MappedFile] = []
        for file in files { contents.append(try MappedFile(path: file.path)) }

        options.progress?.start(totalBytes: contents.reduce(0) { $0 + $1.bytes.count })
        var rowsDone = 0
        defer { options.progress?.finish(rows: rowsDone) }

        let imported = try store.write { writer in
            let session = ImportSession(writer: writer, timeZone: options.timeZone, progress: options.progress)
            // A snapshot dated after the import would outrank every real one to come. One day of slack allows for
            // a user whose day starts before the clock's.
            session.latestSnapshotDay = options.clock().localDay.adding(days: 1)
            defer { rowsDone = session.rowsDone }
            try beginSnapshots(writer)
            var imported: [ImportSummary.File] = []
            for (file, mappedFile) in zip(files, contents) {
                imported.append(try session.importCSV(file, contents: mappedFile))
            }
            try reconcileShelfware(writer, files: imported)
            return imported
        }
        return ImportSummary(files: imported, skipped: skipped)
    }
}
