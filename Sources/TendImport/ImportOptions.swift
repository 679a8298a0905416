import Foundation

/// Settings of one import.
public struct ImportOptions: Sendable {
    /// The time zone of timestamps written without a UTC offset.
    public var timeZone: TimeZone
    /// Where to show progress, or nil for none.
    public var progress: ProgressReporter?

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, progress: ProgressReporter? = nil) {  // UTC always exists.
        self.timeZone = timeZone
        self.progress = progress
    }
}
