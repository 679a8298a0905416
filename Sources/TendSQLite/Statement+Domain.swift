import TendCore

/// Binding and reading the domain's value types in the column formats the schema describes.
extension Statement {
    func bind(_ day: Day?, at index: Int32) throws {
        try bind(day.map { Int64($0.daysSinceEpoch) }, at: index)
    }

    /// Binds an amount as 64-bit ten-thousandths; amounts stored are single imported values, which always fit.
    func bind(_ money: Money, at index: Int32) throws {
        guard let units = Int64(exactly: money.units) else {
            throw SQLiteStoreError(
                .invalidStoredValue, "the amount \(money) is too large to store; amounts must stay below 900 billion")
        }
        try bind(units, at: index)
    }

    func bind(_ flag: Bool?, at index: Int32) throws {
        try bind(flag.map { Int64($0 ? 1 : 0) }, at: index)
    }

    /// Binds the milliseconds at `index` and the UTC offset at `index + 1`.
    func bind(_ timestamp: Timestamp?, at index: Int32) throws {
        try bind(timestamp?.millisecondsSinceEpoch, at: index)
        try bind(timestamp.map { Int64($0.utcOffsetSeconds) }, at: index + 1)
    }

    func day(at column: Int32) throws -> Day {
        Day(daysSinceEpoch: try int32(at: column))
    }

    func optionalDay(at column: Int32) throws -> Day? {
        isNull(at: column) ? nil : try day(at: column)
    }

    func money(at column: Int32) -> Money {
        Money(units: Int128(int64(at: column)))
    }

    func optionalBool(at column: Int32) -> Bool? {
        isNull(at: column) ? nil : int64(at: column) != 0
    }

    /// Reads the milliseconds at `column` and the UTC offset at `column + 1`, or returns nil for NULL milliseconds.
    func optionalTimestamp(at column: Int32) throws -> Timestamp? {
        guard let milliseconds = optionalInt64(at: column) else { return nil }
        return Timestamp(millisecondsSinceEpoch: milliseconds, utcOffsetSeconds: try int32(at: column + 1))
    }

    func timestamp(at column: Int32) throws -> Timestamp {
        guard let timestamp = try optionalTimestamp(at: column) else {
            throw SQLiteStoreError(
                .invalidStoredValue, "column \(column) is NULL but must contain a timestamp in: \(sql)")
        }
        return timestamp
    }

    /// Reads a text column as a value of `type`, failing with the value when it is not one of its cases.
    func enumeration<Value: RawRepresentable<String>>(_ type: Value.Type, at column: Int32) throws -> Value {
        let text = text(at: column)
        guard let value = Value(rawValue: text) else {
            throw SQLiteStoreError(
                .invalidStoredValue, "'\(text)' is not a valid \(Value.self) in column \(column) of: \(sql)")
        }
        return value
    }

    private func int32(at column: Int32) throws -> Int32 {
        let value = int64(at: column)
        guard let narrowed = Int32(exactly: value) else {
            throw SQLiteStoreError(.invalidStoredValue, "\(value) in column \(column) does not fit 32 bits in: \(sql)")
        }
        return narrowed
    }
}
