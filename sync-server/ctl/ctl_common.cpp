#include "ctl_common.hpp"

#include <cstdlib>

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

std::unique_ptr<rcu::Register> open_register(const GlobalOptions& g, const std::string& command) {
    auto reg = rcu::Register::open(g.data_dir);
    if (!reg) {
        report_error(command, reg.error());
        return nullptr;
    }
    return std::move(*reg);
}

bool open_input(const std::string& path, bool csv, InputFile& in, const std::string& command) {
    if (path == "-") {
        if (csv) {
            report_error(command, "CSV input needs --in FILE (its encoding is detected over the whole file)");
            return false;
        }
        in.stream = &std::cin;
        return true;
    }
    in.file.open(path, std::ios::binary);
    if (!in.file) {
        report_error(command, "cannot open " + path);
        return false;
    }
    in.stream = &in.file;
    return true;
}

}  // namespace cardex::ctl
