import TendCore

/// Support cases of a demo account.
extension DemoAccountWriter {
    /// Cases a year for an account of average quality that is a customer all year.
    static func meanCasesPerYear(_ segment: DemoSegment) -> Double {
        switch segment {
        case .enterprise: return 38
        case .midMarket: return 14.5
        case .commercial: return 6
        }
    }

    private static let caseIDPrefix = Array("CS-".utf8)

    /// Writes the support cases of every scored year, numbering them from `nextCaseNumber`.
    ///
    /// Troubled accounts open more cases, and more of them at severity 1: the chance is
    /// 0.01 + 0.15 × (1 − quality)², about 1.3 % at quality 0.85 and 7 % at 0.35.
    /// Cases opened in the last weeks of the last scored year may still be open. A case names a product released
    /// on or before the day it opened, or the earliest released of the account's products when none was.
    func writeCases(
        products: [(name: String, releasedOn: Day)], nextCaseNumber: inout Int, caseIDWidth: Int,
        random: inout DemoRandom
    ) throws(DemoPortfolioError) {
        let lastDay = Day.lastOfYear(lastYear)
        for year in firstYear...lastYear {
            guard let firstDay = account.firstActiveDay(in: year) else { continue }
            let dayCount = Int(Day.lastOfYear(year).daysSinceEpoch - firstDay.daysSinceEpoch) + 1
            let quality = account.quality(in: year)
            let severity1Chance = 0.01 + 0.15 * (1 - quality) * (1 - quality)
            let mean =
                DemoAccountWriter.meanCasesPerYear(account.segment) * (1.4 - 0.5 * quality) * Double(dayCount) / 365

            for _ in 0..<random.count(around: mean) {
                let openedDay = firstDay.adding(days: random.below(dayCount))
                let roll = random.unit()
                let severity: Int
                if roll < severity1Chance {
                    severity = 1
                } else if roll < severity1Chance + 0.14 {
                    severity = 2
                } else if roll < severity1Chance + 0.56 {
                    severity = 3
                } else {
                    severity = 4
                }
                let daysBeforeEnd = Int(lastDay.daysSinceEpoch - openedDay.daysSinceEpoch)
                var openChance = 0.01
                if daysBeforeEnd < 30 {
                    openChance = 0.6
                } else if daysBeforeEnd < 120 {
                    openChance = 0.12
                }
                let isOpen = year == lastYear && random.chance(openChance)

                let released = products.filter { $0.releasedOn <= openedDay }
                // The install base always has a product, so `min` finds one.
                let candidates = released.isEmpty ? [products.min { $0.releasedOn < $1.releasedOn }!] : released
                let product = candidates[random.below(candidates.count)].name
                try writeCase(
                    number: nextCaseNumber, width: caseIDWidth, product: product, severity: severity,
                    openedDay: openedDay, isOpen: isOpen, random: &random)
                nextCaseNumber += 1
            }
        }
    }

    /// Writes one case with milestones drawn for its severity. First contact comes within minutes for
    /// severity 1 and up to three days for severity 4. Service is restored hours to a month later, and the
    /// case closes up to two weeks after that. An open case has no close and, more often than not, no restore.
    private func writeCase(
        number: Int, width: Int, product: String, severity: Int, openedDay: Day, isOpen: Bool,
        random: inout DemoRandom
    ) throws(DemoPortfolioError) {
        // 90 % of cases open in local working hours, 07:00 to 19:00.
        let secondOfDay = random.chance(0.9) ? random.int(in: 25_200...68_399) : random.below(86_400)
        let offset = account.utcOffsetSeconds
        let openedAt = Int64(openedDay.daysSinceEpoch) * 86_400 + Int64(secondOfDay) - Int64(offset)

        let contactDelay: ClosedRange<Int>
        let restoreDelay: ClosedRange<Int>
        let rcaChance: Double
        switch severity {
        case 1: (contactDelay, restoreDelay, rcaChance) = (300...3_600, 1_800...43_200, 0.9)
        case 2: (contactDelay, restoreDelay, rcaChance) = (900...14_400, 14_400...259_200, 0.6)
        case 3: (contactDelay, restoreDelay, rcaChance) = (3_600...86_400, 86_400...864_000, 0.05)
        default: (contactDelay, restoreDelay, rcaChance) = (7_200...259_200, 172_800...2_592_000, 0.01)
        }
        let firstContactAt = openedAt + Int64(random.int(in: contactDelay))
        let restoredAt = firstContactAt + Int64(random.int(in: restoreDelay))
        let closedAt = restoredAt + Int64(random.int(in: 3_600...1_209_600))
        let isRestored = !isOpen || random.chance(0.4)

        let writer = files.cases
        writer.identifier(DemoAccountWriter.caseIDPrefix, number, width: width)
        writer.plain(accountID)
        writer.text(product)
        writer.integer(severity)
        writer.timestamp(secondsSinceEpoch: openedAt, utcOffsetSeconds: offset)
        writer.timestamp(secondsSinceEpoch: firstContactAt, utcOffsetSeconds: offset)
        if isRestored {
            writer.timestamp(secondsSinceEpoch: restoredAt, utcOffsetSeconds: offset)
        } else {
            writer.empty()
        }
        if isOpen {
            writer.empty()
            writer.boolean(false)
        } else {
            writer.timestamp(secondsSinceEpoch: closedAt, utcOffsetSeconds: offset)
            writer.boolean(random.chance(rcaChance))
        }
        try writer.endRow()
    }
}
