// cardexctl — the central operator's command line. Every subcommand has --help; errors go to
// stderr with a non-zero exit status (2 for operator errors, 1 when some input rows were skipped).
#include <CLI/CLI.hpp>

#include "allocator.hpp"
#include "commands.hpp"
#include "ctl_common.hpp"

int main(int argc, char** argv) {
    CLI::App app{"cardexctl: operate a Cardex guest register"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(CARDEX_VERSION) + " (allocator: " + cardex::server::allocator_name() + ")");
    auto global = cardex::ctl::add_global_options(app);
    cardex::ctl::register_normalize_command(app);
    cardex::ctl::register_dedup_command(app);
    cardex::ctl::register_import_command(app, global);
    cardex::ctl::register_profile_commands(app, global);
    cardex::ctl::register_review_commands(app, global);
    cardex::ctl::register_thresholds_command(app, global);
    cardex::ctl::register_rematch_command(app, global);
    cardex::ctl::register_admin_commands(app, global);
    try {
        app.parse(argc, argv);
    } catch (const CLI::RuntimeError& e) {
        return e.get_exit_code();  // a command's own exit status, thrown to leave CLI11
    } catch (const CLI::ParseError& e) {
        // CLI11 prints its message (or the help); its own codes (105, 106, 109 …) are not the
        // documented status of an operator error.
        return app.exit(e) == 0 ? 0 : cardex::ctl::kExitUsage;
    }
    return 0;
}
