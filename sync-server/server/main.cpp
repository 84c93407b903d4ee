// cardex-server — the Cardex sync and operator API over HTTPS (protocol v1, docs/api.md).
#include <chrono>
#include <iostream>

#include "allocator.hpp"
#include "cardex/rcu/register.hpp"
#include "config.hpp"
#include "log.hpp"
#include "server.hpp"

int main(int argc, char** argv) {
    using namespace cardex;
    namespace log = server::log;
    int exit_code = 0;
    auto config = server::parse_command_line(argc, argv, exit_code);
    if (!config) {
        (exit_code == 0 ? std::cout : std::cerr) << config.error() << '\n';
        return exit_code;
    }
    log::set_level(config->log_level);  // checked by the option parser
    rcu::RegisterOptions options;
    options.normalize.default_country = config->default_country;
    options.sqlite.synchronous_full = config->synchronous_full;
    // Acknowledged = on disk still, but the WAL's sync runs on a thread of its own (DurableAnswers):
    // the register's writer thread never waits for the disk.
    options.sqlite.sync_outside_commit = true;
    auto reg = rcu::Register::open(config->data_dir, options);
    if (!reg) {
        std::cerr << "cardex-server: " << reg.error() << '\n';
        return 1;
    }
    // Frequencies are built before listening, so the first tablet is not the one kept waiting.
    auto warm_start = std::chrono::steady_clock::now();
    auto records = (*reg)->warm_up();
    auto warm_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - warm_start);
    log::lifecycle("register_ready", {{"records", records}, {"ms", warm_ms.count()}, {"data_dir", config->data_dir}});
    server::Server srv(*config, std::move(*reg));
    if (auto started = srv.start(); !started) {
        std::cerr << "cardex-server: " << started.error() << '\n';
        return 1;
    }
    // The line that scripts and tests wait for (its "url" has the port, also when --listen said 0).
    log::lifecycle("listening", {{"url", server::https_url(config->host, srv.port())},
                            {"version", CARDEX_VERSION},
                            {"threads", config->threads},
                            {"allocator", server::allocator_name()}});
    srv.run();
    log::lifecycle("stopped");
    return 0;
}
