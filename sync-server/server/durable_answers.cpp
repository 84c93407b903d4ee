#include "durable_answers.hpp"

#include <chrono>
#include <cmath>

#include "log.hpp"

namespace cardex::server {

DurableAnswers::DurableAnswers(std::shared_ptr<rcu::CommitSync> sync) : sync_(std::move(sync)) {
    if (sync_) thread_ = std::thread([this] { run(); });
}

DurableAnswers::~DurableAnswers() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
}

void DurableAnswers::send_when_durable(std::vector<std::pair<ApiResponse, Send>> answers) {
    if (!sync_) {
        for (auto& [answer, send] : answers) send(std::move(answer));
        return;
    }
    {
        std::lock_guard lock(mutex_);
        for (auto& a : answers) waiting_.push_back(std::move(a));
    }
    wake_.notify_one();
}

void DurableAnswers::run() {
    for (;;) {
        std::vector<std::pair<ApiResponse, Send>> batch;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (waiting_.empty()) return;  // stopping, and nothing left to send
            batch.swap(waiting_);
        }
        // Everything in `batch` was committed before it was queued, so before this sync began.
        const auto started = std::chrono::steady_clock::now();
        auto synced = sync_->sync();
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
        if (took > std::chrono::milliseconds(250))
            log::warn("slow_wal_sync", {{"answers", batch.size()}, {"ms", std::round(took.count())}});
        if (!synced) log::error("wal_sync_failed", {{"answers", batch.size()}, {"error", synced.error()}});
        for (auto& [answer, send] : batch) {
            if (!synced) {
                auto route = answer.route;
                answer = unavailable("the register could not make this durable; try again later");
                answer.route = route;
            }
            send(std::move(answer));
        }
    }
}

}  // namespace cardex::server
