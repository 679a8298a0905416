import Foundation

/// Finds the UTC offset of wall-clock times in one time zone, with a cache per local hour.
///
/// A local time that does not exist because clocks moved forward (02:30 on the last Sunday of March in Europe/Rome)
/// has no offset. A local time that occurs twice because clocks moved back takes the offset in force before the
/// change, which is the earlier of the two instants (02:30 on the last Sunday of October in Europe/Rome is +02:00).
/// The cache holds an hour only when its first and last second resolve to the same offset, so hours that contain a
/// change are resolved second by second and stay exact. This assumes no zone changes its offset twice within one
/// hour, which holds for the IANA database.
package final class LocalTimeResolver {
    package let timeZone: TimeZone
    private var offsetsByHour: [Int64: Int32] = [:]
    private var hoursWithChange: Set<Int64> = []

    package init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The UTC offset in seconds of the wall-clock time `wallClockSeconds` (seconds since 1970-01-01T00:00:00 read
    /// as if UTC), or nil when that local time does not exist.
    package func utcOffset(wallClockSeconds: Int64) -> Int32? {
        let hour = wallClockSeconds >= 0 ? wallClockSeconds / 3600 : (wallClockSeconds - 3599) / 3600
        if let offset = offsetsByHour[hour] { return offset }
        if !hoursWithChange.contains(hour) {
            let first = resolve(hour * 3600)
            if let first, first == resolve(hour * 3600 + 3599) {
                offsetsByHour[hour] = first
                return first
            }
            hoursWithChange.insert(hour)
        }
        return resolve(wallClockSeconds)
    }

    /// Finds the offsets `o` for which the instant `wallClock - o` has offset `o` in the zone, and takes the largest,
    /// which is the earliest instant.
    private func resolve(_ wallClock: Int64) -> Int32? {
        var best: Int32?
        for probe in [wallClock - 86_400, wallClock, wallClock + 86_400] {
            let candidate = offset(atInstant: probe)
            guard offset(atInstant: wallClock - Int64(candidate)) == candidate else { continue }
            if best.map({ candidate > $0 }) ?? true { best = candidate }
        }
        return best
    }

    private func offset(atInstant seconds: Int64) -> Int32 {
        Int32(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }
}
