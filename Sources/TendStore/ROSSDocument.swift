import TendCore

/// The JSON form of a ROSS calculation: amounts with two decimals, ROSS with four, and exact fractions beside them.
public struct ROSSDocument: Encodable, Sendable {
    public let downtimeHoursBefore: String
    public let downtimeHoursAfter: String
    public let downtimeSaving: String
    public let salesGrowth: String
    public let labourSaving: String
    public let returnValue: String
    public let price: String
    public let ross: String
    public let rossExact: String
    @EncodesNull public var paybackMonths: String?
    @EncodesNull public var paybackMonthsExact: String?
    public let periodMonths: Int

    public init(_ calculation: ROSSCalculation) {
        let result = calculation.result
        downtimeHoursBefore = calculation.inputs.downtimeHoursBefore.formatted(places: 2)
        downtimeHoursAfter = calculation.inputs.downtimeHoursAfter.formatted(places: 2)
        downtimeSaving = result.downtimeSaving.formatted(places: 2)
        salesGrowth = result.salesGrowth.formatted(places: 2)
        labourSaving = result.labourSaving.formatted(places: 2)
        returnValue = result.returnValue.formatted(places: 2)
        price = calculation.inputs.servicePrice.description
        ross = result.ross.formatted(places: 4)
        rossExact = result.ross.description
        paybackMonths = result.paybackMonths?.formatted(places: 2)
        paybackMonthsExact = result.paybackMonths?.description
        periodMonths = calculation.inputs.periodMonths
    }

    enum CodingKeys: String, CodingKey {
        case downtimeHoursBefore = "downtime_hours_before"
        case downtimeHoursAfter = "downtime_hours_after"
        case downtimeSaving = "downtime_saving"
        case salesGrowth = "sales_growth"
        case labourSaving = "labour_saving"
        case returnValue = "return_value"
        case price, ross
        case rossExact = "ross_exact"
        case paybackMonths = "payback_months"
        case paybackMonthsExact = "payback_months_exact"
        case periodMonths = "period_months"
    }

}
