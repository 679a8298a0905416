/// The figures that the return on support service (ROSS) compares, for two periods of equal length: one before
/// the support service started and one after.
public struct ROSSInputs: Sendable, Hashable {
    /// Hours of service downtime in the period before, such as `SeverityOneDowntime.hours`.
    public var downtimeHoursBefore: Rational
    /// Hours of service downtime in the period after.
    public var downtimeHoursAfter: Rational
    /// The customer's cost of one hour of downtime.
    public var costPerDowntimeHour: Money
    /// Direct service sales in the period before.
    public var serviceSalesBefore: Money
    /// Direct service sales in the period after.
    public var serviceSalesAfter: Money
    /// Man-hours the service saved in restoring and optimising, in the period after.
    public var manHoursSaved: Rational
    /// The cost of one man-hour.
    public var manHourRate: Money
    /// The price of the support service for one period.
    public var servicePrice: Money
    /// The length of each period in months.
    public var periodMonths: Int

    public init(
        downtimeHoursBefore: Rational, downtimeHoursAfter: Rational, costPerDowntimeHour: Money,
        serviceSalesBefore: Money, serviceSalesAfter: Money, manHoursSaved: Rational, manHourRate: Money,
        servicePrice: Money, periodMonths: Int
    ) {
        self.downtimeHoursBefore = downtimeHoursBefore
        self.downtimeHoursAfter = downtimeHoursAfter
        self.costPerDowntimeHour = costPerDowntimeHour
        self.serviceSalesBefore = serviceSalesBefore
        self.serviceSalesAfter = serviceSalesAfter
        self.manHoursSaved = manHoursSaved
        self.manHourRate = manHourRate
        self.servicePrice = servicePrice
        self.periodMonths = periodMonths
    }
}

/// The return on support service (ROSS) and its payback period, exactly, with amounts in currency units.
public struct ReturnOnSupportService: Sendable, Hashable {
    /// Downtime cost before less downtime cost after: `(downtimeHoursBefore − downtimeHoursAfter) × costPerDowntimeHour`.
    public let downtimeSaving: Rational
    /// `serviceSalesAfter − serviceSalesBefore`.
    public let salesGrowth: Rational
    /// `manHoursSaved × manHourRate`.
    public let labourSaving: Rational
    /// `downtimeSaving + salesGrowth + labourSaving`; negative when the service cost the customer more than before.
    public let returnValue: Rational
    /// `returnValue / servicePrice`, the return per unit of price.
    public let ross: Rational
    /// Months until the monthly return pays the price, `servicePrice / (returnValue / periodMonths)`; nil, meaning
    /// never, when the return is zero or negative.
    public let paybackMonths: Rational?

    /// - Throws: `invalidROSSInput` when the price or the number of months is not positive, or when an hour count,
    ///   a cost, a rate or a sales figure is negative.
    public init(_ inputs: ROSSInputs) throws(SupportMetricsError) {
        try ReturnOnSupportService.validate(inputs)
        let hourCost = inputs.costPerDowntimeHour.rational
        downtimeSaving = (inputs.downtimeHoursBefore - inputs.downtimeHoursAfter) * hourCost
        salesGrowth = inputs.serviceSalesAfter.rational - inputs.serviceSalesBefore.rational
        labourSaving = inputs.manHoursSaved * inputs.manHourRate.rational
        returnValue = downtimeSaving + salesGrowth + labourSaving

        let price = inputs.servicePrice.rational
        ross = returnValue / price
        paybackMonths =
            Rational.zero < returnValue ? price / (returnValue / Rational(inputs.periodMonths)) : nil
    }

    private static func validate(_ inputs: ROSSInputs) throws(SupportMetricsError) {
        guard inputs.servicePrice > .zero else {
            throw SupportMetricsError(
                .invalidROSSInput, "invalid service price \(inputs.servicePrice); expected a positive amount")
        }
        guard inputs.periodMonths > 0 else {
            throw SupportMetricsError(
                .invalidROSSInput, "invalid period of \(inputs.periodMonths) months; expected at least 1 month")
        }
        let hours = [
            ("downtime hours before", inputs.downtimeHoursBefore), ("downtime hours after", inputs.downtimeHoursAfter),
            ("man-hours saved", inputs.manHoursSaved),
        ]
        for (name, value) in hours where value < .zero {
            throw SupportMetricsError(.invalidROSSInput, "invalid \(name) \(value); expected zero or more hours")
        }
        let amounts = [
            ("cost per downtime hour", inputs.costPerDowntimeHour), ("service sales before", inputs.serviceSalesBefore),
            ("service sales after", inputs.serviceSalesAfter), ("man-hour rate", inputs.manHourRate),
        ]
        for (name, value) in amounts where value < .zero {
            throw SupportMetricsError(.invalidROSSInput, "invalid \(name) \(value); expected zero or more")
        }
    }
}
