import Foundation
import TendCore
import TendStore

/// Reads and writes business calendars and SLA policies in the tables of `SupportSchema`.
enum SupportConfigurationSQL {
    static func calendars(_ connection: Connection) throws -> [BusinessCalendar] {
        var zones: [(String, String)] = []
        try connection.forEachRow("SELECT name, time_zone FROM business_calendars ORDER BY name") { row in
            zones.append((row.text(at: 0), row.text(at: 1)))
        }
        var hours: [String: [Weekday: [OpeningInterval]]] = [:]
        let hoursSQL = "SELECT calendar, weekday, start_minute, end_minute FROM business_calendar_hours"
        try connection.forEachRow(hoursSQL) { row in
            guard let weekday = Weekday(rawValue: row.int(at: 1)) else {
                throw SQLiteStoreError(.invalidStoredValue, "weekday \(row.int(at: 1)) is not 1 to 7 in: \(hoursSQL)")
            }
            let interval = try OpeningInterval(startMinute: row.int(at: 2), endMinute: row.int(at: 3))
            hours[row.text(at: 0), default: [:]][weekday, default: []].append(interval)
        }
        var holidays: [String: Set<Day>] = [:]
        try connection.forEachRow("SELECT calendar, day FROM business_calendar_holidays") { row in
            holidays[row.text(at: 0), default: []].insert(try row.day(at: 1))
        }
        return try zones.map { name, identifier in
            guard let zone = TimeZone(identifier: identifier) else {
                throw SQLiteStoreError(
                    .invalidStoredValue, "calendar \"\(name)\" has unknown time zone \"\(identifier)\"")
            }
            return try BusinessCalendar(
                name: name, timeZone: zone, openingHours: hours[name] ?? [:], holidays: holidays[name] ?? [])
        }
    }

    static func policies(_ connection: Connection, calendars: [BusinessCalendar]) throws -> [SLAPolicy] {
        let calendarsByName = Dictionary(calendars.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var pauses: [(String, Bool)] = []
        try connection.forEachRow("SELECT name, pauses_on_wait FROM sla_policies ORDER BY name") { row in
            pauses.append((row.text(at: 0), row.int(at: 1) != 0))
        }
        var targets: [String: [Int: [String: SLATarget]]] = [:]
        let sql = "SELECT policy, severity, milestone, hours_numerator, hours_denominator, calendar FROM sla_targets"
        try connection.forEachRow(sql) { row in
            var clock = SLAClock.calendarHours
            if let name = row.optionalText(at: 5) {
                guard let calendar = calendarsByName[name] else {
                    throw SQLiteStoreError(.invalidStoredValue, "calendar \"\(name)\" of an SLA target is not stored")
                }
                clock = .businessHours(calendar)
            }
            let hours = Rational(Int128(row.int64(at: 3)), Int128(row.int64(at: 4)))
            targets[row.text(at: 0), default: [:]][row.int(at: 1), default: [:]][row.text(at: 2)] =
                try SLATarget(hours: hours, clock: clock)
        }
        return try pauses.map { name, pausesOnWait in
            var bySeverity: [Int: SLASeverityTargets] = [:]
            for (severity, milestones) in targets[name] ?? [:] {
                guard let firstContact = milestones["first_contact"], let restore = milestones["restore"] else {
                    throw SQLiteStoreError(
                        .invalidStoredValue, "SLA policy \"\(name)\" lacks a target for severity \(severity)")
                }
                bySeverity[severity] = SLASeverityTargets(firstContact: firstContact, restore: restore)
            }
            return try SLAPolicy(name: name, targetsBySeverity: bySeverity, pausesOnWait: pausesOnWait)
        }
    }

    static func save(_ calendar: BusinessCalendar, _ connection: Connection) throws {
        let upsert = """
            INSERT INTO business_calendars (name, time_zone) VALUES (?1, ?2)
            ON CONFLICT (name) DO UPDATE SET time_zone = excluded.time_zone
            """
        try run(connection, upsert, calendar.name, calendar.timeZone.identifier)
        try run(connection, "DELETE FROM business_calendar_hours WHERE calendar = ?1", calendar.name)
        try run(connection, "DELETE FROM business_calendar_holidays WHERE calendar = ?1", calendar.name)
        let hoursSQL = """
            INSERT INTO business_calendar_hours (calendar, weekday, start_minute, end_minute) VALUES (?1, ?2, ?3, ?4)
            """
        for (weekday, intervals) in calendar.openingHours {
            for interval in intervals {
                try connection.withStatement(hoursSQL) { statement in
                    try statement.bind(calendar.name, at: 1)
                    try statement.bind(weekday.rawValue, at: 2)
                    try statement.bind(interval.startMinute, at: 3)
                    try statement.bind(interval.endMinute, at: 4)
                    try statement.run()
                }
            }
        }
        for day in calendar.holidays {
            let sql = "INSERT INTO business_calendar_holidays (calendar, day) VALUES (?1, ?2)"
            try connection.withStatement(sql) { statement in
                try statement.bind(calendar.name, at: 1)
                try statement.bind(day, at: 2)
                try statement.run()
            }
        }
    }

    static func save(_ policy: SLAPolicy, _ connection: Connection) throws {
        try run(connection, "DELETE FROM sla_policies WHERE name = ?1", policy.name)
        try connection.withStatement("INSERT INTO sla_policies (name, pauses_on_wait) VALUES (?1, ?2)") { statement in
            try statement.bind(policy.name, at: 1)
            try statement.bind(policy.pausesOnWait, at: 2)
            try statement.run()
        }
        let sql = """
            INSERT INTO sla_targets (policy, severity, milestone, hours_numerator, hours_denominator, calendar)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """
        for (severity, targets) in policy.targetsBySeverity {
            for (milestone, target) in [("first_contact", targets.firstContact), ("restore", targets.restore)] {
                var calendarName: String?
                if case .businessHours(let calendar) = target.clock {
                    let bind: (Statement) throws -> Void = { try $0.bind(calendar.name, at: 1) }
                    let stored = try connection.int64("SELECT 1 FROM business_calendars WHERE name = ?1", bind: bind)
                    guard stored != nil else {
                        throw SupportStoreError(
                            "SLA policy \"\(policy.name)\" counts on calendar \"\(calendar.name)\", which is not "
                                + "stored; import the calendar first or with the policy")
                    }
                    calendarName = calendar.name
                }
                guard let numerator = Int64(exactly: target.hours.numerator),
                    let denominator = Int64(exactly: target.hours.denominator)
                else {
                    throw SupportStoreError(
                        "SLA target \(target.hours) hours of policy \"\(policy.name)\" is too large to store")
                }
                try connection.withStatement(sql) { statement in
                    try statement.bind(policy.name, at: 1)
                    try statement.bind(severity, at: 2)
                    try statement.bind(milestone, at: 3)
                    try statement.bind(numerator, at: 4)
                    try statement.bind(denominator, at: 5)
                    try statement.bind(calendarName, at: 6)
                    try statement.run()
                }
            }
        }
    }

    static func policiesUsing(calendar: String, _ connection: Connection) throws -> [String] {
        var names: [String] = []
        let sql = "SELECT DISTINCT policy FROM sla_targets WHERE calendar = ?1 ORDER BY policy"
        let bind: (Statement) throws -> Void = { try $0.bind(calendar, at: 1) }
        try connection.forEachRow(sql, bind: bind) { row in names.append(row.text(at: 0)) }
        return names
    }

    private static func run(_ connection: Connection, _ sql: String, _ values: String...) throws {
        try connection.withStatement(sql) { statement in
            for (index, value) in values.enumerated() { try statement.bind(value, at: Int32(index + 1)) }
            try statement.run()
        }
    }
}
