import TendCore

/// The health status a demo account is drawn to reach in the last scored year.
package enum DemoHealthTendency: String, Sendable, CaseIterable {
    case healthy, infected, sick
}

/// A customer segment of the demo portfolio, which sets the size of an account's business with the vendor.
package enum DemoSegment: String, Sendable, CaseIterable {
    case enterprise = "Enterprise"
    case midMarket = "Mid-Market"
    case commercial = "Commercial"
}

/// One account of the demo portfolio with the hidden quality that drives all of its data.
///
/// `quality(in:)` is a fraction from 0 to 1 that each generator uses as the chance of data that earns
/// health score points, so an account's score out of 10 lands near ten times its quality, a little above.
/// Quality in the last year is drawn by tendency: 0.78 to 0.97 for the 46 % of healthy accounts,
/// 0.53 to 0.66 for the 42 % of infected ones and 0.2 to 0.44 for the 12 % of sick ones. Yes-or-no measures
/// worth up to 5 points, the upsell above all, push about a third of infected accounts out of their band,
/// so the statuses come out near 50 % healthy, 33 % infected and 16 % sick.
/// About 30 % of accounts improve by 0.03 to 0.07 a year, 30 % decline by as much and the rest stay level,
/// so statuses move across years.
package struct DemoAccount: Sendable {
    package let index: Int
    package let id: String
    package let name: String
    package let customerSince: Day
    package let segment: DemoSegment
    package let region: String
    /// The UTC offset of the account's support contacts, used for every case timestamp of the account.
    package let utcOffsetSeconds: Int
    package let owner: String
    package let referenceCustomer: Bool
    package let knowsWhomToContact: Bool
    package let inHouseIntegrations: Bool
    package let tendency: DemoHealthTendency
    /// The quality in the last scored year.
    package let finalQuality: Double
    /// The change of quality per year.
    package let qualitySlope: Double
    package let lastYear: Int

    private static let regions: [(String, Int)] = [("EMEA", 35), ("North America", 40), ("APAC", 15), ("LATAM", 10)]
    private static let utcOffsets: [String: [Int]] = [
        "EMEA": [0, 3600, 7200],
        "North America": [-18_000, -21_600, -25_200, -28_800],
        "APAC": [19_800, 28_800, 32_400, 36_000],
        "LATAM": [-10_800, -18_000],
    ]
    private static let segments: [(DemoSegment, Int)] = [(.enterprise, 20), (.midMarket, 35), (.commercial, 45)]
    private static let tendencies: [(DemoHealthTendency, Int)] = [(.healthy, 46), (.infected, 42), (.sick, 12)]

    /// Draws account number `index` (from 0) from `random`, which then goes on to draw the account's rows.
    init(index: Int, idWidth: Int, seed: UInt64, ownerCount: Int, lastYear: Int, random: inout DemoRandom) {
        self.index = index
        self.lastYear = lastYear
        let number = String(index + 1)
        id = "ACC-" + String(repeating: "0", count: max(0, idWidth - number.count)) + number

        let region = random.pick(DemoAccount.regions)
        self.region = region
        let offsets = DemoAccount.utcOffsets[region]!  // Every region of `regions` has offsets.
        utcOffsetSeconds = offsets[random.below(offsets.count)]
        name = DemoAccount.companyName(index: index, seed: seed, region: region, random: &random)

        let joinYear = lastYear - random.below(10)
        customerSince = DemoCatalogue.randomDay(in: joinYear, using: &random)
        segment = random.pick(DemoAccount.segments)
        owner = DemoWords.owners[random.below(ownerCount)]

        tendency = random.pick(DemoAccount.tendencies)
        switch tendency {
        case .healthy: finalQuality = random.double(0.78, 0.97)
        case .infected: finalQuality = random.double(0.53, 0.66)
        case .sick: finalQuality = random.double(0.2, 0.44)
        }
        let trend = random.below(10)
        if trend < 3 {
            qualitySlope = random.double(0.03, 0.07)
        } else if trend < 6 {
            qualitySlope = -random.double(0.03, 0.07)
        } else {
            qualitySlope = random.double(-0.01, 0.01)
        }

        referenceCustomer = random.chance(finalQuality * finalQuality)
        knowsWhomToContact = random.chance(finalQuality + 0.15)
        inHouseIntegrations = random.chance(finalQuality)
    }

    /// Builds a company name such as "Northwind Logistics GmbH".
    ///
    /// The prefix and industry come from a permutation of the index, so the first 3,072 accounts (the number
    /// of prefix and industry pairs) all differ in them. Larger portfolios repeat pairs.
    private static func companyName(index: Int, seed: UInt64, region: String, random: inout DemoRandom) -> String {
        let prefixes = DemoWords.namePrefixes
        let industries = DemoWords.nameIndustries
        let pairCount = prefixes.count * industries.count
        // 1_237 is prime and not a factor of the pair count, so index * 1_237 visits every pair before repeating.
        let pair = (index * 1_237 + Int(seed % UInt64(pairCount))) % pairCount
        let suffixes = DemoWords.legalSuffixes[region]!  // Every region of `regions` has suffixes.
        let suffix = suffixes[random.below(suffixes.count)]
        return prefixes[pair / industries.count] + " " + industries[pair % industries.count] + suffix
    }

    /// Returns the hidden quality in `year`, from 0.1 to 0.98.
    package func quality(in year: Int) -> Double {
        let value = finalQuality - qualitySlope * Double(lastYear - year)
        return min(0.98, max(0.1, value))
    }

    /// Returns the first day of `year` on which the account is a customer, or nil when it joined later.
    func firstActiveDay(in year: Int) -> Day? {
        guard customerSince <= Day.lastOfYear(year) else { return nil }
        return max(customerSince, Day.firstOfYear(year))
    }
}
