import Dispatch
import Foundation
import TendHTTP
import TendStore

/// Scores the default portfolio in the background when the server starts and after every change to the store, so the
/// first page view after a start or an import finds its scores ready.
///
/// The default portfolio is the one the portfolio page shows without parameters: the latest year with dated data,
/// Adoption included. A thread of its own checks the store's revision every `interval` until `stop()`.
public final class PortfolioWarmer: Sendable {
    private let dashboard: Dashboard
    private let interval: DispatchTimeInterval
    private let stopRequest = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    public init(dashboard: Dashboard, intervalMilliseconds: Int = 2000) {
        self.dashboard = dashboard
        self.interval = .milliseconds(intervalMilliseconds)
    }

    public func start() {
        Thread.detachNewThread { [self] in run() }
    }

    /// Stops checking and waits for a scoring in progress to finish, which can take a few seconds on a large
    /// portfolio. Call it once, after `start()`.
    public func stop() {
        stopRequest.signal()
        stopped.wait()
    }

    private func run() {
        var warmedRevision: Int64?
        repeat {
            do {
                let revision = try dashboard.store.revision()
                if revision != warmedRevision {
                    try warm()
                    warmedRevision = revision
                }
            } catch {
                dashboard.logger.warning("scoring the portfolio in advance failed", ["error": "\(error)"])
            }
        } while stopRequest.wait(timeout: .now() + interval) == .timedOut
        stopped.signal()
    }

    private func warm() throws {
        guard let year = try dashboard.store.yearsOnRecord().last else { return }
        // A request may have scored the year already, and then there is nothing to do or to log.
        if try dashboard.cache.isCached(year: year, includesAdoption: true) { return }
        let clock = ContinuousClock()
        let start = clock.now
        let portfolio = try dashboard.cache.portfolio(year: year, includesAdoption: true)
        let seconds = (clock.now - start) / .seconds(1)
        dashboard.logger.info(
            "scored the portfolio in advance",
            [
                "year": String(year), "accounts": String(portfolio.entries.count),
                "seconds": String(format: "%.2f", seconds),
            ])
    }
}
