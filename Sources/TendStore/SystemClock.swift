import Foundation
import TendCore

/// The system clock as a `Timestamp`, for callers that date what users do, such as moves of findings.
public enum SystemClock {
    /// Reads the system clock, with the UTC offset of the system time zone at this instant.
    public static let now: @Sendable () -> Timestamp = {
        let date = Date()
        return Timestamp(
            millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)),
            utcOffsetSeconds: Int32(TimeZone.current.secondsFromGMT(for: date)))
    }
}
