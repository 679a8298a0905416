/// A kind of data Tend imports, named after its CSV file.
///
/// A measure whose kind of data was never imported at all is not assessed, so the store keeps
/// which kinds have been imported, even from a file with a header and no rows.
public enum DataKind: String, Sendable, CaseIterable, Comparable {
    case accounts
    case products
    case installBase = "install_base"
    case integrations
    case enhancements
    case participation
    case programmes
    case sales
    case upsells
    case cases

    /// The file name the importer recognises, such as `install_base.csv`.
    public var fileName: String { rawValue + ".csv" }

    /// The order files are imported in, so the accounts and catalogue that others refer to come first.
    public var importOrder: Int { caseIndex }

    /// The position of the kind in `allCases`, found without comparing raw values.
    public var caseIndex: Int {
        switch self {
        case .accounts: 0
        case .products: 1
        case .installBase: 2
        case .integrations: 3
        case .enhancements: 4
        case .participation: 5
        case .programmes: 6
        case .sales: 7
        case .upsells: 8
        case .cases: 9
        }
    }

    public static func < (lhs: DataKind, rhs: DataKind) -> Bool { lhs.importOrder < rhs.importOrder }
}
