// Device key file: creation with RAND_bytes, atomic publication, permission checks.
#include "storage/device_key.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cardex::kiosk {

namespace {

std::string errno_text(const std::string& what, const std::filesystem::path& p) {
    return what + " " + p.string() + ": " + std::strerror(errno);
}

// Writes all of `n` bytes, retrying on EINTR and short writes.
bool write_all(int fd, const std::uint8_t* p, std::size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

bool fsync_dir(const std::filesystem::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

DeviceKey::~DeviceKey() { OPENSSL_cleanse(bytes_.data(), bytes_.size()); }

DeviceKey DeviceKey::from_bytes(const std::array<std::uint8_t, size>& bytes) {
    DeviceKey k;
    k.bytes_ = bytes;
    return k;
}

Result<DeviceKey, std::string> DeviceKey::load(const std::filesystem::path& file) {
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return fail(errno_text("cannot open device key", file));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return fail(errno_text("cannot stat device key", file));
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        return fail("device key " + file.string() + " is accessible to group or others (must be 0600)");
    }
    if (st.st_size != static_cast<off_t>(size)) {
        ::close(fd);
        return fail("device key " + file.string() + " has " + std::to_string(st.st_size) + " bytes, expected 32");
    }
    DeviceKey k;
    std::size_t got = 0;
    while (got < size) {
        ssize_t r = ::read(fd, k.bytes_.data() + got, size - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += static_cast<std::size_t>(r);
    }
    ::close(fd);
    if (got != size) return fail("cannot read device key " + file.string());
    return k;
}

Result<DeviceKey, std::string> DeviceKey::load_or_create(const std::filesystem::path& file) {
    if (::access(file.c_str(), F_OK) == 0) return load(file);

    DeviceKey k;
    if (RAND_bytes(k.bytes_.data(), static_cast<int>(size)) != 1) return fail(std::string("RAND_bytes failed"));

    auto dir = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    auto tmp = dir / (file.filename().string() + ".tmp-" + std::to_string(::getpid()));
    ::unlink(tmp.c_str());  // a leftover of a crashed attempt by a process with the same pid
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return fail(errno_text("cannot create device key", tmp));
    bool ok = write_all(fd, k.bytes_.data(), size) && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        ::unlink(tmp.c_str());
        return fail(errno_text("cannot write device key", tmp));
    }
    // link() never replaces an existing file: if another process created the key meanwhile, its key
    // wins and is the one every process uses.
    int linked = ::link(tmp.c_str(), file.c_str());
    int link_errno = errno;
    ::unlink(tmp.c_str());
    if (linked != 0) {
        if (link_errno == EEXIST) return load(file);
        errno = link_errno;
        return fail(errno_text("cannot publish device key", file));
    }
    if (!fsync_dir(dir)) return fail(errno_text("cannot sync directory of", file));
    return k;
}

}  // namespace cardex::kiosk
