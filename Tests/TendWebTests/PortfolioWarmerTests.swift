import Foundation
import TendCore
import Testing

@testable import TendWeb

@Suite("Portfolio warmer")
struct PortfolioWarmerTests {
    /// Polls `condition` every 10 ms, at most 1,000 times, and returns whether it became true.
    func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        for _ in 0..<1000 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    @Test("scores the latest year at start and again after a write")
    func warms() throws {
        let fixture = try DashboardFixture()
        let cache = fixture.dashboard.cache
        let year = try #require(try fixture.store.yearsOnRecord().last)
        #expect(try !cache.isCached(year: year, includesAdoption: true))

        let warmer = PortfolioWarmer(dashboard: fixture.dashboard, intervalMilliseconds: 10)
        warmer.start()
        #expect(try eventually { try cache.isCached(year: year, includesAdoption: true) })

        try fixture.store.write { writer in
            try writer.beginSource(kind: .accounts, name: "late account", expectedRows: 1)
            _ = try writer.upsert(Account(id: "A9", name: "Late", customerSince: nil))
        }
        #expect(try eventually { try cache.isCached(year: year, includesAdoption: true) })
        warmer.stop()

        #expect(try cache.isCached(year: year, includesAdoption: true))
        #expect(try !cache.isCached(year: year, includesAdoption: false))
        let scoredLines = fixture.logLines.all.filter { $0.contains("scored the portfolio in advance") }
        #expect(scoredLines.count == 2)
        #expect(scoredLines.allSatisfy { $0.contains("year=\(year)") })
    }
}
