import Foundation
import TendCore

/// Settings of one import.
public struct ImportOptions: Sendable {
    /// The time zone of timestamps written without a UTC offset.
    public var timeZone: TimeZone
    /// The reporter that shows progress, or nil for none.
    public var progress: ProgressReporter?
    /// The date of install base rows without `as_of`; nil for the day of `clock()` in `timeZone`.
    public var snapshotDate: Day?
    /// The clock that dates the import: the default snapshot date and the history of findings the import moves.
    public var clock: @Sendable () -> Timestamp = ImportOptions.systemClock

    /// Creates options; the default time zone is UTC.
    public init(timeZone: TimeZone = .gmt, progress: ProgressReporter? = nil) {
        self.timeZone = timeZone
        self.progress = progress
    }
}
