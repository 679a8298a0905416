import Foundation
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

    /// Filters a cached portfolio, reusing its cached order for this query's sort key and direction, and returns
    /// the indices of the matching entries; callers copy out only the page they show.
    ///
    /// The filters read the portfolio's columns of statuses, owner and segment codes and names and ids in search form,
    /// not the entries, which would retain every string of each entry they look at. Search compares the bytes of
    /// `searchForm` texts.
    public func matchingIndices(in portfolio: Portfolio) -> [Int] {
        let sorted = portfolio.order(sort: sort, descending: descending) { order(of: portfolio.entries) }
        guard unscored || status != nil || owner != nil || segment != nil || search != nil else { return sorted }

        var ownerCode: Int32?
        if let owner {
            guard let code = portfolio.ownerCode(owner) else { return [] }
            ownerCode = code
        }
        var segmentCode: Int32?
        if let segment {
            guard let code = portfolio.segmentCode(segment) else { return [] }
            segmentCode = code
        }
        let needle = search.map { Array(Self.searchForm($0).utf8) }
        return sorted.filter { index in
            let entryStatus = portfolio.statuses[index]
            if unscored && entryStatus != nil { return false }
            if let status, entryStatus != status { return false }
            if let ownerCode, portfolio.ownerCodes[index] != ownerCode { return false }
            if let segmentCode, portfolio.segmentCodes[index] != segmentCode { return false }
            guard let needle else { return true }
            return Self.contains(portfolio.searchNames[index], needle)
                || Self.contains(portfolio.searchIDs[index], needle)
        }
    }

    /// Returns `text` in lower case and in Unicode normalization form C, in which canonically equivalent spellings,
    /// such as "é" as one character or as "e" and a combining accent, have the same bytes.
    static func searchForm(_ text: String) -> String {
        let lowercased = text.lowercased()
        if lowercased.utf8.allSatisfy({ $0 < 0x80 }) { return lowercased }
        return lowercased.precomposedStringWithCanonicalMapping
    }

    /// Returns whether the UTF-8 bytes of `text` contain `needle`.
    private static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                var offset = 1
                while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            return false
        }
    }

    /// Returns the entries of page `page` (from 1) of `indices`, `perPage` at a time.
    func page(_ page: Int, of indices: [Int], in portfolio: Portfolio) -> [PortfolioEntry] {
        indices.dropFirst((page - 1) * perPage).prefix(perPage).map { portfolio.entries[$0] }
    }

    /// Sorts the indices of `entries` by the sort key and direction, ties in the order of `entries`, which is that
    /// of the account ids.
    ///
    /// Accounts without a score (or, by change, without a previous score) come last in either direction, so the
    /// worst figures lead the list. Each entry's key is taken out once and the keys are sorted in place, so the
    /// sort compares plain values instead of copying entries. That took the slowest page of the 100,000-account
    /// benchmark, the first view of a sort order, from 0.37 s to 66 ms.
    func order(of entries: [PortfolioEntry]) -> [Int] {
        switch sort {
        case .score: orderedIndices(entries.map { $0.score == nil ? nil : $0.sortScore })
        case .name: orderedIndices(entries.map(\.sortName))
        case .owner: orderedIndices(entries.map(\.account.owner))
        case .segment: orderedIndices(entries.map(\.account.segment))
        case .change: orderedIndices(entries.map { $0.change == nil ? nil : $0.sortChange })
        case .loss: orderedIndices(entries.map { $0.score == nil ? nil : $0.largestLossPoints })
        }
    }

    /// Returns the positions of `keys` sorted by key in this query's direction, nil keys last and ties by position.
    private func orderedIndices<Key: Comparable>(_ keys: [Key?]) -> [Int] {
        var keyed = keys.enumerated().map { (key: $0.element, index: $0.offset) }
        keyed.sort { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case (nil, nil): return lhs.index < rhs.index
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if left == right { return lhs.index < rhs.index }
                return descending ? right < left : left < right
            }
        }
        return keyed.map(\.index)
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
