// Pieces every cardexctl subcommand uses: options shared by all, opening inputs and the register.
#pragma once

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cardex/rcu/register.hpp"
#include "record_source.hpp"

namespace cardex::ctl {

/// Options given before the subcommand: `cardexctl --data-dir DIR --actor NAME <command> …`.
struct GlobalOptions {
    std::string data_dir = "./var";
    std::string actor;  ///< default "operator:$USER"
    std::string actor_or_default() const;
};

/// Registers --data-dir and --actor on the app; the returned options are filled when it parses.
std::shared_ptr<GlobalOptions> add_global_options(CLI::App& app);

/// Prints "cardexctl <command>: <message>" to stderr and returns the exit status for operator errors.
int report_error(const std::string& command, const std::string& message);

/// Opens the register in the data directory, or prints why not.
std::unique_ptr<rcu::Register> open_register(const GlobalOptions& g, const std::string& command);

/// An input file opened for a record source (CSV needs a real, seekable file).
struct InputFile {
    std::ifstream file;
    std::istream* stream = nullptr;
};
bool open_input(const std::string& path, bool csv, InputFile& in, const std::string& command);

/// Exit statuses: 0 success, 1 finished but some input rows were unreadable, 2 operator error.
inline constexpr int kExitRowErrors = 1;
inline constexpr int kExitUsage = 2;

}  // namespace cardex::ctl
