import CMicroHTTPD

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The C callbacks given to MHD_start_daemon_va. Each one's context pointer is an unretained ServerContext that
// HTTPServer keeps alive until MHD_stop_daemon returns.

/// The access handler. libmicrohttpd calls it first with the headers and no body, then once per body chunk with
/// `*upload_data_size` set to the chunk length, then once more with 0 to get the response.
let accessHandlerCallback: MHD_AccessHandlerCallback = {
    context, connection, url, method, _, uploadData, uploadDataSize, requestContext in
    guard let context, let connection, let uploadDataSize, let requestContext else {
        return .NO
    }
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    return server.handleAccess(
        connection: connection,
        method: method.map { String(cString: $0) } ?? "",
        path: url.map { String(cString: $0) } ?? "",
        uploadData: uploadData,
        uploadDataSize: uploadDataSize,
        requestContext: requestContext
    )
}

/// The completion callback, called once for every request whose access handler ran, whether it finished, failed,
/// timed out or was cut off by `MHD_stop_daemon`. It releases the request state.
let requestCompletedCallback: MHD_RequestCompletedCallback = { context, _, requestContext, termination in
    guard let context, let requestContext, let stored = requestContext.pointee else {
        return
    }
    requestContext.pointee = nil
    let state = Unmanaged<RequestState>.fromOpaque(stored).takeRetainedValue()
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    server.completeRequest(state, termination: termination)
}

/// The error logger, which receives a printf format and its arguments.
let daemonLogCallback: MHD_LogCallback = { context, format, arguments in
    guard let context, let format, let arguments else {
        return
    }
    var buffer = [CChar](repeating: 0, count: 512)
    _ = buffer.withUnsafeMutableBufferPointer { pointer in
        vsnprintf(pointer.baseAddress, pointer.count, format, arguments)
    }
    var message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    while message.last?.isNewline == true {
        message.removeLast()
    }
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    server.recordDaemonMessage(message)
}

/// Collects the pairs that `MHD_get_connection_values` reports, in the order received.
private final class PairCollector {
    var pairs: [(name: String, value: String)] = []
}

private let collectPairCallback: MHD_KeyValueIterator = { context, _, key, value in
    guard let context, let key else {
        return .YES
    }
    let collector = Unmanaged<PairCollector>.fromOpaque(context).takeUnretainedValue()
    collector.pairs.append((name: String(cString: key), value: value.map { String(cString: $0) } ?? ""))
    return .YES
}

/// Returns the headers or query parameters of a request, as libmicrohttpd decoded them, in the order sent.
func connectionValues(_ connection: OpaquePointer, kind: MHD_ValueKind) -> [(name: String, value: String)] {
    let collector = PairCollector()
    withExtendedLifetime(collector) {
        _ = MHD_get_connection_values(
            connection,
            kind,
            collectPairCallback,
            Unmanaged.passUnretained(collector).toOpaque()
        )
    }
    return collector.pairs
}
