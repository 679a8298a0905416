import TendCore

/// Writes the rows of one demo account to the portfolio's files, drawing every value from the account's
/// own random stream in a fixed order.
struct DemoAccountWriter {
    let account: DemoAccount
    let catalogue: DemoCatalogue
    let files: DemoFiles
    let firstYear: Int
    let lastYear: Int
    /// The account ID as UTF-8, written at the start of most rows.
    let accountID: [UInt8]

    init(account: DemoAccount, catalogue: DemoCatalogue, files: DemoFiles, firstYear: Int, lastYear: Int) {
        self.account = account
        self.catalogue = catalogue
        self.files = files
        self.firstYear = firstYear
        self.lastYear = lastYear
        accountID = Array(account.id.utf8)
    }

    /// Writes every row of the account, in all ten files but `products.csv`.
    func writeAll(nextCaseNumber: inout Int, caseIDWidth: Int, random: inout DemoRandom) throws(DemoPortfolioError) {
        try writeAccountRow()
        let installedProducts = try writeInstallBase(random: &random)
        try writeIntegrations(random: &random)
        try writeEnhancements(random: &random)
        try writeParticipation(random: &random)
        try writeProgrammes(random: &random)
        try writeSales(random: &random)
        try writeUpsells(random: &random)
        try writeCases(
            products: installedProducts, nextCaseNumber: &nextCaseNumber, caseIDWidth: caseIDWidth, random: &random)
    }

    private func writeAccountRow() throws(DemoPortfolioError) {
        let writer = files.accounts
        writer.plain(accountID)
        writer.text(account.name)
        writer.day(account.customerSince)
        writer.text(account.segment.rawValue)
        writer.text(account.region)
        writer.text(account.owner)
        writer.boolean(account.referenceCustomer)
        writer.boolean(account.knowsWhomToContact)
        writer.boolean(account.inHouseIntegrations)
        try writer.endRow()
    }

    /// Writes the install base and returns the installed products with their release dates, for the support cases.
    ///
    /// About a third of accounts (more of the troubled ones) have shelf-ware: some products with fewer
    /// licences in use than owned, and some with none in use.
    private func writeInstallBase(
        random: inout DemoRandom
    ) throws(DemoPortfolioError) -> [(name: String, releasedOn: Day)] {
        let quality = account.quality(in: lastYear)
        let establishedShare: Double
        let recentShare: Double
        let licenceRange: ClosedRange<Int>
        let discount: ClosedRange<Int>  // Percent of the list price paid.
        switch account.segment {
        case .enterprise: (establishedShare, recentShare, licenceRange, discount) = (0.9, 0.95, 200...3000, 70...85)
        case .midMarket: (establishedShare, recentShare, licenceRange, discount) = (0.7, 0.8, 40...600, 85...95)
        case .commercial: (establishedShare, recentShare, licenceRange, discount) = (0.45, 0.6, 5...120, 95...100)
        }

        var installed: [Int] = []
        for index in catalogue.established where random.chance(establishedShare) { installed.append(index) }
        for index in catalogue.recent where random.chance(quality * recentShare) { installed.append(index) }
        if installed.isEmpty { installed.append(catalogue.established.lowerBound) }

        let hasShelfware = random.chance(1.08 - 1.1 * quality)
        var anyShelfware = false
        for (position, index) in installed.enumerated() {
            let product = catalogue.products[index]
            var version = product.latestMajorVersion
            if version > 1 && !random.chance(quality + 0.1) {
                version = max(1, version - 1 - random.below(2))
            }
            let owned = random.int(in: licenceRange)
            var inUse = owned
            // The last product is made shelf-ware when no other was, so every shelf-ware account has some.
            let isLast = position == installed.count - 1
            if hasShelfware && (random.chance(0.4) || (isLast && !anyShelfware)) {
                anyShelfware = true
                inUse = random.chance(0.2) ? 0 : owned * random.int(in: 50...95) / 100
            }
            let unitPriceCents = product.listPriceCents * Int64(random.int(in: discount)) / 100

            let writer = files.installBase
            writer.plain(accountID)
            writer.text(product.name)
            writer.integer(version)
            writer.integer(owned)
            writer.integer(inUse)
            writer.money(cents: unitPriceCents)
            try writer.endRow()
        }
        return installed.map { (catalogue.products[$0].name, catalogue.products[$0].releasedOn) }
    }

    /// Writes the integrations: mostly working, more often degraded or broken at troubled accounts.
    private func writeIntegrations(random: inout DemoRandom) throws(DemoPortfolioError) {
        let quality = account.quality(in: lastYear)
        let countRange: ClosedRange<Int>
        switch account.segment {
        case .enterprise: countRange = 2...5
        case .midMarket: countRange = 1...3
        case .commercial: countRange = 0...2
        }
        var names = DemoWords.integrations
        for position in 0..<random.int(in: countRange) {
            names.swapAt(position, position + random.below(names.count - position))
            let roll = random.unit()
            let status: IntegrationStatus
            if roll < quality + 0.12 {
                status = .working
            } else if roll < quality + 0.12 + (0.88 - quality) * 0.6 {
                status = .degraded
            } else {
                status = .broken
            }

            let writer = files.integrations
            writer.plain(accountID)
            writer.text(names[position])
            writer.text(status.rawValue)
            try writer.endRow()
        }
    }
}
