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
    public var importOrder: Int { DataKind.allCases.firstIndex(of: self)! }  // Every case is in allCases.

    public static func < (lhs: DataKind, rhs: DataKind) -> Bool { lhs.importOrder < rhs.importOrder }
}
