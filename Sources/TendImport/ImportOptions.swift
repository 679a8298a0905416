import Foundation

/// Settings of one import.
public struct ImportOptions: Sendable {
    /// The time zone of timestamps written without a UTC offset.
    public var timeZone: TimeZone
    /// The reporter that shows progress, or nil for none.
    public var progress: ProgressReporter?

    /// Creates options; the default time zone is UTC.
    public init(timeZone: TimeZone = .gmt, progress: ProgressReporter? = nil) {
        self.timeZone = timeZone
        self.progress = progress
    }
}
