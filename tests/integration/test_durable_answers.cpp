// Answers wait for the sync that makes their commits durable (sync-server/server/durable_answers.hpp).
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "durable_answers.hpp"

using namespace cardex;
using namespace cardex::server;

namespace {

// A CommitSync that the test opens and closes by hand, counting the syncs begun and ended.
class GatedSync final : public rcu::CommitSync {
public:
    Result<bool, std::string> sync() override {
        std::unique_lock lock(mutex_);
        ++begun_;
        changed_.notify_all();
        changed_.wait(lock, [&] { return open_ > ended_; });
        ++ended_;
        changed_.notify_all();
        if (failing_) return fail(std::string("register.sqlite-wal: fdatasync failed: Input/output error"));
        return true;
    }
    void let_one_through() {
        std::lock_guard lock(mutex_);
        ++open_;
        changed_.notify_all();
    }
    void let_all_through() {
        std::lock_guard lock(mutex_);
        open_ = 1 << 30;
        changed_.notify_all();
    }
    void wait_begun(int n) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return begun_ >= n; });
    }
    void fail_from_now() {
        std::lock_guard lock(mutex_);
        failing_ = true;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int begun_ = 0, ended_ = 0, open_ = 0;
    bool failing_ = false;
};

struct Sent {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<ApiResponse> answers;
    DurableAnswers::Send sink() {
        return [this](ApiResponse r) {
            std::lock_guard lock(mutex);
            answers.push_back(std::move(r));
            changed.notify_all();
        };
    }
    std::size_t count() {
        std::lock_guard lock(mutex);
        return answers.size();
    }
    void wait_for(std::size_t n) {
        std::unique_lock lock(mutex);
        REQUIRE(changed.wait_for(lock, std::chrono::seconds(10), [&] { return answers.size() >= n; }));
    }
};

std::vector<std::pair<ApiResponse, DurableAnswers::Send>> answers(Sent& sent, std::initializer_list<int> statuses) {
    std::vector<std::pair<ApiResponse, DurableAnswers::Send>> out;
    for (int s : statuses) {
        ApiResponse r;
        r.status = s;
        r.route = "/v1/submissions:batch";
        out.emplace_back(std::move(r), sent.sink());
    }
    return out;
}

}  // namespace

TEST_CASE("durable answers: nothing goes out before the sync that follows its commit") {
    auto sync = std::make_shared<GatedSync>();
    Sent sent;
    {
        DurableAnswers durable(sync);
        durable.send_when_durable(answers(sent, {200, 200}));
        sync->wait_begun(1);
        // Committed while the first sync is under way: that sync may not cover it.
        durable.send_when_durable(answers(sent, {201}));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        CHECK(sent.count() == 0);

        sync->let_one_through();
        sent.wait_for(2);
        sync->wait_begun(2);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        CHECK(sent.count() == 2);  // the third waits for the second sync

        sync->let_one_through();
        sent.wait_for(3);
        CHECK(sent.answers[2].status == 201);
        sync->let_all_through();
    }
}

TEST_CASE("durable answers: a failed sync turns the answers into 503s to retry, route kept") {
    auto sync = std::make_shared<GatedSync>();
    sync->fail_from_now();
    sync->let_all_through();
    Sent sent;
    {
        DurableAnswers durable(sync);
        durable.send_when_durable(answers(sent, {200}));
        sent.wait_for(1);
    }
    REQUIRE(sent.answers.size() == 1);
    const auto& r = sent.answers[0];
    CHECK(r.status == 503);
    CHECK(r.content_type == "application/problem+json");
    CHECK(r.route == "/v1/submissions:batch");
    bool retry_after = false;
    for (const auto& [k, v] : r.headers) retry_after = retry_after || (k == "Retry-After" && v == "5");
    CHECK(retry_after);
}

TEST_CASE("durable answers: without a CommitSync answers go out at once, stopping sends what waits") {
    Sent direct;
    {
        DurableAnswers durable(nullptr);
        durable.send_when_durable(answers(direct, {200, 404}));
        CHECK(direct.count() == 2);  // on the caller's thread, before the call returns
    }

    auto sync = std::make_shared<GatedSync>();
    Sent sent;
    std::thread opener;
    {
        DurableAnswers durable(sync);
        durable.send_when_durable(answers(sent, {200}));
        sync->wait_begun(1);
        durable.send_when_durable(answers(sent, {200}));
        opener = std::thread([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            sync->let_all_through();
        });
    }  // the destructor waits for both syncs and sends both answers
    opener.join();
    CHECK(sent.count() == 2);
}
