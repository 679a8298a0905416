import TendCore

/// The vendor's product catalogue in the demo portfolio.
///
/// A few established products have a latest major version released years before the first scored year.
/// From the year before the first scored year on, one or two products come out each year in the repeating
/// pattern 1, 1, 2. A product counts as new in its release year and the year after, so two or three
/// products are new in every scored year.
struct DemoCatalogue {
    struct Product {
        var name: String
        var latestMajorVersion: Int
        var releasedOn: Day
        /// The list price of one licence for one year, in cents.
        var listPriceCents: Int64
    }

    static let establishedCount = 4

    let products: [Product]
    /// Indexes into `products` of the established products.
    let established: Range<Int>
    /// Indexes into `products` of the products released from the year before the first scored year on.
    let recent: Range<Int>

    init(seed: UInt64, firstYear: Int, lastYear: Int) {
        var random = DemoRandom(seed: seed, stream: .max)
        var products: [Product] = []

        for _ in 0..<DemoCatalogue.establishedCount {
            let year = random.int(in: (firstYear - 7)...(firstYear - 2))
            products.append(
                Product(
                    name: DemoCatalogue.productName(products.count),
                    latestMajorVersion: random.int(in: 4...11),
                    releasedOn: DemoCatalogue.randomDay(in: year, using: &random),
                    listPriceCents: Int64(random.int(in: 6...180)) * 1000))
        }

        for (offset, year) in ((firstYear - 1)...lastYear).enumerated() {
            let releases = offset % 3 == 2 ? 2 : 1
            for _ in 0..<releases {
                products.append(
                    Product(
                        name: DemoCatalogue.productName(products.count),
                        latestMajorVersion: random.int(in: 1...2),
                        releasedOn: DemoCatalogue.randomDay(in: year, using: &random),
                        listPriceCents: Int64(random.int(in: 6...180)) * 1000))
            }
        }

        self.products = products
        established = 0..<DemoCatalogue.establishedCount
        recent = DemoCatalogue.establishedCount..<products.count
    }

    private static func productName(_ index: Int) -> String {
        index < DemoWords.products.count ? DemoWords.products[index] : "Product \(index + 1)"
    }

    static func randomDay(in year: Int, using random: inout DemoRandom) -> Day {
        let first = Day.firstOfYear(year)
        let dayCount = Int(Day.lastOfYear(year).daysSinceEpoch - first.daysSinceEpoch) + 1
        return first.adding(days: random.below(dayCount))
    }

    /// Writes one row per product to `products.csv`.
    func write(to writer: CSVRowWriter) throws(DemoPortfolioError) {
        for product in products {
            writer.text(product.name)
            writer.integer(product.latestMajorVersion)
            writer.day(product.releasedOn)
            try writer.endRow()
        }
    }
}
