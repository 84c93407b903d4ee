// Running the project's real binaries from integration tests (no shell: arguments are passed as is).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cardex::test {

struct ProcessResult {
    int exit_code = -1;  ///< exit status, or 128 + signal number
    std::string out, err;
};

/// Runs `argv` to completion with `input` on its standard input; captures stdout and stderr.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {});

/// A fresh empty directory under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    /// Writes `content` to `name` inside the directory and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

/// The port in cardex-server's "listening" log line ({"event":"listening","url":"https://127.0.0.1:PORT",…})
/// found in `log`, or 0 while there is none.
unsigned short listening_port(const std::string& log);

}  // namespace cardex::test
