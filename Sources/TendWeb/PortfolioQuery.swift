import TendCore

/// The filters, order and page of a portfolio view, read from the query string.
public struct PortfolioQuery: Sendable, Equatable {
    public enum SortKey: String, Sendable, CaseIterable {
        case score, name, change, owner, segment, loss
    }

    public var status: HealthStatus?
    /// True to show only accounts without a score.
    public var unscored = false
    public var owner: String?
    public var segment: String?
    public var search: String?
    public var sort: SortKey = .score
    public var descending = false
    public var page = 1
    public var perPage = 50
    /// False to score without the Adoption category (`adoption=no`), on delivery and usage alone.
    public var includesAdoption = true

    public static let maxPerPage = 500

    public init() {}

    /// Reads the query parameters `status`, `owner`, `segment`, `q`, `sort`, `order`, `page` and `per_page`;
    /// throws a message naming the parameter and value when one is invalid.
    public init(parameters: [String: String]) throws(QueryError) {
        if let status = parameters["status"], !status.isEmpty {
            if status == "none" {
                unscored = true
            } else {
                guard let value = HealthStatus(rawValue: status) else {
                    throw QueryError(parameter: "status", value: status, expected: "healthy, infected, sick or none")
                }
                self.status = value
            }
        }
        owner = parameters["owner"].flatMap { $0.isEmpty ? nil : $0 }
        segment = parameters["segment"].flatMap { $0.isEmpty ? nil : $0 }
        search = parameters["q"].flatMap { $0.isEmpty ? nil : $0 }
        if let sort = parameters["sort"], !sort.isEmpty {
            guard let key = SortKey(rawValue: sort) else {
                throw QueryError(
                    parameter: "sort", value: sort,
                    expected: SortKey.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.sort = key
        }
        if let order = parameters["order"], !order.isEmpty {
            guard order == "asc" || order == "desc" else {
                throw QueryError(parameter: "order", value: order, expected: "asc or desc")
            }
            descending = order == "desc"
        }
        switch parameters["adoption"] ?? "" {
        case "", "yes": includesAdoption = true
        case "no": includesAdoption = false
        case let other: throw QueryError(parameter: "adoption", value: other, expected: "yes or no")
        }
        page = try Self.integer(parameters, "page", default: 1, in: 1...1_000_000)
        perPage = try Self.integer(parameters, "per_page", default: 50, in: 1...Self.maxPerPage)
    }

    private static func integer(
        _ parameters: [String: String], _ name: String, default value: Int, in range: ClosedRange<Int>
    ) throws(QueryError) -> Int {
        guard let text = parameters[name], !text.isEmpty else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw QueryError(
                parameter: name, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return number
    }

    /// Filters the entries and sorts them in the requested order.
    public func apply(to entries: [PortfolioEntry]) -> [PortfolioEntry] {
        order(of: entries).map { entries[$0] }.filter(matches)
    }

    /// Filters a cached portfolio, reusing its cached order for this query's sort key and direction, and returns
    /// the indices of the matching entries; callers copy out only the page they show.
    public func matchingIndices(in portfolio: Portfolio) -> [Int] {
        let sorted = portfolio.order(sort: sort, descending: descending) { order(of: portfolio.entries) }
        guard unscored || status != nil || owner != nil || segment != nil || search != nil else { return sorted }
        return sorted.filter { matches(portfolio.entries[$0]) }
    }

    /// Returns the entries of page `page` (from 1) of `indices`, `perPage` at a time.
    func page(_ page: Int, of indices: [Int], in portfolio: Portfolio) -> [PortfolioEntry] {
        indices.dropFirst((page - 1) * perPage).prefix(perPage).map { portfolio.entries[$0] }
    }

    /// Returns whether an entry passes the status, owner, segment and search filters.
    func matches(_ entry: PortfolioEntry) -> Bool {
        if unscored && entry.status != nil { return false }
        if let status, entry.status != status { return false }
        if let owner, entry.account.owner != owner { return false }
        if let segment, entry.account.segment != segment { return false }
        if let search {
            let needle = search.lowercased()
            return entry.sortName.contains(needle) || entry.account.id.lowercased().contains(needle)
        }
        return true
    }

    /// Sorts the indices of `entries` by the sort key and direction, ties by account id.
    func order(of entries: [PortfolioEntry]) -> [Int] {
        entries.indices.sorted { lhsIndex, rhsIndex in
            let lhs = entries[lhsIndex]
            let rhs = entries[rhsIndex]
            // Accounts without a score (or, by change, without a previous score) come last in either direction,
            // so the worst figures lead the list.
            if sort == .score || sort == .loss, (lhs.score == nil) != (rhs.score == nil) { return rhs.score == nil }
            if sort == .change, (lhs.change == nil) != (rhs.change == nil) { return rhs.change == nil }
            let ordered = compare(lhs, rhs)
            if ordered == 0 { return lhs.account.id < rhs.account.id }
            return descending ? ordered > 0 : ordered < 0
        }
    }

    /// -1, 0 or 1 as `lhs` sorts before, with or after `rhs` by the sort key, ascending.
    private func compare(_ lhs: PortfolioEntry, _ rhs: PortfolioEntry) -> Int {
        func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (b < a ? 1 : 0) }
        switch sort {
        case .score: return order(lhs.sortScore, rhs.sortScore)
        case .name: return order(lhs.sortName, rhs.sortName)
        case .owner: return order(lhs.account.owner, rhs.account.owner)
        case .segment: return order(lhs.account.segment, rhs.account.segment)
        case .change: return order(lhs.sortChange, rhs.sortChange)
        case .loss: return order(lhs.largestLossPoints, rhs.largestLossPoints)
        }
    }

    /// Builds the query string of this query with some parameters replaced, for links that keep the other filters.
    func queryString(year: Int, changing changes: [String: String] = [:]) -> String {
        var parameters: [(String, String)] = [("year", String(year))]
        if unscored { parameters.append(("status", "none")) }
        if let status { parameters.append(("status", status.rawValue)) }
        if let owner { parameters.append(("owner", owner)) }
        if let segment { parameters.append(("segment", segment)) }
        if let search { parameters.append(("q", search)) }
        parameters.append(("sort", sort.rawValue))
        parameters.append(("order", descending ? "desc" : "asc"))
        parameters.append(("page", String(page)))
        if perPage != 50 { parameters.append(("per_page", String(perPage))) }
        if !includesAdoption { parameters.append(("adoption", "no")) }
        for (name, value) in changes {
            parameters.removeAll { $0.0 == name }
            if !value.isEmpty { parameters.append((name, value)) }
        }
        return parameters.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}

/// An invalid query parameter: the web layer responds with 400 and this message.
public struct QueryError: Error, CustomStringConvertible {
    public let parameter: String
    public let value: String
    public let expected: String

    public var description: String { "invalid \(parameter) \"\(value)\"; expected \(expected)" }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for query string values.
func percentEncode(_ text: String) -> String {
    var encoded = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            encoded.append(Character(UnicodeScalar(byte)))
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
        }
    }
    return encoded
}
