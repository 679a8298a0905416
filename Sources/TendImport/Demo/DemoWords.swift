/// Invented words for the demo portfolio: company names, people, products and the like.
///
/// Every name is made up; any likeness to a real company or person is chance.
enum DemoWords {
    /// First words of company names.
    static let namePrefixes = [
        "Northwind", "Brightpath", "Bluestone", "Clearwater", "Silverline", "Redwood", "Summit", "Ironbridge",
        "Greenfield", "Harbor", "Maple", "Oakridge", "Pinecrest", "Riverside", "Stonegate", "Sunrise", "Westlake",
        "Eastgate", "Highland", "Lakeshore", "Meridian", "Horizon", "Keystone", "Crescent", "Evergreen", "Falcon",
        "Granite", "Juniper", "Lighthouse", "Northstar", "Orchard", "Pioneer", "Quarry", "Rainier", "Sapphire",
        "Tidewater", "Unity", "Vantage", "Willow", "Aspen", "Beacon", "Cedar", "Delta", "Emerald", "Foxglove",
        "Golden Gate", "Hawthorn", "Indigo", "Jasper", "Kestrel", "Larkspur", "Monarch", "Nimbus", "Obsidian",
        "Pinnacle", "Quill", "Rosewood", "Sterling", "Thistle", "Upland", "Valley", "Wavecrest", "Zephyr", "Alder",
    ]

    /// Second words of company names, after the industry they suggest.
    static let nameIndustries = [
        "Logistics", "Health", "Manufacturing", "Foods", "Energy", "Insurance", "Bank", "Telecom", "Retail",
        "Pharma", "Motors", "Airlines", "Shipping", "Construction", "Media", "Hotels", "Utilities", "Chemicals",
        "Textiles", "Robotics", "Labs", "Capital", "Freight", "Dairy", "Mining", "Steel", "Paper", "Clinics",
        "Education", "Travel", "Water", "Semiconductors", "Aerospace", "Packaging", "Agritech", "Outfitters",
        "Brewing", "Biotech", "Rail", "Finance", "Distribution", "Engineering", "Software", "Security", "Solar",
        "Fisheries", "Furniture", "Publishing",
    ]

    /// Legal-form suffixes by region; those with a comma make the name a quoted CSV field.
    static let legalSuffixes: [String: [String]] = [
        "EMEA": ["", "", " Ltd", " GmbH", " S.A.", " AG", " plc", " B.V."],
        "North America": ["", "", ", Inc.", " Corp.", " LLC", " Group"],
        "APAC": ["", "", " Pty Ltd", " K.K.", " Pte. Ltd.", " Holdings"],
        "LATAM": ["", "", " S.A.", " Ltda.", " S.A. de C.V.", " Grupo"],
    ]

    /// Customer success managers; the portfolio uses the first 8 to 12.
    static let owners = [
        "Amara Okafor", "Lukas Brenner", "Priya Raman", "Diego Salazar", "Hannah Lindqvist", "Kenji Watanabe",
        "Chloé Marchand", "Samuel Adeyemi", "Ingrid Solberg", "Mateo Herrera", "Aisha Karimi", "Oliver Whitcombe",
    ]

    /// Products of the vendor's catalogue, established ones first; a catalogue longer than the list
    /// continues with numbered names.
    static let products = [
        "Core Ledger", "Payroll", "Procurement Hub", "Field Service", "Document Vault", "Workflow Studio",
        "Insight Analytics", "Customer Portal", "Mobile Workforce", "Integration Gateway", "Forecast AI",
        "Carbon Reporting", "Contract Intelligence", "Spend Guard", "Talent Cloud", "Asset Tracker",
        "Quality Manager", "Supplier Network", "Treasury", "Service Desk", "Planning Board", "Expense Go",
        "Risk Radar", "Data Lake Connector",
    ]

    /// Kinds of integration between a customer's systems and the vendor's products.
    static let integrations = [
        "CRM sync", "ERP connector", "Single sign-on", "Data warehouse export", "HR system feed",
        "Billing gateway", "Ticketing bridge", "Webhook events",
    ]

    /// Special programmes for customers.
    static let programmes = ["Beta testing", "Customer advisory board", "Design sessions"]

    /// Kinds of upsell.
    static let upsellKinds = ["licence", "cloud", "services"]
}
