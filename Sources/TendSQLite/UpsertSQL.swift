/// The upsert statement of each table, which reports through its result whether it inserted, updated or skipped.
///
/// Parameter 1 is the current source id and parameters 2 onwards are `columns` in order. The statement updates an
/// existing row only when another source wrote it last, so a key repeated within one source changes nothing and
/// returns no row. Otherwise it returns `created_source_id`, which equals the current source only for a new row.
enum UpsertSQL {
    static func make(table: String, columns: [String], key: [String]) -> String {
        let parameters = columns.indices.map { "?\($0 + 2)" }.joined(separator: ", ")
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        return """
            INSERT INTO \(table) (\(columns.joined(separator: ", ")), source_id, created_source_id)
            VALUES (\(parameters), ?1, ?1)
            ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE
            SET \((updates + ["source_id = excluded.source_id"]).joined(separator: ", "))
            WHERE \(table).source_id <> excluded.source_id
            RETURNING created_source_id
            """
    }

    static let account = make(
        table: "accounts",
        columns: [
            "id", "name", "customer_since", "segment", "region", "owner", "reference_customer",
            "knows_whom_to_contact", "in_house_integrations",
        ],
        key: ["id"])

    static let product = make(
        table: "catalogue", columns: ["product", "latest_major_version", "released_on"], key: ["product"])

    static let installBaseItem = make(
        table: "install_base",
        columns: ["account_id", "product", "major_version", "licences_owned", "licences_in_use", "unit_price"],
        key: ["account_id", "product"])

    static let integration = make(
        table: "integrations", columns: ["account_id", "name", "status"], key: ["account_id", "name"])

    static let enhancement = make(
        table: "enhancements",
        columns: ["account_id", "request_id", "submitted_on", "submitted_year", "delivered_on", "delivered_year"],
        key: ["account_id", "request_id"])

    static let participation = make(
        table: "participation", columns: ["account_id", "day", "kind", "year"], key: ["account_id", "day", "kind"])

    static let programme = make(
        table: "programmes", columns: ["account_id", "programme", "started_on", "ended_on"],
        key: ["account_id", "programme", "started_on"])

    static let sales = make(
        table: "sales", columns: ["account_id", "year", "quarter", "kind", "planned", "achieved"],
        key: ["account_id", "year", "quarter", "kind"])

    static let upsell = make(
        table: "upsells", columns: ["account_id", "day", "kind", "amount", "year"], key: ["account_id", "day", "kind"])

    static let supportCase = make(
        table: "cases",
        columns: [
            "id", "account_id", "product", "severity", "opened_at", "opened_at_offset", "opened_on", "opened_year",
            "first_contact_at", "first_contact_at_offset", "restored_at", "restored_at_offset", "closed_at",
            "closed_at_offset", "rca_done", "reopenings",
        ],
        key: ["id"])
}
