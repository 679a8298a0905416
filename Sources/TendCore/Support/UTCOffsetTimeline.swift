import Foundation

/// The UTC offsets of one time zone over a span of instants, as consecutive segments of constant offset.
///
/// Built from `TimeZone.nextDaylightSavingTimeTransition(after:)`, which in the toolchain's Foundation (Swift 6.3 on
/// Linux) reports every offset change of the IANA database, standard-time changes included (Europe/Moscow on
/// 2014-10-26 is one).
struct UTCOffsetTimeline {
    struct Segment {
        /// Milliseconds since the epoch of the first instant with this offset.
        var start: Int64
        /// Milliseconds since the epoch of the first instant after the segment.
        var end: Int64
        /// The UTC offset in milliseconds.
        var offset: Int64
    }

    private(set) var segments: [Segment] = []

    /// Collects the segments that cover the instants `lowerBound..<upperBound`, in milliseconds since the epoch.
    init(timeZone: TimeZone, from lowerBound: Int64, to upperBound: Int64) {
        var start = lowerBound
        var offset = UTCOffsetTimeline.offset(of: timeZone, at: lowerBound)
        while start < upperBound {
            let startDate = Date(timeIntervalSince1970: Double(start) / 1000)
            guard let transition = timeZone.nextDaylightSavingTimeTransition(after: startDate) else { break }
            let transitionMilliseconds = Int64((transition.timeIntervalSince1970 * 1000).rounded())
            // A transition at or before `start` would loop forever; no zone has two changes within a millisecond.
            guard transitionMilliseconds > start, transitionMilliseconds < upperBound else { break }
            segments.append(Segment(start: start, end: transitionMilliseconds, offset: offset))
            start = transitionMilliseconds
            offset = UTCOffsetTimeline.offset(of: timeZone, at: transitionMilliseconds)
        }
        segments.append(Segment(start: start, end: max(start, upperBound), offset: offset))
    }

    /// The offset in milliseconds of `timeZone` at the instant `milliseconds` since the epoch.
    static func offset(of timeZone: TimeZone, at milliseconds: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(milliseconds) / 1000))) * 1000
    }

    /// Measures, in milliseconds, the instants within `clip` whose local wall-clock reading lies in `wallClock`.
    ///
    /// Wall-clock values are milliseconds since 1970-01-01T00:00 read as if UTC. In each segment the local time is
    /// the instant plus the offset, so the instants that read `wallClock` there are `wallClock` minus the offset.
    /// A wall-clock span that clocks skip has no instants, and one that clocks repeat has them twice.
    /// `firstSegment` is a search hint that only moves forward, for callers that visit spans in increasing order.
    func measure(wallClock: Range<Int64>, within clip: Range<Int64>, firstSegment: inout Int) -> Int64 {
        // Offsets stay within one day of UTC, so a segment ending a day before the span cannot contain it.
        let day: Int64 = 86_400_000
        while firstSegment < segments.count - 1, segments[firstSegment].end <= wallClock.lowerBound - day {
            firstSegment += 1
        }
        var total: Int64 = 0
        for segment in segments[firstSegment...] {
            if segment.start >= wallClock.upperBound + day { break }
            let lower = max(wallClock.lowerBound - segment.offset, segment.start, clip.lowerBound)
            let upper = min(wallClock.upperBound - segment.offset, segment.end, clip.upperBound)
            if lower < upper { total += upper - lower }
        }
        return total
    }
}
