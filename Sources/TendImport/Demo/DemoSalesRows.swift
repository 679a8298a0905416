import TendCore

/// Quarterly sales plans and upsells of a demo account.
extension DemoAccountWriter {
    /// Writes licence and services plans for every quarter in which the account is a customer.
    ///
    /// Achievement is 1.2 times the year's quality give or take 0.2, kept between 40 % and 130 % of the plan.
    func writeSales(random: inout DemoRandom) throws(DemoPortfolioError) {
        let licenceThousands: ClosedRange<Int>
        switch account.segment {
        case .enterprise: licenceThousands = 40...300
        case .midMarket: licenceThousands = 8...60
        case .commercial: licenceThousands = 2...12
        }
        for year in firstYear...lastYear {
            let quality = account.quality(in: year)
            for quarter in 1...4 {
                let lastDayOfQuarter = quarter == 1 || quarter == 4 ? 31 : 30
                let quarterEnd = Day(year: year, month: quarter * 3, day: lastDayOfQuarter)!  // A valid date.
                guard account.customerSince <= quarterEnd else { continue }
                for kind in SalesKind.allCases {
                    let thousands = random.int(in: licenceThousands)
                    let planned = Int64(kind == .licence ? thousands * 1000 : thousands * 400) * 100
                    let ratio = min(1.3, max(0.4, quality * 1.2 + random.double(-0.2, 0.2)))
                    let achieved = Int64((Double(planned) * ratio).rounded())

                    let writer = files.sales
                    writer.plain(accountID)
                    writer.quarter(year: year, number: quarter)
                    writer.text(kind.rawValue)
                    writer.money(cents: planned)
                    writer.money(cents: achieved)
                    try writer.endRow()
                }
            }
        }
    }

    /// Writes upsells: at most one in each half of a year after the joining year, more likely the better
    /// the year's quality (from 4 % to 95 % of years).
    func writeUpsells(random: inout DemoRandom) throws(DemoPortfolioError) {
        let amountHundreds: ClosedRange<Int>
        switch account.segment {
        case .enterprise: amountHundreds = 200...2500
        case .midMarket: amountHundreds = 50...400
        case .commercial: amountHundreds = 8...80
        }
        for year in firstYear...lastYear where year > account.customerSince.year {
            let quality = account.quality(in: year)
            guard random.chance(min(0.95, max(0.04, (quality - 0.3) * 1.6))) else { continue }
            let halves = random.chance(0.3) ? [1, 7] : [1 + 6 * random.below(2)]
            for firstMonth in halves {
                let month = firstMonth + random.below(6)
                let date = Day(year: year, month: month, day: random.int(in: 1...28))!  // Every month has 28 days.

                let writer = files.upsells
                writer.plain(accountID)
                writer.day(date)
                writer.text(DemoWords.upsellKinds[random.below(DemoWords.upsellKinds.count)])
                writer.money(cents: Int64(random.int(in: amountHundreds)) * 10_000)
                try writer.endRow()
            }
        }
    }
}
