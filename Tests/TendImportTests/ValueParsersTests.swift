import TendCore
import Testing

@testable import TendImport

private func parse<Value>(_ text: String, _ parser: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { parser(UnsafeBufferPointer($0)) }
}

@Suite("Value parsers")
struct ValueParsersTests {
    @Test(
        "dates",
        arguments: [
            ("2013-02-28", "2013-02-28"), ("2012-02-29", "2012-02-29"), ("2013-02-29", nil), ("2013-02-30", nil),
            ("2013-13-01", nil), ("2013-1-01", nil), ("2013/01/01", nil), ("", nil), ("2013-01-01 ", nil),
        ])
    func dates(text: String, expected: String?) {
        #expect(parse(text, ValueParsers.day)?.description == expected)
    }

    @Test(
        "booleans in any case",
        arguments: [
            ("yes", true), ("YES", true), ("True", true), ("1", true), ("no", false), ("FALSE", false), ("0", false),
        ])
    func booleans(text: String, expected: Bool) {
        #expect(parse(text, ValueParsers.boolean) == expected)
    }

    @Test("invalid booleans", arguments: ["y", "2", "oui", "yes ", "\u{11}", ""])
    func invalidBooleans(text: String) {
        #expect(parse(text, ValueParsers.boolean) == nil)
    }

    @Test(
        "non-negative integers",
        arguments: [
            ("0", 0), ("42", 42), ("007", 7), ("999999999999999999", 999_999_999_999_999_999),
        ])
    func integers(text: String, expected: Int) {
        #expect(parse(text, ValueParsers.nonNegativeInteger) == expected)
    }

    @Test("invalid integers", arguments: ["-1", "+1", "1.0", "1e3", "1 000", "", "9999999999999999999"])
    func invalidIntegers(text: String) {
        #expect(parse(text, ValueParsers.nonNegativeInteger) == nil)
    }

    @Test("ISO timestamps")
    func isoTimestamps() {
        let plain = parse("2013-04-02T09:30:00", ValueParsers.isoDateTime)
        #expect(
            plain
                == LocalDateTime(
                    year: 2013, month: 4, day: 2, hour: 9, minute: 30, second: 0, millisecond: 0,
                    utcOffsetSeconds: nil))
        #expect(parse("2013-04-02T09:30:00.250Z", ValueParsers.isoDateTime)?.millisecond == 250)
        #expect(parse("2013-04-02T09:30:00.5Z", ValueParsers.isoDateTime)?.millisecond == 500)
        #expect(parse("2013-04-02T09:30:00Z", ValueParsers.isoDateTime)?.utcOffsetSeconds == 0)
        #expect(parse("2013-04-02T09:30:00+02:00", ValueParsers.isoDateTime)?.utcOffsetSeconds == 7200)
        #expect(parse("2013-04-02T09:30:00-05:30", ValueParsers.isoDateTime)?.utcOffsetSeconds == -19800)
    }

    @Test(
        "invalid ISO timestamps",
        arguments: [
            "2013-04-02", "2013-04-02 09:30:00", "2013-04-02T09:30", "2013-04-02T09:30:00.", "2013-04-02T09:30:00.1234",
            "2013-04-02T09:30:00+0200", "2013-04-02T09:30:00+02", "2013-04-02T09:30:00Zx", "2013-04-02T09:30:00 ",
        ])
    func invalidISOTimestamps(text: String) {
        #expect(parse(text, ValueParsers.isoDateTime) == nil)
    }

    @Test(
        "impossible times have no wall-clock seconds",
        arguments: [
            "2013-04-02T24:00:00", "2013-04-02T09:60:00", "2013-04-02T09:30:60", "2013-02-30T09:30:00",
        ])
    func impossibleTimes(text: String) {
        #expect(parse(text, ValueParsers.isoDateTime)?.wallClockSeconds == nil)
    }

    @Test("wall-clock seconds count from 1970 as if UTC")
    func wallClockSeconds() {
        #expect(parse("1970-01-02T01:00:01", ValueParsers.isoDateTime)?.wallClockSeconds == Int64(90_001))
    }
}

@Suite("Money parser")
struct MoneyParserTests {
    @Test(
        "agrees with Money(decimal:) on non-negative amounts",
        arguments: [
            "0", "1250", "0.5", ".5", "5.", "+3.1234", "3.12345", "1,000", "1e3", "", ".", "+", "0099.0100",
            "89999999999.9999", "90000000000", "900000000000", "12a", " 1", "1.2.3",
        ])
    func agreesWithMoney(text: String) {
        #expect(parse(text, ValueParsers.nonNegativeMoney) == Money(decimal: text))
    }

    @Test("rejects negative amounts", arguments: ["-1", "-0.5", "-0"])
    func rejectsNegative(text: String) {
        #expect(parse(text, ValueParsers.nonNegativeMoney) == nil)
    }
}
