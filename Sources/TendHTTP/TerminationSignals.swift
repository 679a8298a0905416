#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Blocks SIGINT and SIGTERM in the calling thread and in every thread it creates afterwards.
///
/// A server process calls the two signal functions in this order, all from the main thread:
///
/// 1. `blockTerminationSignals()`, before `HTTPServer.start()` and before creating any other thread, so that the
///    server's threads inherit the mask and no thread receives the signal asynchronously;
/// 2. `HTTPServer.start()`;
/// 3. `waitForTerminationSignal()`, which returns when SIGINT or SIGTERM arrives;
/// 4. `HTTPServer.stop()`, which waits for requests in progress and closes every connection.
public func blockTerminationSignals() {
    var signals = terminationSignals()
    pthread_sigmask(SIG_BLOCK, &signals, nil)
}

/// Waits until SIGINT or SIGTERM is pending for the calling thread or the process, consumes it, and returns its
/// number.
///
/// Call `blockTerminationSignals()` first, because a signal that is not blocked runs its default action and ends the
/// process instead.
@discardableResult
public func waitForTerminationSignal() -> Int32 {
    var signals = terminationSignals()
    var received: Int32 = 0
    let result = sigwait(&signals, &received)
    // sigwait fails only with EINVAL for a set with an invalid signal, and the set contains only SIGINT and SIGTERM.
    precondition(result == 0, "sigwait failed with error \(result)")
    return received
}

private func terminationSignals() -> sigset_t {
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    return signals
}
