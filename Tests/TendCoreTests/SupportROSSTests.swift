import Testing

@testable import TendCore

@Suite("Return on support service")
struct SupportROSSTests {
    typealias F = SupportFixtures

    static func inputs(
        before: Rational = Rational(120), after: Rational = Rational(45), price: Money = Money(whole: 60_000),
        months: Int = 12
    ) -> ROSSInputs {
        ROSSInputs(
            downtimeHoursBefore: before, downtimeHoursAfter: after, costPerDowntimeHour: Money(whole: 1500),
            serviceSalesBefore: Money(whole: 20_000), serviceSalesAfter: Money(whole: 32_000),
            manHoursSaved: Rational(300), manHourRate: Money(whole: 85), servicePrice: price, periodMonths: months)
    }

    @Test("computes the return, ROSS and payback")
    func positiveReturn() throws {
        let result = try ReturnOnSupportService(Self.inputs())
        // (120 − 45) × 1500 = 112,500; 32,000 − 20,000 = 12,000; 300 × 85 = 25,500.
        #expect(result.downtimeSaving == Rational(112_500))
        #expect(result.salesGrowth == Rational(12_000))
        #expect(result.labourSaving == Rational(25_500))
        #expect(result.returnValue == Rational(150_000))
        // 150,000 / 60,000 and 60,000 / (150,000 / 12).
        #expect(result.ross == Rational(5, 2))
        #expect(result.paybackMonths == Rational(24, 5))
    }

    @Test("returns no payback for a negative return")
    func negativeReturn() throws {
        let inputs = ROSSInputs(
            downtimeHoursBefore: Rational(21, 2), downtimeHoursAfter: Rational(49, 4),
            costPerDowntimeHour: Money(decimal: "200.50")!, serviceSalesBefore: Money(whole: 1000),
            serviceSalesAfter: Money(whole: 900), manHoursSaved: Rational(5, 2), manHourRate: Money(whole: 40),
            servicePrice: Money(whole: 5000), periodMonths: 6)
        let result = try ReturnOnSupportService(inputs)
        // −1.75 × 200.50 = −350.875; −100; 2.5 × 40 = 100.
        #expect(result.downtimeSaving == Rational(-2807, 8))
        #expect(result.returnValue == Rational(-2807, 8))
        #expect(result.ross == Rational(-2807, 40_000))
        #expect(result.paybackMonths == nil)
    }

    @Test("returns no payback for a zero return")
    func zeroReturn() throws {
        let inputs = ROSSInputs(
            downtimeHoursBefore: Rational(10), downtimeHoursAfter: Rational(10), costPerDowntimeHour: Money(whole: 100),
            serviceSalesBefore: Money(whole: 500), serviceSalesAfter: Money(whole: 500), manHoursSaved: .zero,
            manHourRate: Money(whole: 40), servicePrice: Money(whole: 1000), periodMonths: 3)
        let result = try ReturnOnSupportService(inputs)
        #expect(result.returnValue == .zero)
        #expect(result.ross == .zero)
        #expect(result.paybackMonths == nil)
    }

    @Test("rejects a price, period or hour count out of range")
    func invalidInputs() {
        let cases = [
            Self.inputs(price: .zero), Self.inputs(months: 0), Self.inputs(before: Rational(-1)),
            Self.inputs(after: Rational(-1, 2)),
        ]
        for inputs in cases {
            let error = #expect(throws: SupportMetricsError.self) { try ReturnOnSupportService(inputs) }
            #expect(error?.code == .invalidROSSInput)
        }
        var negativeSales = Self.inputs()
        negativeSales.serviceSalesBefore = Money(whole: -1)
        let error = #expect(throws: SupportMetricsError.self) { try ReturnOnSupportService(negativeSales) }
        #expect(error?.message == "invalid service sales before -1.00; expected zero or more")
    }

    @Test("sums severity 1 downtime in a period")
    func severityOneDowntime() throws {
        let period = try SupportPeriod(from: F.time(2013, 1, 1, 0), to: F.time(2013, 7, 1, 0))
        let cases = [
            F.supportCase("S1", severity: 1, opened: F.time(2013, 2, 1, 8), restored: F.time(2013, 2, 1, 10, 30)),
            F.supportCase("S2", severity: 1, opened: F.time(2013, 6, 30, 22), restored: F.time(2013, 7, 1, 2)),
            F.supportCase("S3", severity: 1, opened: F.time(2013, 3, 1, 8)),
            F.supportCase("S4", severity: 1, opened: F.time(2013, 3, 2, 8), restored: F.time(2013, 3, 2, 7)),
            F.supportCase("S5", severity: 2, opened: F.time(2013, 3, 3, 8), restored: F.time(2013, 3, 3, 20)),
            F.supportCase("S6", severity: 1, opened: F.time(2012, 12, 31, 23), restored: F.time(2013, 1, 1, 5)),
        ]
        let downtime = SeverityOneDowntime(cases: cases, period: period)
        // 2.5 hours for S1 and 4 hours for S2, whose restore is after the period.
        #expect(downtime.hours == Rational(13, 2))
        #expect(downtime.countedCaseIDs == ["S1", "S2"])
        #expect(downtime.unrestoredCaseIDs == ["S3"])
        #expect(downtime.outOfOrderCaseIDs == ["S4"])
    }
}
