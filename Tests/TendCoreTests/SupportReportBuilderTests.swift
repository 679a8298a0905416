import Testing

@testable import TendCore

@Suite("Support KPI report builder")
struct SupportReportBuilderTests {
    static let groupings: [SupportGrouping] = [.portfolio, .severity, .account, .openingMonth]

    func builder() -> SupportKPIReportBuilder {
        SupportKPIReportBuilder(
            period: SupportKPITests.period, groupings: Self.groupings,
            policy: SupportSLATests.policy(pausesOnWait: true), now: SupportKPITests.now)
    }

    @Test("streamed cases give the same report")
    func sameAsArray() {
        var builder = builder()
        for supportCase in SupportKPITests.cases { builder.add(supportCase) }
        let reports = builder.build()
        #expect(reports.count == 4)
        for (grouping, report) in zip(Self.groupings, reports) {
            let expected = SupportKPIReport(
                cases: SupportKPITests.cases, period: SupportKPITests.period, grouping: grouping,
                policy: SupportSLATests.policy(pausesOnWait: true), now: SupportKPITests.now)
            #expect(report == expected, "\(grouping)")
        }
    }

    @Test("merged parts give the same report")
    func mergedParts() {
        var whole = builder()
        var first = builder()
        var second = builder()
        for (index, supportCase) in SupportKPITests.cases.enumerated() {
            whole.add(supportCase)
            if index % 2 == 0 { first.add(supportCase) } else { second.add(supportCase) }
        }
        first.merge(second)
        for (merged, expected) in zip(first.build(), whole.build()) {
            #expect(merged.groups.map(\.key) == expected.groups.map(\.key))
            #expect(merged.groups.map(\.caseCount) == expected.groups.map(\.caseCount))
            #expect(merged.groups.map(\.mttr) == expected.groups.map(\.mttr))
            #expect(merged.groups.map(\.ttfc) == expected.groups.map(\.ttfc))
            #expect(merged.groups.map(\.aclt) == expected.groups.map(\.aclt))
            #expect(merged.groups.map(\.firstContactTarget) == expected.groups.map(\.firstContactTarget))
            #expect(merged.groups.map(\.restoreTarget) == expected.groups.map(\.restoreTarget))
            #expect(merged.groups.map(\.rcaCoverage) == expected.groups.map(\.rcaCoverage))
            #expect(merged.groups.map(\.openCases) == expected.groups.map(\.openCases))
            #expect(merged.groups.map { Set($0.anomalies) } == expected.groups.map { Set($0.anomalies) })
        }
    }

    @Test("severity and month groups sort by severity, then month")
    func severityAndMonth() {
        var builder = SupportKPIReportBuilder(
            period: SupportKPITests.period, groupings: [.severityAndOpeningMonth, .severity],
            policy: SupportSLATests.policy(pausesOnWait: true), now: SupportKPITests.now)
        for supportCase in SupportKPITests.cases { builder.add(supportCase) }
        let reports = builder.build()
        let keys = reports[0].groups.map(\.key)
        #expect(keys == keys.sorted())
        #expect(keys.first?.description.hasPrefix("severity 1 2013-") == true)
        let bySeverity = Dictionary(grouping: reports[0].groups) { group -> Int in
            guard case .severityAndMonth(let severity, _, _) = group.key else { return 0 }
            return severity
        }
        for group in reports[1].groups {
            guard case .severity(let severity) = group.key else { continue }
            let total = bySeverity[severity]?.reduce(0) { $0 + $1.caseCount }
            #expect(total == group.caseCount, "severity \(severity)")
        }
    }

    /// A severity 1 case restored 7 h after opening with overlapping waits covering 4 h, against a 4 h restore target.
    @Test("waits pause the restore clock")
    func waitsPause() throws {
        let opened = SupportFixtures.time(2013, 4, 2, 8)
        let supportCase = SupportCase(
            id: "W1", accountID: "A1", product: "P", severity: 1, openedAt: opened,
            firstContactAt: SupportFixtures.time(2013, 4, 2, 9), restoredAt: SupportFixtures.time(2013, 4, 2, 15))
        let waits = [
            CaseWait(
                caseID: "W1", start: SupportFixtures.time(2013, 4, 2, 10), end: SupportFixtures.time(2013, 4, 2, 12)),
            CaseWait(
                caseID: "W1", start: SupportFixtures.time(2013, 4, 2, 11), end: SupportFixtures.time(2013, 4, 2, 14)),
        ]
        for (pauses, met, missed) in [(true, 1, 0), (false, 0, 1)] {
            var builder = SupportKPIReportBuilder(
                period: SupportKPITests.period, groupings: [.portfolio],
                policy: SupportSLATests.policy(pausesOnWait: pauses), now: SupportKPITests.now)
            builder.add(supportCase, waits: waits)
            let group = try #require(builder.build().first?.groups.first)
            #expect(group.restoreTarget.met == met, "pauses \(pauses)")
            #expect(group.restoreTarget.missed == missed, "pauses \(pauses)")
        }
    }
}
