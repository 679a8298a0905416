#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A numeric IPv4 or IPv6 address and port in the `sockaddr` form that `bind(2)` takes.
struct SocketAddress {
    private var storage = sockaddr_storage()
    private(set) var length: socklen_t = 0
    private(set) var isIPv6 = false

    /// Parses `host` as a numeric address with `inet_pton(3)`, trying IPv4 first.
    init(host: String, port: UInt16) throws(HTTPServerError) {
        var ipv4 = sockaddr_in()
        if inet_pton(AF_INET, host, &ipv4.sin_addr) == 1 {
            ipv4.sin_family = sa_family_t(AF_INET)
            ipv4.sin_port = port.bigEndian
            withUnsafeBytes(of: ipv4) { source in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            return
        }
        var ipv6 = sockaddr_in6()
        if inet_pton(AF_INET6, host, &ipv6.sin6_addr) == 1 {
            ipv6.sin6_family = sa_family_t(AF_INET6)
            ipv6.sin6_port = port.bigEndian
            withUnsafeBytes(of: ipv6) { source in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            isIPv6 = true
            return
        }
        throw HTTPServerError(
            code: .invalidHost,
            message: "Invalid host \"\(host)\": use a numeric IPv4 or IPv6 address such as 127.0.0.1 or ::1."
        )
    }

    /// Calls `body` with a pointer to the address, valid only during the call.
    func withSockaddrPointer<Result>(_ body: (UnsafePointer<sockaddr>) -> Result) -> Result {
        withUnsafeBytes(of: storage) { bytes in
            body(bytes.baseAddress!.assumingMemoryBound(to: sockaddr.self))
        }
    }
}
