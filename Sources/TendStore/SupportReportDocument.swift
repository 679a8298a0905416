import TendCore

/// The JSON form of a support KPI report, shared by `tend support --format json` and the web API.
///
/// Hours and shares are decimal strings (two decimals for hours, four for shares) for reading, and each duration
/// statistic also has its exact fraction of hours for checking. A figure with no case to compute it from is null.
public struct SupportReportDocument: Encodable, Sendable {
    public let from: String
    public let to: String
    public let now: String
    public let grouping: String
    public let policy: String
    public let groups: [SupportGroupDocument]

    public init(_ overview: SupportOverview) {
        let report = overview.report
        from = report.period.from.description
        to = report.period.to.description
        now = report.now.description
        grouping = report.grouping.rawValue
        policy = overview.policy.name
        groups = report.groups.map { group in
            SupportGroupDocument(group, restore: overview.restoreTargets[group.key] ?? .empty)
        }
    }
}

/// The figures of one group of a `SupportReportDocument`.
public struct SupportGroupDocument: Encodable, Sendable {
    public let key: String
    public let cases: Int
    public let open: Int
    public let reopenedCases: Int
    public let reopenings: Int
    @EncodesNull public var mttrHours: DurationDocument?
    @EncodesNull public var ttfcHours: DurationDocument?
    @EncodesNull public var acltHours: DurationDocument?
    public let firstContactTarget: TargetShareDocument
    public let restoreTarget: TargetShareDocument
    public let rcaCoverage: RCACoverageDocument
    public let openCases: [OpenCaseDocument]
    /// The number of cases left out of some figure, by reason.
    public let anomalyCounts: [String: Int]
    public let anomalies: [AnomalyDocument]

    init(_ group: SupportKPIGroup, restore: TargetShare) {
        key = group.key.description
        cases = group.caseCount
        open = group.openCount
        reopenedCases = group.reopenedCaseCount
        reopenings = group.totalReopenings
        mttrHours = group.mttr.map(DurationDocument.init)
        ttfcHours = group.ttfc.map(DurationDocument.init)
        acltHours = group.aclt.map(DurationDocument.init)
        firstContactTarget = TargetShareDocument(group.firstContactTarget)
        restoreTarget = TargetShareDocument(restore)
        rcaCoverage = RCACoverageDocument(group.rcaCoverage)
        openCases = group.openCases.map(OpenCaseDocument.init)
        anomalyCounts = Dictionary(group.anomalies.map { ($0.reason.rawValue, 1) }, uniquingKeysWith: +)
        anomalies = group.anomalies.map(AnomalyDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case key, cases, open
        case reopenedCases = "reopened_cases"
        case reopenings
        case mttrHours = "mttr_hours"
        case ttfcHours = "ttfc_hours"
        case acltHours = "aclt_hours"
        case firstContactTarget = "first_contact_target"
        case restoreTarget = "restore_target"
        case rcaCoverage = "rca_coverage"
        case openCases = "open_cases"
        case anomalyCounts = "anomaly_counts"
        case anomalies
    }

}

/// Mean, median and 90th percentile in hours.
public struct DurationDocument: Encodable, Sendable {
    public let count: Int
    public let mean: String
    public let median: String
    public let p90: String
    public let meanExact: String
    public let medianExact: String
    public let p90Exact: String

    init(_ statistics: DurationStatistics) {
        count = statistics.count
        mean = statistics.mean.formatted(places: 2)
        median = statistics.median.formatted(places: 2)
        p90 = statistics.percentile90.formatted(places: 2)
        meanExact = statistics.mean.description
        medianExact = statistics.median.description
        p90Exact = statistics.percentile90.description
    }

    enum CodingKeys: String, CodingKey {
        case count, mean, median, p90
        case meanExact = "mean_exact"
        case medianExact = "median_exact"
        case p90Exact = "p90_exact"
    }
}

/// Met, missed and pending cases of an SLA target, and the share met of those decided.
public struct TargetShareDocument: Encodable, Sendable {
    public let met: Int
    public let missed: Int
    public let pending: Int
    @EncodesNull public var share: String?

    init(_ target: TargetShare) {
        met = target.met
        missed = target.missed
        pending = target.pending
        share = target.share?.formatted(places: 4)
    }

    enum CodingKeys: String, CodingKey { case met, missed, pending, share }
}

/// Root cause analysis coverage of severity 1 and 2 cases.
public struct RCACoverageDocument: Encodable, Sendable {
    public let done: Int
    public let notDone: Int
    public let unknown: Int
    @EncodesNull public var share: String?

    init(_ coverage: RCACoverage) {
        done = coverage.done
        notDone = coverage.notDone
        unknown = coverage.unknown
        share = coverage.share?.formatted(places: 4)
    }

    enum CodingKeys: String, CodingKey {
        case done
        case notDone = "not_done"
        case unknown, share
    }

}

/// A case still open at the report time.
public struct OpenCaseDocument: Encodable, Sendable {
    public let id: String
    public let severity: Int
    public let openedAt: String
    @EncodesNull public var ageHours: String?
    public let restored: Bool

    init(_ openCase: OpenSupportCase) {
        id = openCase.id
        severity = openCase.severity
        openedAt = openCase.openedAt.description
        ageHours = openCase.ageHours?.formatted(places: 2)
        restored = openCase.restored
    }

    enum CodingKeys: String, CodingKey {
        case id, severity
        case openedAt = "opened_at"
        case ageHours = "age_hours"
        case restored
    }

}

/// A case with inconsistent timestamps and the figures it is left out of.
public struct AnomalyDocument: Encodable, Sendable {
    public let caseID: String
    public let reason: String
    public let leftOutOf: [String]

    init(_ anomaly: CaseAnomaly) {
        caseID = anomaly.caseID
        reason = anomaly.reason.rawValue
        leftOutOf = anomaly.reason.excludedFigures.sorted().map(\.rawValue)
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case reason
        case leftOutOf = "left_out_of"
    }
}
