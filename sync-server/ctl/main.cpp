// cardexctl — the central operator's command line. Every subcommand has --help; errors go to
// stderr with a non-zero exit status.
#include <CLI/CLI.hpp>

#include "commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"cardexctl: operate a Cardex guest register"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(CARDEX_VERSION));
    cardex::ctl::register_normalize_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);  // includes the RuntimeError a command throws to carry its exit status
    }
    return 0;
}
