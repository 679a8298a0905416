import Foundation

/// How to read a help-desk event log (one row per activity on a case) into support cases, read from JSON.
///
/// ```json
/// {
///   "columns": {"case_id": "Case ID", "activity": "Activity", "timestamp": "Complete Timestamp",
///               "account_id": "customer", "product": "product", "severity": "seriousness_2"},
///   "timestamp_format": "yyyy/MM/dd HH:mm:ss.SSS",
///   "time_zone": "Europe/Rome",
///   "activities": {"first_contact": ["Take in charge ticket"], "restore": ["Resolve ticket"], "close": ["Closed"],
///                  "wait": ["Wait"], "rca": []},
///   "severity_values": {"Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4},
///   "attribute_policy": {"account_id": "last", "product": "last", "severity": "most_severe"},
///   "comment": "free text explaining the choices"
/// }
/// ```
///
/// `columns.product`, `time_zone` (default: the import's time zone), `activities.wait`, `activities.rca`,
/// `attribute_policy` and its entries (default: last, last, most_severe) and `comment` are optional.
public struct EventLogMapping: Codable, Sendable, Equatable {
    /// Header names of the log's columns.
    public struct Columns: Codable, Sendable, Equatable {
        public var caseID: String
        public var activity: String
        public var timestamp: String
        public var accountID: String
        public var product: String?
        public var severity: String

        public init(
            caseID: String, activity: String, timestamp: String, accountID: String, product: String? = nil,
            severity: String
        ) {
            self.caseID = caseID
            self.activity = activity
            self.timestamp = timestamp
            self.accountID = accountID
            self.product = product
            self.severity = severity
        }

        enum CodingKeys: String, CodingKey {
            case caseID = "case_id"
            case activity, timestamp
            case accountID = "account_id"
            case product, severity
        }
    }

    /// The activity names that mark a case's milestones.
    public struct Activities: Codable, Sendable, Equatable {
        /// The first of these is the first contact with the customer.
        public var firstContact: [String]
        /// The last of these is when service was restored.
        public var restore: [String]
        /// The last of these is when the case was closed.
        public var close: [String]
        /// Waiting for the customer; these do not count as reopening a case.
        public var wait: [String]?
        /// A root cause analysis; when the list is empty or absent, whether one was done is unknown.
        public var rca: [String]?

        public init(
            firstContact: [String], restore: [String], close: [String], wait: [String]? = nil, rca: [String]? = nil
        ) {
            self.firstContact = firstContact
            self.restore = restore
            self.close = close
            self.wait = wait
            self.rca = rca
        }

        enum CodingKeys: String, CodingKey {
            case firstContact = "first_contact"
            case restore, close, wait, rca
        }
    }

    /// Which value a case takes when its events disagree.
    public enum Policy: String, Codable, Sendable, Equatable {
        /// The value of the case's earliest event.
        case first
        /// The value of the case's latest event.
        case last
        /// The lowest severity number any event gives; only for severity.
        case mostSevere = "most_severe"
    }

    public struct AttributePolicy: Codable, Sendable, Equatable {
        public var accountID: Policy?
        public var product: Policy?
        public var severity: Policy?

        public init(accountID: Policy? = nil, product: Policy? = nil, severity: Policy? = nil) {
            self.accountID = accountID
            self.product = product
            self.severity = severity
        }

        enum CodingKeys: String, CodingKey {
            case accountID = "account_id"
            case product, severity
        }
    }

    public var columns: Columns
    /// The timestamp pattern; see `TimestampPattern` for its letters.
    public var timestampFormat: String
    /// An IANA time zone identifier for timestamps without an offset.
    public var timeZone: String?
    public var activities: Activities
    /// The severity, 1 (most severe) to 4, of each value of the severity column.
    public var severityValues: [String: Int]
    public var attributePolicy: AttributePolicy?
    /// Free text explaining the choices, a string or an array of lines joined with spaces; the importer ignores it.
    public var comment: String?

    public init(
        columns: Columns, timestampFormat: String, timeZone: String? = nil, activities: Activities,
        severityValues: [String: Int], attributePolicy: AttributePolicy? = nil, comment: String? = nil
    ) {
        self.columns = columns
        self.timestampFormat = timestampFormat
        self.timeZone = timeZone
        self.activities = activities
        self.severityValues = severityValues
        self.attributePolicy = attributePolicy
        self.comment = comment
    }

    enum CodingKeys: String, CodingKey {
        case columns
        case timestampFormat = "timestamp_format"
        case timeZone = "time_zone"
        case activities
        case severityValues = "severity_values"
        case attributePolicy = "attribute_policy"
        case comment
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        columns = try container.decode(Columns.self, forKey: .columns)
        timestampFormat = try container.decode(String.self, forKey: .timestampFormat)
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        activities = try container.decode(Activities.self, forKey: .activities)
        severityValues = try container.decode([String: Int].self, forKey: .severityValues)
        attributePolicy = try container.decodeIfPresent(AttributePolicy.self, forKey: .attributePolicy)
        if let lines = try? container.decodeIfPresent([String].self, forKey: .comment) {
            comment = lines.joined(separator: " ")
        } else {
            comment = try container.decodeIfPresent(String.self, forKey: .comment)
        }
    }

    /// The keys a mapping file may use, per object; any other key is a typo that would otherwise go unnoticed.
    static let knownKeys: [String: Set<String>] = [
        "": [
            "columns", "timestamp_format", "time_zone", "activities", "severity_values", "attribute_policy", "comment",
        ],
        "columns": ["case_id", "activity", "timestamp", "account_id", "product", "severity"],
        "activities": ["first_contact", "restore", "close", "wait", "rca"],
        "attribute_policy": ["account_id", "product", "severity"],
    ]

    /// Reads a mapping from a JSON file, failing with `unreadableFile` or `invalidMapping`, also for an unknown key.
    public static func read(path: String) throws(ImportError) -> EventLogMapping {
        let data = try ImportSources.read(path)
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for (parent, allowed) in knownKeys.sorted(by: { $0.key < $1.key }) {
                let keys =
                    parent.isEmpty ? Array(object.keys) : Array((object[parent] as? [String: Any])?.keys ?? [:].keys)
                if let unknown = keys.sorted().first(where: { !allowed.contains($0) }) {
                    let name = parent.isEmpty ? unknown : "\(parent).\(unknown)"
                    throw ImportError(
                        .invalidMapping, file: path, message: "invalid mapping (unknown key \(name))",
                        expected: "one of " + allowed.sorted().joined(separator: ", ")
                            + (parent.isEmpty ? "" : " in \(parent)"))
                }
            }
        }
        do {
            return try JSONDecoder().decode(EventLogMapping.self, from: data)
        } catch {
            throw ImportError(
                .invalidMapping, file: path, message: "invalid mapping (\(Self.describe(error)))",
                expected: "a JSON object with columns, timestamp_format, activities and severity_values",
                cause: error)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing key " + (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}
