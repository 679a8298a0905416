/// The state of one request between libmicrohttpd's calls to the access handler.
///
/// libmicrohttpd handles each connection on one thread at a time, so only one thread touches an instance at once.
/// The access handler creates it on the first call and stores it, retained, in the request's context pointer. The
/// completion callback releases it, which libmicrohttpd calls for finished and aborted requests alike.
final class RequestState {
    let method: String
    let path: String
    let started: ContinuousClock.Instant
    var body: [UInt8] = []
    /// The body bytes received so far, including those discarded after the body grew too large.
    var receivedBodyBytes = 0
    /// Whether the body grew past `maxBodyBytes` while it was streamed without a declared length.
    var bodyTooLarge = false
    /// The status of the queued response, or nil while none is queued.
    var status: Int?

    init(method: String, path: String, started: ContinuousClock.Instant) {
        self.method = method
        self.path = path
        self.started = started
    }
}
