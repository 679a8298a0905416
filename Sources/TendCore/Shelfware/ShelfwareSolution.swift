/// A solution the Propose step offers the customer for unused licences.
public enum ShelfwareSolution: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Replace the unused on-premises licences with a cloud subscription of the size in use.
    case convertToCloud = "convert_to_cloud"
    /// Deploy the unused licences to other users, sites or projects of the customer.
    case redeploy
    /// Train the customer's users so that they start using the licences.
    case training
    /// Renew fewer licences at the next renewal.
    case reduceAtRenewal = "reduce_at_renewal"

    /// The solution as pages show it, such as `convert to a cloud subscription`.
    public var title: String {
        switch self {
        case .convertToCloud: "convert to a cloud subscription"
        case .redeploy: "redeploy"
        case .training: "training"
        case .reduceAtRenewal: "reduce at renewal"
        }
    }

    public var description: String { title }
}
