// Answers of the register's thread wait here until what they acknowledge is on disk.
//
// The register commits without waiting for the disk (SqliteOptions::sync_outside_commit); this
// stage's own thread then syncs the WAL once for every answer that queued up meanwhile and only
// then lets them go. The writer thread never waits for an fsync, and a slow disk no longer stops
// it: it keeps taking in batches while the sync is under way, and one sync covers them all.
//
// Every answer waits, reads included: an answer may tell of something another request committed
// moments ago ("duplicate" for a batch re-sent at once), so nothing goes out before the sync that
// follows it.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "api.hpp"
#include "cardex/rcu/store.hpp"

namespace cardex::server {

class DurableAnswers {
public:
    using Send = std::function<void(ApiResponse)>;

    /// `sync` null: commits are durable as they return, and answers go out at once.
    explicit DurableAnswers(std::shared_ptr<rcu::CommitSync> sync);
    /// Syncs and sends whatever is still waiting, then stops the thread.
    ~DurableAnswers();
    DurableAnswers(const DurableAnswers&) = delete;
    DurableAnswers& operator=(const DurableAnswers&) = delete;

    /// Called once the answers' transactions committed. If the sync fails, each is replaced by a
    /// 503 (the tablet keeps its batch and sends it again: a duplicate then, if it was kept).
    void send_when_durable(std::vector<std::pair<ApiResponse, Send>> answers);

private:
    void run();

    std::shared_ptr<rcu::CommitSync> sync_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<std::pair<ApiResponse, Send>> waiting_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace cardex::server
