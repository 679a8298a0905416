import TendCore
import TendStore

/// A small portfolio whose records sit on and around the boundaries of 2013.
///
/// A1 has records of every kind, A2 has an account row and nothing else, and A3 is known only from
/// `insertAccountIfMissing`. `facts2013` lists what `accountYearFacts(year: 2013)` must return for A1.
enum PortfolioFixture {
    static let accounts = [
        Account(
            id: "A1", name: "Acme", customerSince: nil, segment: "Enterprise", region: "EMEA", owner: "Kim",
            referenceCustomer: true, knowsWhomToContact: true, inHouseIntegrations: false),
        Account(id: "A2", name: "Beta Corp", customerSince: day("2011-07-01"), segment: "SMB"),
    ]

    static let products = [
        CatalogueProduct(product: "Ledger", latestMajorVersion: 7, releasedOn: day("2012-03-01")),
        CatalogueProduct(product: "Atlas", latestMajorVersion: 3, releasedOn: day("2009-10-10")),
    ]

    static let installBase = [
        InstallBaseItem(
            accountID: "A1", product: "Ledger", majorVersion: 6, licencesOwned: 50, licencesInUse: 20,
            unitPrice: money("120.5")),
        InstallBaseItem(
            accountID: "A1", product: "Atlas", majorVersion: 3, licencesOwned: 10, licencesInUse: 10,
            unitPrice: money("0.0001")),
    ]

    static let integrations = [
        Integration(accountID: "A1", name: "ERP", status: .broken),
        Integration(accountID: "A1", name: "CRM", status: .working),
    ]

    static let enhancements = [
        // Delivered in 2013 although submitted in 2012: counts as delivered only.
        EnhancementRequest(
            accountID: "A1", requestID: "E1", submittedOn: day("2012-11-01"), deliveredOn: day("2013-03-01")),
        EnhancementRequest(accountID: "A1", requestID: "E2", submittedOn: day("2013-01-01"), deliveredOn: nil),
        EnhancementRequest(
            accountID: "A1", requestID: "E3", submittedOn: day("2013-12-31"), deliveredOn: day("2014-01-01")),
        EnhancementRequest(
            accountID: "A1", requestID: "E4", submittedOn: day("2012-12-31"), deliveredOn: day("2012-12-31")),
        EnhancementRequest(
            accountID: "A1", requestID: "E5", submittedOn: day("2014-02-01"), deliveredOn: day("2015-01-10")),
    ]

    static let participation = [
        Participation(accountID: "A1", date: day("2013-01-01"), kind: .online),
        Participation(accountID: "A1", date: day("2013-12-31"), kind: .online),
        Participation(accountID: "A1", date: day("2013-12-31"), kind: .event),
        Participation(accountID: "A1", date: day("2012-12-31"), kind: .online),
        Participation(accountID: "A1", date: day("2014-01-01"), kind: .event),
    ]

    static let programmes = [
        // Ends on January 1, so active on one day of 2013.
        ProgrammeMembership(
            accountID: "A1", programme: "Pilot", startedOn: day("2010-01-01"), endedOn: day("2013-01-01")),
        // Two memberships of one programme, listed once.
        ProgrammeMembership(
            accountID: "A1", programme: "Beta", startedOn: day("2013-02-01"), endedOn: day("2013-03-01")),
        ProgrammeMembership(
            accountID: "A1", programme: "Beta", startedOn: day("2013-06-01"), endedOn: day("2013-07-01")),
        ProgrammeMembership(accountID: "A1", programme: "Advisory board", startedOn: day("2013-12-31"), endedOn: nil),
        ProgrammeMembership(
            accountID: "A1", programme: "Design sessions", startedOn: day("2011-05-01"), endedOn: day("2012-12-31")),
        ProgrammeMembership(accountID: "A1", programme: "Early access", startedOn: day("2014-01-01"), endedOn: nil),
    ]

    static let sales = [
        SalesResult(
            accountID: "A1", quarter: Quarter(year: 2013, number: 1)!, kind: .licence, planned: money("100"),
            achieved: money("90")),
        SalesResult(
            accountID: "A1", quarter: Quarter(year: 2013, number: 4)!, kind: .licence, planned: money("50.5"),
            achieved: money("60.25")),
        SalesResult(
            accountID: "A1", quarter: Quarter(year: 2013, number: 2)!, kind: .services, planned: money("10"),
            achieved: money("5")),
        SalesResult(
            accountID: "A1", quarter: Quarter(year: 2012, number: 4)!, kind: .licence, planned: money("1000"),
            achieved: money("1000")),
        SalesResult(
            accountID: "A1", quarter: Quarter(year: 2014, number: 1)!, kind: .services, planned: money("2000"),
            achieved: money("2000")),
    ]

    static let upsells = [
        Upsell(accountID: "A1", date: day("2013-01-01"), kind: "licences", amount: money("10")),
        Upsell(accountID: "A1", date: day("2013-12-31"), kind: "cloud", amount: money("20.5")),
        Upsell(accountID: "A1", date: day("2012-12-31"), kind: "licences", amount: money("1000")),
        Upsell(accountID: "A1", date: day("2014-01-01"), kind: "services", amount: money("1000")),
    ]

    static let cases = [
        // 2013-01-01T04:30Z, but the local date is 2012-12-31: the first case, and not in 2013.
        SupportCase(
            id: "C1", accountID: "A1", product: "Ledger", severity: 1,
            openedAt: timestamp("2012-12-31", "23:30:00", offsetHours: -5)),
        SupportCase(
            id: "C2", accountID: "A1", product: "Ledger", severity: 1, openedAt: timestamp("2013-01-01", "00:00:00"),
            firstContactAt: timestamp("2013-01-01", "00:10:00", offsetHours: 2, milliseconds: 250),
            restoredAt: timestamp("2013-01-02", "08:00:00"), closedAt: timestamp("2013-01-03", "17:45:30"),
            rcaDone: true, reopenings: 2),
        SupportCase(
            id: "C3", accountID: "A1", product: "Atlas", severity: 2,
            openedAt: timestamp("2013-12-31", "23:59:59", offsetHours: 2), rcaDone: false),
        // 2013-12-31T23:30Z, but the local date is 2014-01-01.
        SupportCase(
            id: "C4", accountID: "A1", product: "Atlas", severity: 1,
            openedAt: timestamp("2014-01-01", "00:30:00", offsetHours: 1)),
        SupportCase(
            id: "C5", accountID: "A1", product: "Ledger", severity: 1, openedAt: timestamp("2013-06-15", "12:00:00")),
        SupportCase(
            id: "C6", accountID: "A3", product: "Ledger", severity: 4, openedAt: timestamp("2013-06-15", "12:00:00")),
    ]

    /// Imports every record, one source for each kind, and the placeholder account A3 from the cases source.
    static func importAll(into writer: any StoreWriter, suffix: String = "") throws {
        func source<Record>(_ kind: DataKind, _ records: [Record], _ upsert: (Record) throws -> UpsertOutcome) throws {
            try writer.beginSource(kind: kind, name: kind.fileName + suffix)
            for record in records { _ = try upsert(record) }
        }
        try source(.accounts, accounts, writer.upsert)
        try source(.products, products, writer.upsert)
        try source(.installBase, installBase, writer.upsert)
        try source(.integrations, integrations, writer.upsert)
        try source(.enhancements, enhancements, writer.upsert)
        try source(.participation, participation, writer.upsert)
        try source(.programmes, programmes, writer.upsert)
        try source(.sales, sales, writer.upsert)
        try source(.upsells, upsells, writer.upsert)
        try writer.beginSource(kind: .cases, name: "cases.csv" + suffix)
        for supportCase in cases {
            try writer.insertAccountIfMissing(id: supportCase.accountID)
            _ = try writer.upsert(supportCase)
        }
    }

    static var facts2013: AccountYearFacts {
        var facts = AccountYearFacts(account: accounts[0], year: 2013)
        facts.earliestCaseDay = day("2012-12-31")
        facts.casesOpened = 3
        facts.severity1CasesOpened = 2
        facts.integrations = [integrations[1], integrations[0]]
        facts.enhancementsSubmitted = 2
        facts.enhancementsDelivered = 1
        facts.installBase = [installBase[1], installBase[0]]
        facts.onlineParticipations = 2
        facts.eventParticipations = 1
        facts.activeProgrammes = ["Advisory board", "Beta", "Pilot"]
        facts.licencePlanned = money("150.5")
        facts.licenceAchieved = money("150.25")
        facts.servicesPlanned = money("10")
        facts.servicesAchieved = money("5")
        facts.upsells = 2
        facts.upsellAmount = money("30.5")
        return facts
    }
}
