import Foundation

/// Parses and decodes the records of one CSV file on a thread of its own and hands them to the importing thread in
/// batches, so that parsing overlaps with writing to the store.
///
/// At most `maxQueuedBatches` batches wait for the consumer, besides the batch the consumer is writing and the one
/// the producer is filling, so memory stays bounded whatever the file's size. A parse or decode error ends the last
/// batch, after the rows that precede it, so the consumer writes those rows and then throws the same `ImportError` a
/// single-threaded loop would.
///
/// Call `stop()` before the reader's bytes go away or anything else touches the reader or its time resolver.
/// `stop()` returns only after the producer thread has left the reader.
final class CSVRecordProducer<Table: CSVTable>: @unchecked Sendable where Table.Record: Sendable {
    // @unchecked Sendable: the reader is used only by the producer thread between `start()` and the moment it sets
    // `producerExited`, and every other stored variable is read and written only while `condition` is locked.

    /// One decoded record and where it came from.
    struct Row {
        let record: Table.Record
        /// The line where the record starts, for error messages.
        let line: Int
        /// The bytes of the file read up to the end of the record, for progress and page discarding.
        let bytesRead: Int
    }

    /// The rows in file order, then the error that stopped the producer, if one did.
    struct Batch {
        var rows: [Row] = []
        var error: ImportError?
    }

    static var rowsPerBatch: Int { 4096 }
    static var maxQueuedBatches: Int { 1 }

    private let reader: CSVRowReader
    private let condition = NSCondition()
    private var queued: [Batch] = []
    /// Whether the producer queued its last batch.
    private var producedAll = false
    private var stopRequested = false
    private var producerExited = false
    private var started = false

    init(reader: CSVRowReader) {
        self.reader = reader
    }

    /// Starts the producer thread.
    func start() {
        started = true
        let thread = Thread { [self] in produce() }
        thread.name = "tend.csv-parse"
        thread.start()
    }

    /// Returns the next batch in file order, waiting for the producer, or nil after the last batch.
    func nextBatch() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queued.isEmpty {
            if producedAll || producerExited { return nil }
            condition.wait()
        }
        let batch = queued.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Asks the producer to stop at its next batch boundary and waits until it has left the reader.
    ///
    /// Calling it again, or when the producer was never started, returns at once.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        guard started else { return }
        stopRequested = true
        condition.broadcast()
        while !producerExited {
            condition.wait()
        }
    }

    private func produce() {
        while true {
            let batch = readBatch()
            let isLast = batch.error != nil || batch.rows.count < Self.rowsPerBatch
            condition.lock()
            while queued.count >= Self.maxQueuedBatches && !stopRequested {
                condition.wait()
            }
            if stopRequested {
                producerExited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            queued.append(batch)
            producedAll = isLast
            producerExited = isLast
            condition.broadcast()
            condition.unlock()
            if isLast { return }
        }
    }

    /// Reads up to `rowsPerBatch` records. Only the file's last batch is shorter, and it may be empty.
    private func readBatch() -> Batch {
        var batch = Batch()
        batch.rows.reserveCapacity(Self.rowsPerBatch)
        do throws(ImportError) {
            while batch.rows.count < Self.rowsPerBatch, try reader.next() {
                let record = try Table.decode(reader)
                batch.rows.append(Row(record: record, line: reader.line, bytesRead: reader.bytesRead))
            }
        } catch {
            batch.error = error
        }
        return batch
    }
}
