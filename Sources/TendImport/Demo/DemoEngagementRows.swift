import TendCore

/// Enhancement requests, participation and programme memberships of a demo account.
extension DemoAccountWriter {
    private static let requestIDPrefix = Array("ER-".utf8)

    /// Writes enhancement requests submitted in each scored year. The share delivered follows the year's
    /// quality, and a request whose delivery would fall after the last scored year stays undelivered.
    func writeEnhancements(random: inout DemoRandom) throws(DemoPortfolioError) {
        let meanPerYear: Double
        switch account.segment {
        case .enterprise: meanPerYear = 3
        case .midMarket: meanPerYear = 1.5
        case .commercial: meanPerYear = 0.6
        }
        let lastDay = Day.lastOfYear(lastYear)
        var requestNumber = 0
        for year in firstYear...lastYear {
            guard let firstDay = account.firstActiveDay(in: year) else { continue }
            let dayCount = Int(Day.lastOfYear(year).daysSinceEpoch - firstDay.daysSinceEpoch) + 1
            let quality = account.quality(in: year)
            for _ in 0..<random.count(around: meanPerYear) {
                requestNumber += 1
                let submittedOn = firstDay.adding(days: random.below(dayCount))
                var deliveredOn: Day? = nil
                if random.chance(quality) {
                    let day = submittedOn.adding(days: random.int(in: 20...240))
                    if day <= lastDay { deliveredOn = day }
                }

                let writer = files.enhancements
                writer.plain(accountID)
                writer.identifier(DemoAccountWriter.requestIDPrefix, requestNumber, width: 4)
                writer.day(submittedOn)
                if let deliveredOn { writer.day(deliveredOn) } else { writer.empty() }
                try writer.endRow()
            }
        }
    }

    /// Writes online and event participation: a few online dates and fewer events a year, in distinct months
    /// so that no date and kind repeats.
    func writeParticipation(random: inout DemoRandom) throws(DemoPortfolioError) {
        for year in firstYear...lastYear {
            guard let firstDay = account.firstActiveDay(in: year) else { continue }
            let quality = account.quality(in: year)
            if random.chance(quality + 0.12) {
                try writeParticipationDates(
                    .online, count: random.int(in: 1...4), year: year, after: firstDay, random: &random)
            }
            if random.chance(quality - 0.08) {
                try writeParticipationDates(
                    .event, count: random.int(in: 1...2), year: year, after: firstDay, random: &random)
            }
        }
    }

    private func writeParticipationDates(
        _ kind: ParticipationKind, count: Int, year: Int, after firstDay: Day, random: inout DemoRandom
    ) throws(DemoPortfolioError) {
        let monthsEach = 12 / count
        for slot in 0..<count {
            let month = slot * monthsEach + random.below(monthsEach) + 1
            let date = Day(year: year, month: month, day: random.int(in: 1...28))!  // Every month has 28 days.
            guard date >= firstDay else { continue }

            let writer = files.participation
            writer.plain(accountID)
            writer.day(date)
            writer.text(kind.rawValue)
            try writer.endRow()
        }
    }

    /// Writes programme memberships from the year before the first scored year on.
    ///
    /// Each programme may get a run of spells lasting 90 to 720 days. A spell that would end after the last
    /// scored year has no end date.
    func writeProgrammes(random: inout DemoRandom) throws(DemoPortfolioError) {
        let quality = account.quality(in: lastYear)
        let rangeStart = max(account.customerSince, Day.firstOfYear(firstYear - 1))
        let rangeEnd = Day.lastOfYear(lastYear)
        for programme in DemoWords.programmes {
            var cursor = rangeStart
            var joins = random.chance(quality * 0.5)
            while joins {
                let startedOn = cursor.adding(days: random.below(540))
                guard startedOn <= rangeEnd else { break }
                let end = startedOn.adding(days: random.int(in: 90...720))
                let endedOn = end <= rangeEnd ? end : nil

                let writer = files.programmes
                writer.plain(accountID)
                writer.text(programme)
                writer.day(startedOn)
                if let endedOn { writer.day(endedOn) } else { writer.empty() }
                try writer.endRow()

                guard endedOn != nil else { break }
                cursor = end.adding(days: 30)
                joins = random.chance(quality * 0.6)
            }
        }
    }
}
