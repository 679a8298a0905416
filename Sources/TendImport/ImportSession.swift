import Foundation
import TendCore
import TendStore

/// The state of one import transaction: the writer, the accounts known to exist, and progress.
package final class ImportSession {
    package let writer: any StoreWriter
    package let timeResolver: LocalTimeResolver
    /// The latest snapshot date an `as_of` column may hold; nil to accept any date.
    package var latestSnapshotDay: Day?
    private let progress: ProgressReporter?
    /// Accounts known to exist in the store, from this import or from earlier lookups, to spare a query per row.
    private var knownAccounts: Set<String> = []
    /// The account of the last row that referred to one, known to exist.
    private var lastKnownAccount: String?
    package private(set) var rowsDone = 0
    /// Bytes of the files already finished.
    private var bytesDone = 0

    /// How many rows pass between two progress updates.
    private static let rowsPerProgressUpdate = 4096
    /// How many rows pass between two calls that return the pages of a file already parsed to the system.
    private static let rowsPerPageDiscard = 16_384

    package init(writer: any StoreWriter, timeZone: TimeZone, progress: ProgressReporter?) {
        self.writer = writer
        self.timeResolver = LocalTimeResolver(timeZone: timeZone)
        self.progress = progress
    }

    /// Imports one CSV file of the kind its name gives.
    package func importCSV(_ file: SourceFile, contents: MappedFile) throws -> ImportSummary.File {
        // Naming each table's type here gives every table its own specialised copy of the import loop. Called
        // through `any CSVTable.Type`, the loop looked up generic type metadata on every row.
        let summary: ImportSummary.File
        switch file.kind {
        case .accounts: summary = try importTable(AccountsTable.self, path: file.path, contents: contents)
        case .products: summary = try importTable(ProductsTable.self, path: file.path, contents: contents)
        case .installBase: summary = try importTable(InstallBaseTable.self, path: file.path, contents: contents)
        case .integrations: summary = try importTable(IntegrationsTable.self, path: file.path, contents: contents)
        case .enhancements: summary = try importTable(EnhancementsTable.self, path: file.path, contents: contents)
        case .participation: summary = try importTable(ParticipationTable.self, path: file.path, contents: contents)
        case .programmes: summary = try importTable(ProgrammesTable.self, path: file.path, contents: contents)
        case .sales: summary = try importTable(SalesTable.self, path: file.path, contents: contents)
        case .upsells: summary = try importTable(UpsellsTable.self, path: file.path, contents: contents)
        case .cases: summary = try importTable(CasesTable.self, path: file.path, contents: contents)
        }
        bytesDone += contents.bytes.count
        return summary
    }

    /// Counts a row and reports progress every few thousand rows.
    package func countRow(bytesReadInFile: Int) {
        rowsDone += 1
        if rowsDone % Self.rowsPerProgressUpdate == 0 {
            progress?.update(rows: rowsDone, bytesRead: bytesDone + bytesReadInFile)
        }
    }

    /// Counts the bytes of a file imported by other means than `importCSV`.
    package func finishFile(bytes: Int) {
        bytesDone += bytes
    }

    private func importTable<Table: CSVTable>(
        _ table: Table.Type, path: String, contents: MappedFile
    ) throws -> ImportSummary.File {
        let bytes = contents.bytes
        let reader = try CSVRowReader(bytes: bytes, file: path, timeResolver: timeResolver)
        reader.latestSnapshotDay = latestSnapshotDay
        try reader.matchHeader(Table.columns, rejectsOtherColumns: true)
        try writer.beginSource(kind: Table.dataKind, name: path, expectedRows: Self.estimatedRowCount(bytes))
        var summary = ImportSummary.File(path: path, kind: Table.dataKind, rows: 0, inserted: 0, updated: 0)
        let producer = CSVRecordProducer<Table>(reader: reader)
        // The producer must leave the reader before the caller may unmap the bytes or an error rereads the file.
        defer { producer.stop() }
        producer.start()
        while let batch = producer.nextBatch() {
            for row in batch.rows {
                try write(row, of: table, into: &summary, file: path, contents: contents, producer: producer)
            }
            if let error = batch.error { throw error }
        }
        return summary
    }

    /// Checks the account a record refers to, upserts it and counts it, on the thread that owns the writer.
    private func write<Table: CSVTable>(
        _ row: CSVRecordProducer<Table>.Row, of table: Table.Type, into summary: inout ImportSummary.File,
        file: String, contents: MappedFile, producer: CSVRecordProducer<Table>
    ) throws {
        if let accountID = Table.referencedAccountID(of: row.record) {
            try requireAccount(accountID, file: file, line: row.line)
        }
        switch try Table.upsert(row.record, into: writer) {
        case .inserted: summary.inserted += 1
        case .updated: summary.updated += 1
        case .duplicateInSource:
            producer.stop()
            throw duplicateKeyError(table, record: row.record, file: file, line: row.line, bytes: contents.bytes)
        }
        if Table.dataKind == .accounts {
            knownAccounts.insert(Table.key(of: row.record)[0])
        }
        summary.rows += 1
        countRow(bytesReadInFile: row.bytesRead)
        if summary.rows % Self.rowsPerPageDiscard == 0 {
            contents.discardPages(before: row.bytesRead)
        }
    }

    /// Estimates the data rows of a CSV file from the line feeds in its first mebibyte, scaled to the whole file.
    ///
    /// The estimate is exact for files up to a mebibyte without quoted line breaks, and for larger files assumes that
    /// the first rows are as long as the rest.
    package static func estimatedRowCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(1 << 20))
        var lineFeeds = 0
        for byte in sample where byte == UInt8(ascii: "\n") {
            lineFeeds += 1
        }
        // The last row may lack its line feed, and the header's line feed ends no data row.
        let lines = sample.count < bytes.count ? lineFeeds * bytes.count / sample.count : lineFeeds
        let lastLineIsOpen = sample.count == bytes.count && bytes.last.map { $0 != UInt8(ascii: "\n") } ?? false
        return max(0, lines + (lastLineIsOpen ? 1 : 0) - 1)
    }

    private func requireAccount(_ accountID: String, file: String, line: Int) throws {
        // Rows of one account often come together, and comparing with the last one spares hashing the id. Account
        // ids are in Unicode's composed form (`CSVRowReader.string`), so `==` matches exactly the ids whose bytes
        // SQLite finds equal.
        if accountID == lastKnownAccount || knownAccounts.contains(accountID) {
            lastKnownAccount = accountID
            return
        }
        guard try writer.accountExists(id: accountID) else {
            throw ImportError(
                .unknownAccount, file: file, line: line, column: "account_id", value: accountID,
                message: "unknown account", expected: "the id of an account in the store or in accounts.csv")
        }
        knownAccounts.insert(accountID)
        lastKnownAccount = accountID
    }

    /// Builds the duplicate-key error for the record on `line`, finding the key's first line by reading the file
    /// again up to that line.
    private func duplicateKeyError<Table: CSVTable>(
        _ table: Table.Type, record: Table.Record, file: String, line: Int, bytes: UnsafeBufferPointer<UInt8>
    ) -> ImportError {
        let key = Table.key(of: record)
        var expected = "one row per " + Table.keyColumns
        if let firstLine = firstLine(of: key, in: table, bytes: bytes, file: file, before: line) {
            expected += " (this key is first on line \(firstLine))"
        }
        return ImportError(
            .duplicateKey, file: file, line: line, value: key.joined(separator: ", "),
            message: "duplicate key", expected: expected)
    }

    private func firstLine<Table: CSVTable>(
        of key: [String], in table: Table.Type, bytes: UnsafeBufferPointer<UInt8>, file: String, before line: Int
    ) -> Int? {
        guard let reader = try? CSVRowReader(bytes: bytes, file: file, timeResolver: timeResolver),
            (try? reader.matchHeader(Table.columns, rejectsOtherColumns: true)) != nil
        else { return nil }
        while (try? reader.next()) == true, reader.line < line {
            if let earlier = try? Table.decode(reader), Table.key(of: earlier) == key { return reader.line }
        }
        return nil
    }
}
