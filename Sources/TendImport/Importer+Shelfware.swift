import Foundation
import TendCore
import TendStore

extension Importer {
    /// Sets the default snapshot date when the store keeps install base snapshots.
    func beginSnapshots(_ writer: any StoreWriter) throws {
        guard let snapshots = writer as? any ShelfwareStoreWriter else { return }
        try snapshots.beginSnapshots(defaultDate: options.snapshotDate ?? options.clock().localDay)
    }

    /// Reconciles shelf-ware findings in the import's transaction when the import had an install base file.
    func reconcileShelfware(_ writer: any StoreWriter, files: [ImportSummary.File]) throws {
        guard files.contains(where: { $0.kind == .installBase }),
            let snapshots = writer as? any ShelfwareStoreWriter
        else { return }
        _ = try snapshots.reconcileShelfware(at: options.clock())
    }
}

extension ImportOptions {
    /// The system clock, the default of `clock`.
    public static let systemClock: @Sendable () -> Timestamp = SystemClock.now
}
