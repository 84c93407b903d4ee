// The subcommands of cardexctl. Each registers itself on the app and runs when selected.
#pragma once

#include <CLI/CLI.hpp>

namespace cardex::ctl {

/// `cardexctl normalize`: JSON lines or CSV in → one JSON object per record out (import-schema.md).
void register_normalize_command(CLI::App& app);

}  // namespace cardex::ctl
