// cardex-server — the Cardex sync and operator API over HTTPS (protocol v1, docs/api.md).
#include <chrono>
#include <iostream>

#include "cardex/rcu/register.hpp"
#include "config.hpp"
#include "server.hpp"

int main(int argc, char** argv) {
    using namespace cardex;
    int exit_code = 0;
    auto config = server::parse_command_line(argc, argv, exit_code);
    if (!config) {
        (exit_code == 0 ? std::cout : std::cerr) << config.error() << '\n';
        return exit_code;
    }
    rcu::RegisterOptions options;
    options.normalize.default_country = config->default_country;
    options.sqlite.synchronous_full = config->synchronous_full;
    auto reg = rcu::Register::open(config->data_dir, options);
    if (!reg) {
        std::cerr << "cardex-server: " << reg.error() << '\n';
        return 1;
    }
    // Frequencies are built before listening, so the first tablet is not the one kept waiting.
    auto warm_start = std::chrono::steady_clock::now();
    auto records = (*reg)->warm_up();
    std::cout << "cardex-server: register ready (" << records << " records, "
              << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - warm_start).count()
              << " ms)" << std::endl;
    server::Server srv(*config, std::move(*reg));
    if (auto started = srv.start(); !started) {
        std::cerr << "cardex-server: " << started.error() << '\n';
        return 1;
    }
    // One line that scripts and tests wait for; no personal data is ever logged.
    std::cout << "cardex-server: listening on https://" << config->host << ":" << srv.port() << " (data "
              << config->data_dir << ")" << std::endl;
    srv.run();
    std::cout << "cardex-server: stopped" << std::endl;
    return 0;
}
