import Testing

@testable import TendCore

@Suite("Rational")
struct RationalTests {
    @Test("reduces to lowest terms with a positive denominator")
    func reduces() {
        let value = Rational(6, -8)
        #expect(value.numerator == -3)
        #expect(value.denominator == 4)
        #expect(Rational(0, 5) == .zero)
    }

    @Test("arithmetic is exact")
    func arithmetic() {
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6))
        #expect(Rational(2, 3) * Rational(3, 4) == Rational(1, 2))
        #expect(Rational(45, 2) / Rational(30) * Rational(10) == Rational(15, 2))
        #expect(Rational(1, 10) + Rational(2, 10) == Rational(3, 10))
    }

    @Test("large values with unlike denominators stay exact")
    func largeValues() {
        // Hours in milliseconds over 3,600,000 plus money squared in ten-thousandths: the least common multiple of
        // the denominators keeps the sum within 128 bits, where cross-multiplying would not.
        let hours = Rational(493_672_000, 3_600_000)
        let labour = Rational(8_999_999_999_999_999, 10_000) * Rational(8_999_999_999_999_999, 10_000)
        let sum = hours + labour
        #expect(sum - labour == hours)
        #expect(labour / labour == .one)
        #expect(Rational(3, 4) * Rational(8, 9) == Rational(2, 3))
    }

    @Test("compares exactly")
    func compares() {
        #expect(Rational(1, 3) < Rational(334, 1000))
        #expect(!(Rational(15, 2) < Rational(75, 10)))
        #expect(Rational.min(Rational(7, 5), .one) == .one)
    }

    @Test(
        "formats half away from zero",
        arguments: [
            (Rational(3, 4), 1, "0.8"), (Rational(149, 20), 1, "7.5"), (Rational(1, 3), 2, "0.33"),
            (Rational(-1, 4), 1, "-0.3"), (Rational(5), 1, "5.0"), (Rational(1, 200), 2, "0.01"),
            (Rational(7), 0, "7"), (Rational(-1, 100), 1, "0.0"),
        ])
    func formats(value: Rational, places: Int, expected: String) {
        #expect(value.formatted(places: places) == expected)
    }

    @Test("describes whole numbers and fractions")
    func describes() {
        #expect(Rational(4).description == "4")
        #expect(Rational(2, 6).description == "1/3")
    }
}

@Suite("Day")
struct DayTests {
    @Test("parses ISO dates", arguments: [("1970-01-01", 0), ("2012-10-09", 15622), ("2000-02-29", 11016)])
    func parses(text: String, days: Int32) {
        #expect(Day(iso: text)?.daysSinceEpoch == days)
        #expect(Day(iso: text)?.description == text)
    }

    @Test(
        "rejects invalid dates",
        arguments: ["2013-02-29", "2100-02-29", "2013-13-01", "2013-00-10", "2013-04-31", "13-04-01", "2013/04/01", ""]
    )
    func rejects(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("round-trips components across four centuries")
    func roundTrips() {
        var day = Day(year: 1900, month: 1, day: 1)!
        let end = Day(year: 2300, month: 1, day: 1)!
        while day < end {
            let (year, month, dayOfMonth) = day.components
            #expect(Day(year: year, month: month, day: dayOfMonth) == day)
            day = day.adding(days: 1)
        }
    }
}

@Suite("Money")
struct MoneyTests {
    @Test(
        "parses decimals",
        arguments: [("1250", 12_500_000), ("-3.5", -35_000), ("0.1234", 1234), ("+7.", 70_000), (".5", 5000)])
    func parses(text: String, units: Int128) {
        #expect(Money(decimal: text)?.units == units)
    }

    @Test("computed amounts read back beyond the entered limit")
    func computedLimit() {
        #expect(Money(decimal: "899999999999999900.0000") == nil)
        let value = Money(decimal: "899999999999999900.0000", wholeLimit: Money.computedLimit)
        #expect(value?.units == 8_999_999_999_999_999_000_000)
    }

    @Test("rejects other text", arguments: ["", "-", "1.23456", "1,000", "1e3", "12a", "1.2.3", "9999999999999"])
    func rejects(text: String) {
        #expect(Money(decimal: text) == nil)
    }

    @Test("describes with two decimals")
    func describes() {
        #expect(Money(decimal: "1234.5")!.description == "1234.50")
        #expect(Money(decimal: "0.005")!.description == "0.01")
    }
}

@Suite("Timestamp")
struct TimestampTests {
    @Test("keeps the local date of its offset")
    func localDate() {
        // 2013-01-01T03:30:00Z written as 2012-12-31T22:30:00-05:00.
        let instant = Int64(Day(iso: "2013-01-01")!.daysSinceEpoch) * 86_400_000 + 3 * 3_600_000 + 30 * 60_000
        let stamp = Timestamp(millisecondsSinceEpoch: instant, utcOffsetSeconds: -5 * 3600)
        #expect(stamp.localDay == Day(iso: "2012-12-31"))
        #expect(stamp.description == "2012-12-31T22:30:00-05:00")
        #expect(Timestamp(millisecondsSinceEpoch: instant, utcOffsetSeconds: 0).description == "2013-01-01T03:30:00Z")
    }

    @Test("measures seconds between instants")
    func seconds() {
        let start = Timestamp(millisecondsSinceEpoch: 1_000, utcOffsetSeconds: 3600)
        let end = Timestamp(millisecondsSinceEpoch: 91_500, utcOffsetSeconds: 0)
        #expect(start.seconds(until: end) == Rational(181, 2))
    }

    @Test("dates before 1970 round down")
    func beforeEpoch() {
        let stamp = Timestamp(millisecondsSinceEpoch: -1, utcOffsetSeconds: 0)
        #expect(stamp.localDay == Day(iso: "1969-12-31"))
    }
}

@Suite("Quarter")
struct QuarterTests {
    @Test("parses YYYY-QN")
    func parses() {
        #expect(Quarter(text: "2013-Q2") == Quarter(year: 2013, number: 2))
        #expect(Quarter(text: "2013-q4")?.description == "2013-Q4")
        #expect(Quarter(text: "2013-Q5") == nil)
        #expect(Quarter(text: "2013-Q0") == nil)
        #expect(Quarter(text: "2013Q1") == nil)
    }
}

@Suite("Data kind")
struct DataKindTests {
    @Test("case index is the position in allCases")
    func caseIndex() {
        #expect(DataKind.allCases.map(\.caseIndex) == Array(0..<10))
        #expect(DataKind.installBase.caseIndex == 2)
        #expect(DataKind.cases.caseIndex == 9)
    }
}
