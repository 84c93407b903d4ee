// CommitSync for a SQLite register in WAL mode whose connection commits with synchronous=NORMAL:
// an fdatasync of the WAL file, which is exactly what synchronous=FULL adds to every commit
// (sqlite.org/pragma.html#pragma_synchronous). Run after a commit returned, it covers that commit's
// frames and every earlier one; the database file itself is synced by SQLite at each checkpoint.
#pragma once

#include <mutex>
#include <string>

#include "cardex/rcu/store.hpp"

namespace cardex::rcu {

class WalFileSync final : public CommitSync {
public:
    /// `wal_path`: the database's path followed by "-wal".
    explicit WalFileSync(std::string wal_path);
    ~WalFileSync() override;
    WalFileSync(const WalFileSync&) = delete;
    WalFileSync& operator=(const WalFileSync&) = delete;

    Result<bool, std::string> sync() override;

private:
    std::mutex mutex_;
    std::string path_;
    int fd_ = -1;
};

}  // namespace cardex::rcu
