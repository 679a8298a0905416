/// Encodes an optional property as JSON `null` when it is nil, where synthesized `Encodable` would leave the key
/// out, so API documents always carry every key.
@propertyWrapper
public struct EncodesNull<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
