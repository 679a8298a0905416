import Foundation

/// The bytes of a file mapped read-only into memory, whose pages already parsed can be returned to the system.
///
/// A large import reads each file once from start to end. Mapped pages count towards the process's resident memory
/// until they are unmapped, so without `discardPages(before:)` a 1 GB file adds 1 GB to the peak. A file that cannot
/// be mapped, such as a pipe, is read into memory instead, and then `discardPages(before:)` does nothing.
package final class MappedFile {
    package let bytes: UnsafeBufferPointer<UInt8>
    private let storage: Storage
    /// The offset below which pages were discarded already, a multiple of the page size.
    private var discardedBefore = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    private enum Storage {
        case empty
        case mapped(start: UnsafeMutableRawPointer, length: Int)
        case allocated(UnsafeMutableBufferPointer<UInt8>)
    }

    /// Maps the file at `path`, or reads it when it cannot be mapped.
    package init(path: String) throws(ImportError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        var status = stat()
        if descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            let length = Int(status.st_size)
            if length == 0 {
                storage = .empty
                bytes = UnsafeBufferPointer(start: nil, count: 0)
                return
            }
            if let start = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED {
                // The import reads the file in order, so the kernel may read ahead further than usual.
                madvise(start, length, MADV_SEQUENTIAL)
                storage = .mapped(start: start, length: length)
                bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: length)
                return
            }
        }

        let data = try ImportSources.read(path)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: data.count)
        _ = buffer.initialize(from: data)
        storage = .allocated(buffer)
        bytes = UnsafeBufferPointer(buffer)
    }

    deinit {
        switch storage {
        case .empty: break
        case .mapped(let start, let length): munmap(start, length)
        case .allocated(let buffer): buffer.deallocate()
        }
    }

    /// Drops the mapped pages that lie wholly before `offset` from resident memory.
    ///
    /// Reading those bytes again stays valid: the kernel reloads the pages from the file, which must not change while
    /// it is imported.
    package func discardPages(before offset: Int) {
        guard case .mapped(let start, let length) = storage else { return }
        let end = min(offset, length) / Self.pageSize * Self.pageSize
        guard end > discardedBefore else { return }
        madvise(start + discardedBefore, end - discardedBefore, MADV_DONTNEED)
        discardedBefore = end
    }
}
