#include "ctl_common.hpp"

#include "cardex/country.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

namespace cardex::ctl {

std::string GlobalOptions::actor_or_default() const {
    if (!actor.empty()) return actor;
    const char* user = std::getenv("USER");
    return std::string("operator:") + (user && *user ? user : "unknown");
}

std::shared_ptr<GlobalOptions> add_global_options(CLI::App& app) {
    auto g = std::make_shared<GlobalOptions>();
    app.add_option("--data-dir", g->data_dir, "Directory of the register (register.sqlite)")->capture_default_str();
    app.add_option("--actor", g->actor, "Who is acting, for the audit log (default operator:$USER)");
    return g;
}

int report_error(const std::string& command, const std::string& message) {
    std::cerr << "cardexctl " << command << ": " << message << "\n";
    return kExitUsage;
}

std::unique_ptr<rcu::Register> open_register(const GlobalOptions& g, const std::string& command, IfMissing if_missing,
                                             rcu::RegisterOptions options) {
    options.create_if_missing = if_missing == IfMissing::create;
    auto reg = rcu::Register::open(g.data_dir, options);
    if (!reg) {
        std::string hint = register_exists(g) ? "" : ": check --data-dir (import, device enroll and user add create a register)";
        report_error(command, reg.error() + hint);
        return nullptr;
    }
    return std::move(*reg);
}

bool register_exists(const GlobalOptions& g) {
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(g.data_dir) / "register.sqlite", ec);
}

bool open_input(const std::string& path, InputFile& in, const std::string& command) {
    if (path == "-") {
        in.stream = &std::cin;
        return true;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        report_error(command, path + " is a directory, not an input file");
        return false;
    }
    in.file.open(path, std::ios::binary);
    if (!in.file) {
        report_error(command, "cannot open " + path);
        return false;
    }
    in.stream = &in.file;
    return true;
}

bool parse_country_option(const std::string& value, const std::string& command, std::string& alpha2) {
    auto country = country_to_alpha2(value);
    if (!country) {
        report_error(command, "--default-country: '" + value + "' is not a country");
        return false;
    }
    alpha2 = *country;
    return true;
}

bool same_file(const std::string& a, const std::string& b) {
    if (a == "-" || b == "-") return false;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) {
        bool same = fs::equivalent(a, b, ec);
        if (!ec) return same;
    }
    return fs::weakly_canonical(fs::absolute(a, ec), ec) == fs::weakly_canonical(fs::absolute(b, ec), ec);
}

OutputFile::~OutputFile() {
    if (temp_.empty()) return;
    file_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);  // a failed run: the destination is left as it was
}

bool OutputFile::open(const std::string& path, const std::string& command) {
    path_ = path;
    if (path == "-") return true;
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        // A device or a pipe (/dev/stdout, a FIFO): written in place, nothing to rename over it.
        direct_ = true;
        file_.open(path, std::ios::binary | std::ios::trunc);
        if (!file_) report_error(command, "cannot write " + path);
        return static_cast<bool>(file_);
    }
    // Through a symbolic link, the file it names is replaced, not the link.
    const bool replacing = fs::exists(status);
    if (replacing)
        if (auto real = fs::canonical(path, ec); !ec) path_ = real.string();
    std::string pattern = path_ + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        report_error(command, "cannot write " + path + ": " + std::strerror(errno));
        return false;
    }
    // mkstemp makes the file 0600; an output keeps the permissions of the file it replaces, or
    // gets those a plain create would give it.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, replacing ? static_cast<mode_t>(status.permissions()) & 07777 : 0666 & ~mask);
    ::close(fd);
    temp_ = pattern;
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        report_error(command, "cannot write " + path);
        return false;
    }
    return true;
}

bool OutputFile::commit(const std::string& command) {
    if (path_ == "-") {
        if (std::cout.flush()) return true;
        report_error(command, "write error on standard output");
        return false;
    }
    file_.close();
    std::error_code ec;
    if (file_.fail()) {
        report_error(command, "write error on " + path_);
        return false;
    }
    if (direct_) return true;
    std::filesystem::rename(temp_, path_, ec);
    if (ec) {
        report_error(command, "cannot write " + path_ + ": " + ec.message());
        return false;
    }
    temp_.clear();
    return true;
}

}  // namespace cardex::ctl
