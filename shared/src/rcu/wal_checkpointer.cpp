#include "rcu/wal_checkpointer.hpp"

#include <algorithm>
#include <iostream>

#include <sqlite3.h>

namespace cardex::rcu {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(sqlite3* writer, const std::string& path, int threshold_frames,
                                                        std::string& error) {
    sqlite3* own = nullptr;
    if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        error = path + ": cannot open a checkpoint connection: " + (own ? sqlite3_errmsg(own) : "out of memory");
        sqlite3_close(own);
        return nullptr;
    }
    // A connection opens the WAL with its first read; until then a checkpoint on it is a silent
    // no-op (it reports -1 frames). Asking the journal mode reads the file and checks it is WAL.
    std::string mode;
    auto read_mode = [](void* out, int, char** values, char**) {
        *static_cast<std::string*>(out) = values[0] ? values[0] : "";
        return 0;
    };
    if (sqlite3_exec(own, "PRAGMA journal_mode", read_mode, &mode, nullptr) != SQLITE_OK || mode != "wal") {
        error = path + ": the checkpoint connection does not see a WAL database (" +
                (mode.empty() ? std::string(sqlite3_errmsg(own)) : "journal mode " + mode) + ")";
        sqlite3_close(own);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(writer, own, path, threshold_frames));
}

WalCheckpointer::WalCheckpointer(sqlite3* writer, sqlite3* own, std::string path, int threshold_frames)
    : writer_(writer), own_(own), path_(std::move(path)), threshold_(threshold_frames), bound_(4 * threshold_frames) {
    // When the WAL starts again from its beginning, the file is cut back to the bound.
    sqlite3_stmt* st = nullptr;
    long long page_size = 4096;
    if (sqlite3_prepare_v2(writer_, "PRAGMA page_size", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        page_size = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    const std::string limit = "PRAGMA journal_size_limit = " + std::to_string(32 + bound_ * (page_size + 24));
    sqlite3_exec(writer_, limit.c_str(), nullptr, nullptr, nullptr);
    thread_ = std::thread([this] { run(); });
    // Installing a WAL hook turns SQLite's automatic checkpoint off (it is a WAL hook itself).
    sqlite3_wal_hook(writer_, &WalCheckpointer::on_commit, this);
}

WalCheckpointer::~WalCheckpointer() {
    sqlite3_wal_autocheckpoint(writer_, threshold_);  // also removes our hook
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    sqlite3_close(own_);
}

// Runs on the writer's thread once its COMMIT is done (the write lock is released): signal, and only
// past the bound checkpoint here, as SQLite's automatic checkpoint does in this same hook.
int WalCheckpointer::on_commit(void* self, sqlite3* db, const char* schema, int frames) {
    auto* me = static_cast<WalCheckpointer*>(self);
    std::unique_lock lock(me->mutex_);
    if (frames < me->seen_) {  // the WAL started again from its beginning
        me->copied_ = 0;
        ++me->restarts_;  // a background pass that began before knows its count is stale
    }
    me->seen_ = frames;
    if (frames >= me->bound_) {
        lock.unlock();
        // SQLITE_BUSY when the background one is running: it is copying, and the next commit checks again.
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++me->inline_checkpoints_;
        return SQLITE_OK;
    }
    // A pass copies what the WAL holds when it starts: while one is asked for or running, ask nothing.
    if (me->wanted_ || me->running_) return SQLITE_OK;
    if (!background_checkpoint_wanted(frames, me->copied_, me->threshold_, me->bound_)) return SQLITE_OK;
    me->wanted_ = true;
    lock.unlock();
    me->wake_.notify_one();
    return SQLITE_OK;
}

// Each pass writes every page the WAL changed since the last one, so a page changed by many commits
// (a b-tree's interior, a busy leaf) is written once per pass: waiting for `threshold` new frames
// copies far less than a pass as often as possible (which, under 2,000 cards/s, wrote 2.8 bytes
// into the database file per byte of WAL and fsynced it 90 times a second). Near the bound, any new
// frame is worth copying: what is left when a commit reaches the bound, the writer copies itself.
bool background_checkpoint_wanted(int frames, int copied, int threshold, int bound) {
    const int fresh = frames - std::min(copied, frames);
    return fresh >= (frames >= bound - threshold / 2 ? 1 : threshold);
}

void WalCheckpointer::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return wanted_ || stopping_; });
        if (stopping_) return;
        wanted_ = false;
        running_ = true;
        const int restarts = restarts_;
        lock.unlock();
        const int copied = checkpoint();
        lock.lock();
        running_ = false;
        ++background_checkpoints_;
        if (copied >= 0 && restarts == restarts_) copied_ = copied;
    }
}

int WalCheckpointer::checkpoint() {
    int frames = 0, copied = 0;
    int rc = sqlite3_wal_checkpoint_v2(own_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
    if (rc == SQLITE_OK && frames >= 0) return copied;
    // BUSY: another process (cardexctl, a backup) is checkpointing; the next commit asks again.
    if (rc == SQLITE_BUSY) return -1;
    std::string error = rc == SQLITE_OK ? "the database is not in WAL mode" : sqlite3_errmsg(own_);
    if (error == last_error_) return -1;
    last_error_ = error;
    // A failed checkpoint loses nothing (the frames stay in the WAL) but lets the WAL grow: say so.
    std::cerr << "cardex register " << path_ << ": background checkpoint failed: " << error << std::endl;
    return -1;
}

}  // namespace cardex::rcu
