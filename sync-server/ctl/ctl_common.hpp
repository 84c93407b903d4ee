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

/// Whether a command may make a new register when the data directory has none. Only the commands
/// that set a register up (import, device enroll, user add, thresholds when setting) create one;
/// every other one refuses: a mistyped --data-dir must not look like an empty register.
enum class IfMissing { refuse, create };

/// Opens the register in the data directory, or prints why not.
std::unique_ptr<rcu::Register> open_register(const GlobalOptions& g, const std::string& command,
                                             IfMissing if_missing = IfMissing::refuse, rcu::RegisterOptions options = {});
/// Whether the data directory holds a register file.
bool register_exists(const GlobalOptions& g);

/// An input file opened for a record source ("-" is standard input).
struct InputFile {
    std::ifstream file;
    std::istream* stream = nullptr;
};
bool open_input(const std::string& path, InputFile& in, const std::string& command);

/// Reads --default-country (alpha-2, alpha-3 or a name) into `alpha2`, or prints why not.
bool parse_country_option(const std::string& value, const std::string& command, std::string& alpha2);

/// Whether two paths name the same file (the same inode when both exist, else the same absolute path).
bool same_file(const std::string& a, const std::string& b);

/// An output written to a temporary file beside its destination and renamed over it by commit():
/// a run that fails half-way leaves the destination as it was, never truncated. "-" is standard
/// output, and a device or pipe (/dev/stdout, a FIFO) is written in place.
class OutputFile {
public:
    OutputFile() = default;
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    /// Opens the temporary file, or prints why not and returns false.
    bool open(const std::string& path, const std::string& command);
    std::ostream& stream() { return path_ == "-" ? std::cout : file_; }
    /// Flushes and renames into place, or prints why not and returns false.
    bool commit(const std::string& command);

private:
    std::string path_, temp_;
    std::ofstream file_;
    bool direct_ = false;  // not a regular file (a device, a pipe): written in place
};

/// Exit statuses: 0 success, 1 finished but some input rows were unreadable, 2 operator error.
inline constexpr int kExitRowErrors = 1;
inline constexpr int kExitUsage = 2;

}  // namespace cardex::ctl
