import Dispatch
import Foundation
import Synchronization
import TendCore
import TendSQLite
import TendStore

/// Measures the support KPIs on `count` generated cases: writes them to a fresh database, then times every KPI
/// per severity and month of opening (one group for each pair), read from the database in one pass per core, with the built-in SLA policy.
func runSupportBenchmark(count: Int, folder: URL, seed: UInt64, reuse: Bool, parts requestedParts: Int) throws {
    let path = folder.appendingPathComponent("support.sqlite").path
    if reuse {
        guard FileManager.default.fileExists(atPath: path) else {
            fail("--reuse found no database at \(path); run once without it first")
        }
    } else {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    print("tend-bench: \(count) support cases, seed \(seed), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    let store = try SQLiteStore(path: path)
    if !reuse {
        let (_, writeSeconds) = try measure { try writeGeneratedCases(count: count, seed: seed, store: store) }
        report("generate and store cases", writeSeconds, "\(Int(Double(count) / writeSeconds)) cases/s")
    }

    let start = Timestamp.startOfDay(Day.firstOfYear(2021), in: TimeZone(identifier: "UTC")!)  // UTC always exists.
    let end = Timestamp.startOfDay(Day.firstOfYear(2026), in: TimeZone(identifier: "UTC")!)
    let period = try SupportPeriod(from: start, to: end)
    let parts = requestedParts > 0 ? requestedParts : max(1, ProcessInfo.processInfo.activeProcessorCount)
    let (kpiReport, kpiSeconds) = try measure {
        try supportReport(path: path, period: period, parts: parts)
    }
    let counted = kpiReport.groups.reduce(0) { $0 + $1.caseCount }
    let anomalies = kpiReport.groups.reduce(0) { $0 + $1.anomalies.count }
    report(
        "every KPI by severity and month", kpiSeconds,
        "\(counted) cases in \(kpiReport.groups.count) groups of severity and month, "
            + "\(anomalies) anomalies, \(Int(Double(counted) / kpiSeconds)) cases/s")
    if let group = kpiReport.groups.first, let mttr = group.mttr {
        print("  \(group.key): MTTR \(mttr), first contact met \(group.firstContactTarget.met)")
    }
    print("peak resident memory: \(Int(peakMemoryMiB())) MiB")
}

/// Computes the report per severity and month of opening, reading the period in `parts` equal spans of time in
/// parallel, each on its own connection to the database, and merging the results.
func supportReport(path: String, period: SupportPeriod, parts: Int) throws -> SupportKPIReport {
    let start = period.from.millisecondsSinceEpoch
    let length = period.to.millisecondsSinceEpoch - start
    let results = Mutex<[Result<SupportKPIReportBuilder, any Error>]>([])
    DispatchQueue.concurrentPerform(iterations: parts) { part in
        let result = Result<SupportKPIReportBuilder, any Error> {
            let store = try SQLiteStore(path: path)
            let from = Timestamp(
                millisecondsSinceEpoch: start + length * Int64(part) / Int64(parts), utcOffsetSeconds: 0)
            let to = Timestamp(
                millisecondsSinceEpoch: start + length * Int64(part + 1) / Int64(parts), utcOffsetSeconds: 0)
            var builder = SupportKPIReportBuilder(
                period: period, groupings: [.severityAndOpeningMonth], policy: .builtInDefault, now: period.to)
            try store.forEachCase(openedFrom: from, to: to, accountID: nil, readsAccountAndProduct: false) {
                builder.add($0)
            }
            return builder
        }
        results.withLock { $0.append(result) }
    }
    var merged: SupportKPIReportBuilder?
    for result in results.withLock({ $0 }) {
        let builder = try result.get()
        if merged == nil { merged = builder } else { merged!.merge(builder) }  // Set on the previous iteration.
    }
    let reports = merged!.build()  // concurrentPerform ran at least one part.
    return reports[0]
}

/// Writes `count` cases spread over 2021 to 2025 for 1000 accounts through the store's writer, deterministically
/// for a seed: about 1 % still open, 0.1 % with a first contact an hour before the opening, 5 % reopened.
func writeGeneratedCases(count: Int, seed: UInt64, store: SQLiteStore) throws {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        // SplitMix64, a small generator with good statistical quality for test data.
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
    func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    let products = ["Ledger", "Portal", "Payroll", "Billing", "Reports", "Mobile", "Gateway", "Archive"]
    let firstMillisecond: Int64 = 1_609_459_200_000  // 2021-01-01T00:00:00Z
    let spanMilliseconds: Int64 = 5 * 365 * 86_400_000
    let hour: Int64 = 3_600_000
    try store.write { writer in
        for account in 0..<1000 { try writer.insertAccountIfMissing(id: "B\(account)") }
        try writer.beginSource(kind: .cases, name: "generated")
        for index in 0..<count {
            let severityRoll = below(100)
            // Severity shares: 5 % severity 1, 30 % severity 2, 45 % severity 3, 20 % severity 4.
            let severity: Int
            switch severityRoll {
            case ..<5: severity = 1
            case ..<35: severity = 2
            case ..<80: severity = 3
            default: severity = 4
            }
            let opened = firstMillisecond + Int64(next() % UInt64(spanMilliseconds))
            let contact = below(1000) == 0 ? opened - hour : opened + Int64(below(48 * 60)) * 60_000
            let restored = contact + Int64(below(200 * 60)) * 60_000
            let closed = restored + Int64(below(100 * 60)) * 60_000
            let isOpen = below(100) == 0
            func stamp(_ milliseconds: Int64) -> Timestamp {
                Timestamp(millisecondsSinceEpoch: milliseconds, utcOffsetSeconds: 0)
            }
            let rcaRoll = below(3)
            _ = try writer.upsert(
                SupportCase(
                    id: "S\(index)", accountID: "B\(below(1000))", product: products[below(products.count)],
                    severity: severity, openedAt: stamp(opened), firstContactAt: stamp(contact),
                    restoredAt: isOpen && below(2) == 0 ? nil : stamp(restored), closedAt: isOpen ? nil : stamp(closed),
                    rcaDone: rcaRoll == 0 ? nil : rcaRoll == 1, reopenings: below(20) == 0 ? 1 + below(2) : 0))
        }
    }
}
