import CMicroHTTPD

extension ServerContext {
    /// Queues `response` on `connection`, or a 500 response when libmicrohttpd cannot send it as given.
    ///
    /// A status outside 200...599 and a header that libmicrohttpd rejects (a line break in a name or value, or a
    /// header such as `Content-Length` that it sets itself) are handler bugs, so they are logged as errors.
    func queue(_ response: HTTPResponse, on connection: OpaquePointer, state: RequestState) -> MHD_Result {
        var response = response
        if !(200...599).contains(response.status) {
            logger.error(
                "handler returned an invalid status, sending 500",
                ["method": state.method, "path": state.path, "status": String(response.status)]
            )
            response = .internalServerError()
        }

        var built = Self.makeDaemonResponse(response)
        if case .rejectedHeader(let name) = built {
            logger.error(
                "handler returned a header that libmicrohttpd rejects, sending 500",
                ["method": state.method, "path": state.path, "header": name]
            )
            response = .internalServerError()
            built = Self.makeDaemonResponse(response)
        }
        guard case .created(let daemonResponse) = built else {
            logger.error(
                "could not create the response, closing the connection",
                ["method": state.method, "path": state.path, "status": String(response.status)]
            )
            return .NO
        }
        defer { MHD_destroy_response(daemonResponse) }

        let result = MHD_queue_response(connection, UInt32(response.status), daemonResponse)
        if result == .YES {
            state.status = response.status
        } else {
            logger.error(
                "libmicrohttpd did not accept the response, closing the connection",
                ["method": state.method, "path": state.path, "status": String(response.status)]
            )
        }
        return result
    }

    private enum DaemonResponse {
        case created(OpaquePointer)
        case rejectedHeader(String)
        case creationFailed
    }

    /// Copies `response` into a libmicrohttpd response and adds the security headers it does not set.
    private static func makeDaemonResponse(_ response: HTTPResponse) -> DaemonResponse {
        var body = response.body
        let created = body.withUnsafeMutableBytes { bytes in
            MHD_create_response_from_buffer(bytes.count, bytes.baseAddress, .RESPMEM_MUST_COPY)
        }
        guard let daemonResponse = created else {
            return .creationFailed
        }

        var headers = response.headers
        for header in HTTPResponse.securityHeaders where response.headerValue(header.0) == nil {
            headers.append(header)
        }
        for (name, value) in headers where MHD_add_response_header(daemonResponse, name, value) != .YES {
            MHD_destroy_response(daemonResponse)
            return .rejectedHeader(name)
        }
        return .created(daemonResponse)
    }
}
