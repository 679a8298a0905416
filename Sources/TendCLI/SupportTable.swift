import TendCore
import TendStore

/// The table and CSV forms of a support KPI report.
enum SupportTable {
    static func table(_ overview: SupportOverview) -> String {
        let report = overview.report
        var text = "Cases opened from \(report.period.from) to \(report.period.to), SLA policy "
        text += "\"\(overview.policy.name)\", ages at \(report.now); hours are calendar hours, mean/median/p90.\n\n"
        guard !report.groups.isEmpty else { return text + "No case was opened in this period.\n" }

        var rows = [
            [
                "GROUP", "CASES", "OPEN", "REOPENED", "MTTR H", "TTFC H", "FIRST CONTACT MET", "RESTORE MET", "ACLT H",
                "RCA",
            ]
        ]
        for group in report.groups {
            rows.append([
                group.key.description, "\(group.caseCount)", "\(group.openCount)",
                "\(group.reopenedCaseCount) (\(group.totalReopenings)x)", statistics(group.mttr),
                statistics(group.ttfc), share(group.firstContactTarget),
                share(overview.restoreTargets[group.key] ?? .empty), statistics(group.aclt),
                coverage(group.rcaCoverage),
            ])
        }
        text += formatTable(rows)

        let anomalies = report.groups.flatMap(\.anomalies)
        if !anomalies.isEmpty {
            let counts = Dictionary(anomalies.map { ($0.reason.rawValue, 1) }, uniquingKeysWith: +)
            let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            text += "\n\(plural(anomalies.count, "case")) with timestamps out of order (\(summary)):\n"
            for anomaly in anomalies { text += "  \(anomaly)\n" }
        }
        let open = report.groups.flatMap(\.openCases)
        if !open.isEmpty {
            text += "\n\(plural(open.count, "case")) open at \(report.now):\n"
            for openCase in open {
                let age = openCase.ageHours.map { "\($0.formatted(places: 2)) h" } ?? "opened after the report time"
                text += "  \(openCase.id) severity \(openCase.severity), opened \(openCase.openedAt), age \(age)"
                text += openCase.restored ? ", restored\n" : "\n"
            }
        }
        return text
    }

    static func csv(_ overview: SupportOverview) -> String {
        var text = "group,cases,open,reopened_cases,reopenings"
        for figure in ["mttr", "ttfc", "aclt"] {
            text += ",\(figure)_count,\(figure)_mean_h,\(figure)_median_h,\(figure)_p90_h"
        }
        text += ",first_contact_met,first_contact_missed,first_contact_pending,restore_met,restore_missed"
        text += ",restore_pending,rca_done,rca_not_done,rca_unknown,anomalies\n"
        for group in overview.report.groups {
            var fields = [
                group.key.description, "\(group.caseCount)", "\(group.openCount)", "\(group.reopenedCaseCount)",
                "\(group.totalReopenings)",
            ]
            for statistics in [group.mttr, group.ttfc, group.aclt] {
                fields += [
                    "\(statistics?.count ?? 0)", statistics?.mean.formatted(places: 2) ?? "",
                    statistics?.median.formatted(places: 2) ?? "", statistics?.percentile90.formatted(places: 2) ?? "",
                ]
            }
            let restore = overview.restoreTargets[group.key] ?? .empty
            for target in [group.firstContactTarget, restore] {
                fields += ["\(target.met)", "\(target.missed)", "\(target.pending)"]
            }
            let rca = group.rcaCoverage
            fields += ["\(rca.done)", "\(rca.notDone)", "\(rca.unknown)", "\(group.anomalies.count)"]
            text += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return text
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func statistics(_ statistics: DurationStatistics?) -> String {
        guard let statistics else { return "-" }
        return [statistics.mean, statistics.median, statistics.percentile90].map { $0.formatted(places: 1) }
            .joined(separator: "/")
    }

    private static func share(_ target: TargetShare) -> String {
        guard let share = target.share else { return target.pending > 0 ? "\(target.pending) pending" : "-" }
        let percent = (share * Rational(100)).formatted(places: 1)
        return "\(percent)% of \(target.met + target.missed)"
    }

    private static func coverage(_ coverage: RCACoverage) -> String {
        guard let share = coverage.share else { return "-" }
        let percent = (share * Rational(100)).formatted(places: 1)
        return coverage.unknown > 0 ? "\(percent)% (\(coverage.unknown) unknown)" : "\(percent)%"
    }
}
