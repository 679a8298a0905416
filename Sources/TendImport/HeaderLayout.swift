/// A column the importer reads from a CSV file.
package struct Column: Sendable {
    /// The column's position in its table's list of columns, which is how rows look it up.
    package let index: Int
    package let name: String
    /// Whether the header must name the column and every row must give it a value.
    package let isRequired: Bool
    /// Whether the column contains account ids, which `CSVRowReader.string` checks more strictly. By default, only
    /// the column named `account_id` does.
    package let isAccountID: Bool

    package init(_ index: Int, _ name: String, required isRequired: Bool, accountID isAccountID: Bool? = nil) {
        self.index = index
        self.name = name
        self.isRequired = isRequired
        self.isAccountID = isAccountID ?? (name == "account_id")
    }
}

/// Where the expected columns sit in a file's records, found from its header row.
package struct HeaderLayout: Sendable {
    /// The number of fields of every record.
    package let fieldCount: Int
    /// The header names by field position, with surrounding spaces trimmed.
    package let names: [String]
    /// The field position of each expected column, by `Column.index`; nil for an optional column that is absent.
    package let positions: [Int?]

    /// Matches `header` against `columns`.
    ///
    /// With `rejectsOtherColumns` every header name must be one of `columns` and appear once. Without it, other
    /// names are ignored and may repeat, but each of `columns` must still appear at most once.
    package init(
        header: [String], columns: [Column], rejectsOtherColumns: Bool, file: String, line: Int
    ) throws(ImportError) {
        for (index, column) in columns.enumerated() {
            precondition(column.index == index, "column \(column.name) has index \(column.index), not \(index)")
        }
        let expected = columns.map(\.name)
        if rejectsOtherColumns, let unknown = header.first(where: { !expected.contains($0) }) {
            throw ImportError(
                .unknownColumn, file: file, line: line, column: unknown, message: "unknown column",
                expected: "only the columns " + expected.joined(separator: ", "))
        }
        var positions: [Int?] = []
        for column in columns {
            let matches = header.indices.filter { header[$0] == column.name }
            if matches.count > 1 {
                throw ImportError(
                    .duplicateColumn, file: file, line: line, column: column.name,
                    message: "duplicate column at fields \(matches[0] + 1) and \(matches[1] + 1)",
                    expected: "each column once in the header")
            }
            if matches.isEmpty && column.isRequired {
                throw ImportError(
                    .missingColumn, file: file, line: line, column: column.name, message: "missing column",
                    expected: "the required columns "
                        + columns.filter(\.isRequired).map(\.name).joined(separator: ", "))
            }
            positions.append(matches.first)
        }
        self.fieldCount = header.count
        self.names = header
        self.positions = positions
    }
}
