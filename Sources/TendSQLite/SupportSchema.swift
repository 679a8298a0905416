/// The tables of the support KPIs: customer waits per case, business calendars and SLA policies.
///
/// Created with `IF NOT EXISTS` on every open, so databases written before these tables existed gain them without
/// a change of schema version.
enum SupportSchema {
    static let creationSQL = """
        CREATE TABLE IF NOT EXISTS case_waits (
            case_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            started_at_offset INTEGER NOT NULL,
            ended_at INTEGER,
            ended_at_offset INTEGER,
            PRIMARY KEY (case_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS business_calendars (
            name TEXT PRIMARY KEY,
            time_zone TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS business_calendar_hours (
            calendar TEXT NOT NULL REFERENCES business_calendars (name) ON DELETE CASCADE,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            PRIMARY KEY (calendar, weekday, start_minute)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS business_calendar_holidays (
            calendar TEXT NOT NULL REFERENCES business_calendars (name) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            PRIMARY KEY (calendar, day)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS sla_policies (
            name TEXT PRIMARY KEY,
            pauses_on_wait INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS sla_targets (
            policy TEXT NOT NULL REFERENCES sla_policies (name) ON DELETE CASCADE,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
            milestone TEXT NOT NULL CHECK (milestone IN ('first_contact', 'restore')),
            hours_numerator INTEGER NOT NULL,
            hours_denominator INTEGER NOT NULL CHECK (hours_denominator > 0),
            calendar TEXT REFERENCES business_calendars (name),
            PRIMARY KEY (policy, severity, milestone)
        ) WITHOUT ROWID;
        """
}
