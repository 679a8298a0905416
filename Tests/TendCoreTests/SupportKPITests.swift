import Foundation
import Testing

@testable import TendCore

@Suite("Support KPIs")
struct SupportKPITests {
    typealias F = SupportFixtures

    static func april(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Timestamp {
        F.time(2013, 4, day, hour, minute)
    }

    static func after(_ start: Timestamp, minutes: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: start.millisecondsSinceEpoch + minutes * 60_000, utcOffsetSeconds: 0)
    }

    /// Cases with hand-computed figures, all times UTC unless noted. The SLA policy is `SupportSLATests.policy`.
    static let cases: [SupportCase] = {
        let c1 = april(1, 0)
        let c2 = april(2, 8)
        let c3 = april(3, 8)
        let c4 = april(4, 8)
        let c5 = april(5, 8)
        let c7 = april(9, 8)
        let c11 = april(10, 8)
        return [
            // Opened at the start of the period, so included.
            F.supportCase(
                "C1", severity: 1, opened: c1, firstContact: after(c1, minutes: 30), restored: after(c1, minutes: 120),
                closed: after(c1, minutes: 600), rcaDone: true),
            // First contact after 90 minutes misses the 1-hour target.
            F.supportCase(
                "C2", severity: 1, opened: c2, firstContact: after(c2, minutes: 90), restored: after(c2, minutes: 360),
                closed: after(c2, minutes: 1800), rcaDone: false, reopenings: 2),
            // Wednesday 10:00 to 11:00 in Rome: 1 business hour against 2.
            F.supportCase(
                "C3", severity: 2, account: "A2", product: "Payroll", opened: c3,
                firstContact: after(c3, minutes: 60), restored: after(c3, minutes: 240),
                closed: after(c3, minutes: 2880), reopenings: 1),
            // Still open, first contact after 5 hours misses the 4-hour target.
            F.supportCase(
                "C4", severity: 3, account: "A2", product: "Payroll", opened: c4,
                firstContact: after(c4, minutes: 300)),
            F.supportCase(
                "C5", severity: 4, product: "Payroll", opened: c5, firstContact: after(c5, minutes: 20),
                restored: after(c5, minutes: -60), closed: after(c5, minutes: 60)),
            F.supportCase(
                "C6", severity: 2, account: "A3", opened: april(8, 8), closed: april(8, 7), rcaDone: true),
            // First contact exactly at the 1-hour target.
            F.supportCase(
                "C7", severity: 1, account: "A3", opened: c7, firstContact: after(c7, minutes: 60),
                restored: after(c7, minutes: 240), closed: after(c7, minutes: 180)),
            // Before the period and at its end, so left out.
            F.supportCase("C8", severity: 1, opened: F.time(2013, 3, 31, 23, 59)),
            F.supportCase("C9", severity: 1, opened: F.time(2013, 7, 1, 0)),
            // 22:00Z on June 30 written at +02:00 is July 1 local time; still open and within its 4-hour target.
            F.supportCase("C10", severity: 3, account: "A2", opened: F.time(2013, 7, 1, 0, offsetHours: 2)),
            F.supportCase(
                "C11", severity: 7, account: "A3", opened: c11, firstContact: after(c11, minutes: 10),
                restored: after(c11, minutes: 60), closed: after(c11, minutes: 120), rcaDone: true),
        ]
    }()

    static let period = try! SupportPeriod(from: F.time(2013, 4, 1, 0), to: F.time(2013, 7, 1, 0))  // Ordered.
    static let now = F.time(2013, 7, 1, 0)

    func report(_ grouping: SupportGrouping) -> SupportKPIReport {
        SupportKPIReport(
            cases: Self.cases, period: Self.period, grouping: grouping,
            policy: SupportSLATests.policy(pausesOnWait: true), now: Self.now)
    }

    @Test("computes the portfolio figures")
    func portfolio() throws {
        let groups = report(.portfolio).groups
        #expect(groups.map(\.key) == [.portfolio])
        let group = try #require(groups.first)
        #expect(group.caseCount == 9)
        #expect(group.reopenedCaseCount == 2)
        #expect(group.totalReopenings == 3)

        // Restored cases C11, C1, C3 and C2 take 1, 2, 4 and 6 hours; C5 and C7 are left out.
        #expect(group.mttr?.count == 4)
        #expect(group.mttr?.mean == Rational(13, 4))
        #expect(group.mttr?.median == Rational(3))
        #expect(group.mttr?.percentile90 == Rational(6))
        #expect(group.mttr?.description == "n=4 mean 3.25 h, median 3.00 h, p90 6.00 h")

        // First contacts after 1/6, 1/3, 1/2, 1, 1, 3/2 and 5 hours.
        #expect(group.ttfc?.count == 7)
        #expect(group.ttfc?.mean == Rational(19, 14))
        #expect(group.ttfc?.median == Rational(1))
        #expect(group.ttfc?.percentile90 == Rational(5))

        // Met: C1, C3, C5, C7. Missed: C2, C4. Pending: C6 (closed with no contact) and C10. C11 is left out.
        #expect(group.firstContactTarget == TargetShare(met: 4, missed: 2, pending: 2))
        #expect(group.firstContactTarget.share == Rational(2, 3))

        // Closed cases C5, C11, C1, C2 and C3 take 1, 2, 10, 30 and 48 hours; C6 and C7 are left out.
        #expect(group.aclt?.count == 5)
        #expect(group.aclt?.mean == Rational(91, 5))
        #expect(group.aclt?.median == Rational(10))
        #expect(group.aclt?.percentile90 == Rational(48))

        // Severity 1 and 2: C1 and C6 done, C2 not done, C3 and C7 unknown.
        #expect(group.rcaCoverage == RCACoverage(done: 2, notDone: 1, unknown: 2))
        #expect(group.rcaCoverage.share == Rational(2, 5))
    }

    @Test("reports open cases with their age")
    func openCases() throws {
        let group = try #require(report(.portfolio).groups.first)
        #expect(group.openCount == 2)
        #expect(group.openCases.map(\.id) == ["C4", "C10"])
        // April 4 08:00 to July 1 00:00 is 26 days 16 hours, then 31 and 30 days.
        #expect(group.openCases.map(\.ageHours) == [Rational(2104), Rational(2)])
        #expect(group.openCases.map(\.restored) == [false, false])
    }

    @Test("lists anomalies with the figures they leave out")
    func anomalies() throws {
        let group = try #require(report(.portfolio).groups.first)
        #expect(
            group.anomalies == [
                CaseAnomaly(caseID: "C5", reason: .restoreBeforeOpening),
                CaseAnomaly(caseID: "C6", reason: .closeBeforeOpening),
                CaseAnomaly(caseID: "C7", reason: .closeBeforeRestore),
                CaseAnomaly(caseID: "C11", reason: .severityOutOfRange),
            ])
        #expect(
            group.anomalies.map(\.description) == [
                "case C5: restore before opening; left out of mttr",
                "case C6: close before opening; left out of aclt",
                "case C7: close before restore; left out of mttr, aclt",
                "case C11: severity outside 1 to 4; left out of firstContactTargetShare, rcaCoverage",
            ])
    }

    @Test("groups by severity")
    func bySeverity() throws {
        let groups = report(.severity).groups
        #expect(groups.map(\.key) == [.severity(1), .severity(2), .severity(3), .severity(4), .severity(7)])
        #expect(groups.map(\.caseCount) == [3, 2, 2, 1, 1])
        let severityOne = try #require(groups.first)
        #expect(severityOne.mttr?.mean == Rational(4))
        #expect(severityOne.mttr?.median == Rational(4))
        #expect(severityOne.mttr?.percentile90 == Rational(6))
        #expect(severityOne.firstContactTarget == TargetShare(met: 2, missed: 1, pending: 0))
        #expect(severityOne.rcaCoverage == RCACoverage(done: 1, notDone: 1, unknown: 1))
        #expect(groups[3].mttr == nil)
        #expect(groups[3].aclt?.mean == Rational(1))
    }

    @Test("groups by account and product")
    func byAccountAndProduct() {
        let accounts = report(.account).groups
        #expect(accounts.map(\.key) == [.account("A1"), .account("A2"), .account("A3")])
        #expect(accounts.map(\.caseCount) == [3, 3, 3])
        #expect(accounts.map(\.openCount) == [0, 2, 0])
        let products = report(.product).groups
        #expect(products.map(\.key) == [.product("Ledger"), .product("Payroll")])
        #expect(products.map(\.caseCount) == [6, 3])
    }

    @Test("groups by the local month and quarter of opening")
    func byMonthAndQuarter() {
        let months = report(.openingMonth).groups
        #expect(months.map(\.key) == [.month(year: 2013, month: 4), .month(year: 2013, month: 7)])
        #expect(months.map(\.key.description) == ["2013-04", "2013-07"])
        #expect(months.map(\.caseCount) == [8, 1])
        let quarters = report(.openingQuarter).groups
        #expect(quarters.map(\.key.description) == ["2013-Q2", "2013-Q3"])
        #expect(quarters.map(\.caseCount) == [8, 1])
    }

    @Test("leaves out ages and reopenings of inconsistent cases")
    func ageAndReopeningAnomalies() throws {
        let now = F.time(2013, 4, 10, 0)
        let cases = [
            F.supportCase("C1", opened: F.time(2013, 4, 11, 0), reopenings: 1),
            F.supportCase("C2", opened: F.time(2013, 4, 9, 0), reopenings: -2),
        ]
        let report = SupportKPIReport(
            cases: cases, period: Self.period, grouping: .portfolio,
            policy: SupportSLATests.policy(pausesOnWait: false), now: now)
        let group = try #require(report.groups.first)
        #expect(group.openCases.map(\.id) == ["C2", "C1"])
        #expect(group.openCases.map(\.ageHours) == [Rational(24), nil])
        #expect(group.reopenedCaseCount == 1)
        #expect(group.totalReopenings == 1)
        #expect(
            group.anomalies == [
                CaseAnomaly(caseID: "C1", reason: .openedAfterNow),
                CaseAnomaly(caseID: "C2", reason: .negativeReopenings),
            ])
    }

    @Test("returns no group for an empty period")
    func emptyPeriod() throws {
        let instant = F.time(2013, 4, 2, 8)
        let period = try SupportPeriod(from: instant, to: instant)
        let report = SupportKPIReport(
            cases: Self.cases, period: period, grouping: .portfolio,
            policy: SupportSLATests.policy(pausesOnWait: false), now: Self.now)
        #expect(report.groups.isEmpty)
    }

    @Test("rejects a period that ends before it starts")
    func reversedPeriod() {
        let error = #expect(throws: SupportMetricsError.self) {
            try SupportPeriod(from: F.time(2013, 4, 2, 0), to: F.time(2013, 4, 1, 0))
        }
        #expect(error?.code == .invalidPeriod)
    }
}

@Suite("Duration statistics")
struct SupportDurationStatisticsTests {
    /// Counts and the 1-based nearest rank of their 90th percentile.
    static let ranks: [(Int, Int)] = [(1, 1), (2, 2), (9, 9), (10, 9), (11, 10), (19, 18), (20, 18), (21, 19)]

    @Test("ranks the 90th percentile by nearest rank", arguments: ranks)
    func nearestRank(count: Int, rank: Int) throws {
        #expect(DurationStatistics.nearestRank(percent: 90, count: count) == rank)
        let hours = (1...count).map { Int64($0) * 3_600_000 }
        let statistics = try #require(DurationStatistics(milliseconds: hours.reversed()))
        #expect(statistics.percentile90 == Rational(rank))
    }

    @Test("takes the middle or the mean of the two middle values")
    func median() throws {
        let odd = try #require(DurationStatistics(milliseconds: [3_600_000, 10_800_000, 0]))
        #expect(odd.median == Rational(1))
        let even = try #require(DurationStatistics(milliseconds: [3_600_000, 0, 10_800_000, 7_200_000]))
        #expect(even.median == Rational(3, 2))
    }

    @Test("keeps the mean exact")
    func exactMean() throws {
        let statistics = try #require(DurationStatistics(milliseconds: [1, 1, 2]))
        #expect(statistics.mean == Rational(4, 10_800_000))
        #expect(statistics.count == 3)
        #expect(DurationStatistics(milliseconds: []) == nil)
    }
}
