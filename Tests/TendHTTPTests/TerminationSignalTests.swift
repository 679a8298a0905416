import Foundation
import Synchronization
import Testing

@testable import TendHTTP

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Termination signals")
struct TerminationSignalTests {
    @Test("blocked SIGTERM is returned by the wait")
    func sigtermIsReturned() throws {
        // The signal goes to one waiting thread that blocked it, so the rest of the test process is unaffected.
        let waiterReady = DispatchSemaphore(value: 0)
        let waiterDone = DispatchSemaphore(value: 0)
        let waiterThread = Mutex<pthread_t?>(nil)
        let received = Atomic<Int32>(0)

        let thread = Thread {
            blockTerminationSignals()
            waiterThread.withLock { $0 = pthread_self() }
            waiterReady.signal()
            received.store(waitForTerminationSignal(), ordering: .relaxed)
            waiterDone.signal()
        }
        thread.start()

        #expect(waiterReady.wait(timeout: .now() + 10) == .success)
        let target = try #require(waiterThread.withLock { $0 })
        #expect(pthread_kill(target, SIGTERM) == 0)
        #expect(waiterDone.wait(timeout: .now() + 10) == .success)
        #expect(received.load(ordering: .relaxed) == SIGTERM)
    }
}
