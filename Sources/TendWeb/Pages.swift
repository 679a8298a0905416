import Foundation
import TendCore
import TendHTTP
import TendStore

/// Builds the dashboard's pages and JSON documents from the store and the portfolio cache.
struct Pages: Sendable {
    let store: any Store
    let cache: PortfolioCache

    /// Reads the year from the `year` parameter, defaulting to the latest year with dated data.
    func year(_ request: HTTPRequest) throws -> (year: Int, years: [Int]) {
        let years = try store.yearsOnRecord()
        if let text = request.query["year"], !text.isEmpty {
            guard let year = Int(text), (1900...9999).contains(year) else {
                throw QueryError(parameter: "year", value: text, expected: "a year such as 2013")
            }
            guard years.contains(year) else {
                let known = years.map(String.init).joined(separator: ", ")
                throw WebError(status: 404, message: "no dated data for \(year); years with data: \(known)")
            }
            return (year, years)
        }
        guard let latest = years.last else {
            throw WebError(status: 404, message: "no data yet: import data with `tend import` or run `tend demo`")
        }
        return (latest, years)
    }

    func includesAdoption(_ request: HTTPRequest) throws -> Bool {
        switch request.query["adoption"] ?? "" {
        case "", "yes": return true
        case "no": return false
        case let other: throw QueryError(parameter: "adoption", value: other, expected: "yes or no")
        }
    }

    func portfolio(_ request: HTTPRequest) throws -> HTTPResponse {
        let (year, years) = try year(request)
        let query = try PortfolioQuery(parameters: request.query)
        let portfolio = try cache.portfolio(year: year, includesAdoption: try includesAdoption(request))
        return .html(PortfolioPage(portfolio: portfolio, query: query, years: years).render())
    }

    func account(_ request: HTTPRequest, id: String) throws -> HTTPResponse {
        let (year, years) = try year(request)
        let adoption = try includesAdoption(request)
        guard let scored = try ScoreBook.score(store: store, accountID: id, year: year, includesAdoption: adoption)
        else { throw WebError(status: 404, message: "account \"\(id)\" not found") }
        let history = try self.history(id: id, years: years, includesAdoption: adoption)
        var page = AccountPage(account: scored.account, score: scored.score, history: history)
        page.appendix =
            try SupportPages(store: store).accountSection(accountID: id, year: year)
            + ShelfwareSection.html(store: store, accountID: id)
        return .html(page.render())
    }

    func history(id: String, years: [Int], includesAdoption: Bool) throws -> [AccountHistory] {
        try years.compactMap { year in
            try ScoreBook.score(store: store, accountID: id, year: year, includesAdoption: includesAdoption)
                .map { AccountHistory(year: year, score: $0.score) }
        }
    }

    func yearsJSON() throws -> HTTPResponse {
        try json(["years": try store.yearsOnRecord()])
    }

    func portfolioJSON(_ request: HTTPRequest) throws -> HTTPResponse {
        let (year, _) = try year(request)
        let query = try PortfolioQuery(parameters: request.query)
        let portfolio = try cache.portfolio(year: year, includesAdoption: try includesAdoption(request))
        let rows = query.matchingIndices(in: portfolio)
        let page = query.page(query.page, of: rows, in: portfolio)
        let document = PortfolioDocument(
            year: year, total: portfolio.entries.count, matching: rows.count, page: query.page,
            perPage: query.perPage, counts: portfolio.statusCounts, accounts: page.map(PortfolioRowDocument.init))
        return try json(document)
    }

    func accountJSON(_ request: HTTPRequest, id: String) throws -> HTTPResponse {
        let (year, _) = try year(request)
        guard
            let scored = try ScoreBook.score(
                store: store, accountID: id, year: year, includesAdoption: try includesAdoption(request))
        else { throw WebError(status: 404, message: "account \"\(id)\" not found") }
        return try json(HealthScoreDocument(name: scored.account.name, score: scored.score))
    }

    func historyJSON(_ request: HTTPRequest, id: String) throws -> HTTPResponse {
        let years = try store.yearsOnRecord()
        guard try store.account(id: id) != nil else {
            throw WebError(status: 404, message: "account \"\(id)\" not found")
        }
        let history = try self.history(id: id, years: years, includesAdoption: try includesAdoption(request))
        return try json(
            history.map {
                HistoryDocument(year: $0.year, score: $0.score.displayScore, status: $0.score.status?.rawValue)
            })
    }

    func json(_ value: some Encodable) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .json(Array(try encoder.encode(value)))
    }
}

struct PortfolioDocument: Encodable {
    let year: Int
    let total: Int
    let matching: Int
    let page: Int
    let perPage: Int
    let counts: [String: Int]
    let accounts: [PortfolioRowDocument]

    enum CodingKeys: String, CodingKey {
        case year, total, matching, page
        case perPage = "per_page"
        case counts, accounts
    }
}

struct PortfolioRowDocument: Encodable {
    let accountID: String
    let name: String
    let owner: String
    let segment: String
    let region: String
    @EncodesNull var score: String?
    @EncodesNull var status: String?
    @EncodesNull var change: String?
    @EncodesNull var largestLoss: String?
    @EncodesNull var largestLossPoints: String?
    @EncodesNull var reason: String?

    init(_ entry: PortfolioEntry) {
        accountID = entry.account.id
        name = entry.account.name
        owner = entry.account.owner
        segment = entry.account.segment
        region = entry.account.region
        score = entry.displayScore
        status = entry.status?.rawValue
        change = entry.change.map { $0.formatted(places: 1) }
        largestLoss = entry.largestLoss?.rawValue
        largestLossPoints = entry.largestLoss.map { _ in entry.largestLossPoints.formatted(places: 2) }
        reason = entry.reason
    }

    enum CodingKeys: String, CodingKey {
        case accountID = "account_id"
        case name, owner, segment, region, score, status, change
        case largestLoss = "largest_loss"
        case largestLossPoints = "largest_loss_points"
        case reason
    }

}

struct HistoryDocument: Encodable {
    let year: Int
    @EncodesNull var score: String?
    @EncodesNull var status: String?

    enum CodingKeys: String, CodingKey { case year, score, status }
}
