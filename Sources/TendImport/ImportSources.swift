import Foundation
import TendCore

/// A file to import and the kind of data its name says it holds.
package struct SourceFile: Sendable, Equatable {
    /// The path as given, or as a directory plus the file name for a file found in a directory.
    package var path: String
    package var kind: DataKind
}

/// Turns the paths of an import into the files to read, in import order.
package enum ImportSources {
    /// Expands directories into the files they contain whose names `DataKind.fileName` recognises, and sorts all
    /// files by `DataKind.importOrder`, keeping the given order among files of one kind.
    ///
    /// Other files in a directory are skipped and listed, except hidden ones (names starting with a dot);
    /// subdirectories are not searched. A file named explicitly must have a recognised name.
    package static func expand(_ paths: [String]) throws(ImportError) -> (
        files: [SourceFile], skipped: [ImportSummary.SkippedFile]
    ) {
        var files: [SourceFile] = []
        var skipped: [ImportSummary.SkippedFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ImportError(
                    .unreadableFile, file: path, message: "no such file or directory",
                    expected: "the path of a CSV file or of a directory of CSV files")
            }
            if !isDirectory.boolValue {
                guard let kind = kind(ofFileNamed: (path as NSString).lastPathComponent) else {
                    throw ImportError(
                        .unrecognisedFile, file: path, message: "unrecognised file name",
                        expected: "one of " + DataKind.allCases.map(\.fileName).joined(separator: ", "))
                }
                files.append(SourceFile(path: path, kind: kind))
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                throw ImportError(
                    .unreadableFile, file: path, message: "cannot list the directory (\(error.localizedDescription))",
                    expected: "a readable directory", cause: error)
            }
            for name in names where !name.hasPrefix(".") {
                let filePath = (path as NSString).appendingPathComponent(name)
                var entryIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: filePath, isDirectory: &entryIsDirectory),
                    !entryIsDirectory.boolValue
                else { continue }
                if let kind = kind(ofFileNamed: name) {
                    files.append(SourceFile(path: filePath, kind: kind))
                } else {
                    skipped.append(ImportSummary.SkippedFile(path: filePath, reason: "unrecognised file name"))
                }
            }
        }
        let ordered = files.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }
        return (ordered.map(\.element), skipped)
    }

    private static func kind(ofFileNamed name: String) -> DataKind? {
        DataKind.allCases.first { $0.fileName == name }
    }

    /// Reads a whole file, mapping it into memory where the system allows.
    package static func read(_ path: String) throws(ImportError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw ImportError(
                .unreadableFile, file: path, message: "cannot read the file (\(error.localizedDescription))",
                expected: "a readable file", cause: error)
        }
    }
}
