import TendCore

extension CaseAggregator {
    /// Finds the customer waits of one case: each event with the `wait` role starts a wait that ends at the case's
    /// next event, or stays open when it is the last event.
    ///
    /// Events are ordered as `aggregate` orders them: by time, keeping file order among equal times.
    package static func waits(caseID: String, events: [CaseEvent]) -> [CaseWait] {
        let order = events.indices.sorted { left, right in
            let leftTime = events[left].time.millisecondsSinceEpoch
            let rightTime = events[right].time.millisecondsSinceEpoch
            return leftTime != rightTime ? leftTime < rightTime : left < right
        }
        var waits: [CaseWait] = []
        for (position, index) in order.enumerated() where events[index].roles.contains(.wait) {
            let next = position + 1 < order.count ? events[order[position + 1]].time : nil
            waits.append(CaseWait(caseID: caseID, start: events[index].time, end: next))
        }
        return waits
    }
}
