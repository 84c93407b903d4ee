// The subcommands of cardexctl. Each registers itself on the app and runs when selected.
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

namespace cardex::ctl {

struct GlobalOptions;

/// `cardexctl normalize`: JSON lines or CSV in → one JSON object per record out (import-schema.md).
void register_normalize_command(CLI::App& app);
/// `cardexctl dedup`: CSV in → clusters.csv (+ --explain), in memory, all cores.
void register_dedup_command(CLI::App& app);
/// `cardexctl import`: CSV into the register in --data-dir, deduplicated row by row.
void register_import_command(CLI::App& app, std::shared_ptr<GlobalOptions> g);
/// `cardexctl profile show|export|erase`.
void register_profile_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g);
/// `cardexctl review list|decide`, `cardexctl link`, `cardexctl unlink`.
void register_review_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g);
/// `cardexctl thresholds`: shows or sets the register's dedup thresholds.
void register_thresholds_command(CLI::App& app, std::shared_ptr<GlobalOptions> g);
/// `cardexctl rematch`: searches again from stored records' profiles (after an upgrade).
void register_rematch_command(CLI::App& app, std::shared_ptr<GlobalOptions> g);
/// device enroll|list|revoke, user add, stats, backup
void register_admin_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g);

}  // namespace cardex::ctl
