#include "rcu/wal_file_sync.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cardex::rcu {

WalFileSync::WalFileSync(std::string wal_path) : path_(std::move(wal_path)) {}

WalFileSync::~WalFileSync() {
    if (fd_ >= 0) ::close(fd_);
}

Result<bool, std::string> WalFileSync::sync() {
    std::lock_guard lock(mutex_);
    // fsync works on the file, not on the descriptor: our own read-only one flushes what the
    // SQLite connection wrote. SQLite keeps the WAL file while a connection is open, but should it
    // ever be recreated, a descriptor of the old file would sync nothing: check it is still the one.
    struct stat by_path {};
    if (::stat(path_.c_str(), &by_path) != 0) {
        if (errno == ENOENT) return true;  // no WAL: nothing was ever committed through it
        return fail(path_ + ": cannot stat the WAL file: " + std::strerror(errno));
    }
    struct stat by_fd {};
    if (fd_ >= 0 && (::fstat(fd_, &by_fd) != 0 || by_fd.st_ino != by_path.st_ino || by_fd.st_dev != by_path.st_dev)) {
        ::close(fd_);
        fd_ = -1;
    }
    if (fd_ < 0) {
        fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) return fail(path_ + ": cannot open the WAL file: " + std::strerror(errno));
    }
    if (::fdatasync(fd_) != 0) return fail(path_ + ": fdatasync failed: " + std::strerror(errno));
    return true;
}

}  // namespace cardex::rcu
