import Foundation
import TendCore
import TendStore

extension Importer {
    /// Imports a help-desk event log (one row per activity on a case) as support cases, using `mapping` to find the
    /// columns, read the timestamps and recognise the milestones.
    ///
    /// Cases are upserted by case id, so importing a log twice changes nothing. Accounts that the log names and the
    /// store lacks are created with only an id. Every event is validated, including values the attribute policy
    /// does not keep. The whole log is one transaction.
    public func importEventLog(path: String, mapping: EventLogMapping) throws -> ImportSummary {
        let plan = try EventLogPlan(mapping: mapping, file: path, defaultTimeZone: options.timeZone)
        let data = try ImportSources.read(path)
        options.progress?.start(totalBytes: data.count)
        var rowsDone = 0
        defer { options.progress?.finish(rows: rowsDone) }

        let summary = try store.write { writer in
            let session = ImportSession(writer: writer, timeZone: plan.timeZone, progress: options.progress)
            defer { rowsDone = session.rowsDone }
            let log = try data.withUnsafeBytes { raw in
                try plan.readEvents(bytes: raw.bindMemory(to: UInt8.self), session: session)
            }
            session.finishFile(bytes: data.count)
            return try plan.store(log, writer: writer)
        }
        return ImportSummary(files: [summary])
    }
}

/// A validated event log mapping, ready to read one file.
struct EventLogPlan {
    let mapping: EventLogMapping
    let file: String
    let pattern: TimestampPattern
    let timeZone: TimeZone
    let policy: EventLogMapping.AttributePolicy
    let rolesByActivity: [String: ActivityRoles]

    let caseID: Column
    let activity: Column
    let timestamp: Column
    let accountID: Column
    let severity: Column
    let product: Column?

    /// The events of a log grouped by case, cases in order of first appearance.
    struct Events {
        var caseIDs: [String] = []
        var eventsByCase: [String: [CaseEvent]] = [:]
        var accountIDs: [String] = []
        var rows = 0
    }

    init(mapping: EventLogMapping, file: String, defaultTimeZone: TimeZone) throws(ImportError) {
        func invalid(_ message: String, _ expected: String) -> ImportError {
            ImportError(.invalidMapping, file: file, message: "invalid mapping: " + message, expected: expected)
        }
        switch TimestampPattern.compile(mapping.timestampFormat) {
        case .success(let pattern): self.pattern = pattern
        case .failure(let error):
            throw invalid(
                "timestamp_format \"\(mapping.timestampFormat)\": \(error.reason)",
                "a pattern of yyyy, MM, dd, HH, mm, ss, SSS, XXX and literal characters")
        }
        if let identifier = mapping.timeZone {
            guard let zone = TimeZone(identifier: identifier) else {
                throw invalid("unknown time_zone \"\(identifier)\"", "an IANA time zone such as Europe/Rome")
            }
            timeZone = zone
        } else {
            timeZone = defaultTimeZone
        }
        for (value, severity) in mapping.severityValues.sorted(by: { $0.key < $1.key })
        where !SupportCase.severities.contains(severity) {
            throw invalid("severity_values maps \"\(value)\" to \(severity)", "severities from 1 to 4")
        }
        let policy = mapping.attributePolicy ?? EventLogMapping.AttributePolicy()
        if policy.accountID == .mostSevere || policy.product == .mostSevere {
            throw invalid("most_severe is only for severity", "first or last for account_id and product")
        }
        self.policy = policy
        self.mapping = mapping
        self.file = file

        var roles: [String: ActivityRoles] = [:]
        let activities = mapping.activities
        for (names, role) in [
            (activities.firstContact, ActivityRoles.firstContact), (activities.restore, .restore),
            (activities.close, .close), (activities.wait ?? [], .wait), (activities.rca ?? [], .rca),
        ] {
            for name in names { roles[name, default: []].insert(role) }
        }
        rolesByActivity = roles

        let columns = mapping.columns
        caseID = Column(0, columns.caseID, required: true)
        activity = Column(1, columns.activity, required: true)
        timestamp = Column(2, columns.timestamp, required: true)
        accountID = Column(3, columns.accountID, required: true, accountID: true)
        severity = Column(4, columns.severity, required: true)
        product = columns.product.map { Column(5, $0, required: false) }
    }

    private var columns: [Column] { [caseID, activity, timestamp, accountID, severity] + (product.map { [$0] } ?? []) }

    private var timestampExpected: String {
        "a timestamp as " + mapping.timestampFormat
    }

    /// Reads and validates every event of the log.
    func readEvents(bytes: UnsafeBufferPointer<UInt8>, session: ImportSession) throws(ImportError) -> Events {
        let reader = try CSVRowReader(bytes: bytes, file: file, timeResolver: session.timeResolver)
        try reader.matchHeader(columns, rejectsOtherColumns: false)
        if let product, reader.layout?.positions[product.index] == nil {
            throw ImportError(
                .missingColumn, file: file, line: reader.headerLine, column: product.name, message: "missing column",
                expected: "the columns the mapping names: " + columns.map(\.name).joined(separator: ", "))
        }
        var log = Events()
        var knownAccounts: Set<String> = []
        while try reader.next() {
            let event = try readEvent(reader)
            let id = try reader.required(caseID, reader.string)
            if log.eventsByCase[id]?.append(event) == nil {
                log.caseIDs.append(id)
                log.eventsByCase[id] = [event]
            }
            if knownAccounts.insert(event.accountID).inserted { log.accountIDs.append(event.accountID) }
            log.rows += 1
            session.countRow(bytesReadInFile: reader.bytesRead)
        }
        return log
    }

    private func readEvent(_ reader: CSVRowReader) throws(ImportError) -> CaseEvent {
        let activityName = try reader.required(activity, reader.string)
        let local = try reader.required(timestamp) { column throws(ImportError) in
            try reader.value(column, "timestamp", expected: timestampExpected) { pattern.parse($0) }
        }
        let time = try reader.resolve(local, column: timestamp, expected: timestampExpected)
        let severityText = try reader.required(severity, reader.string)
        guard let severityNumber = mapping.severityValues[severityText] else {
            throw reader.invalidValue(
                severity, "severity value not in severity_values",
                expected: "one of " + mapping.severityValues.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", "))
        }
        return CaseEvent(
            time: time, roles: rolesByActivity[activityName] ?? [],
            accountID: try reader.required(accountID, reader.string),
            product: try product.flatMap { column throws(ImportError) in try reader.string(column) } ?? "",
            severity: severityNumber)
    }

    /// Creates missing accounts and upserts one case per case id.
    func store(_ log: Events, writer: any StoreWriter) throws -> ImportSummary.File {
        var summary = ImportSummary.File(path: file, kind: .cases, rows: log.rows, inserted: 0, updated: 0)
        for id in log.accountIDs where try !writer.accountExists(id: id) {
            try writer.insertAccountIfMissing(id: id)
            summary.accountsCreated += 1
        }
        try writer.beginSource(kind: .cases, name: file, expectedRows: log.caseIDs.count)
        let tracksRCA = !(mapping.activities.rca ?? []).isEmpty
        for id in log.caseIDs {
            let events = log.eventsByCase[id] ?? []
            let supportCase = CaseAggregator.aggregate(
                caseID: id, events: events, policy: policy, tracksRCA: tracksRCA)
            try (writer as? any CaseWaitWriter)?.replaceWaits(
                caseID: id, with: CaseAggregator.waits(caseID: id, events: events))
            switch try writer.upsert(supportCase) {
            case .inserted: summary.inserted += 1
            case .updated: summary.updated += 1
            case .duplicateInSource:
                throw ImportError(
                    .duplicateKey, file: file, value: id, message: "duplicate case",
                    expected: "one case per case id in the event log")
            }
        }
        return summary
    }
}
