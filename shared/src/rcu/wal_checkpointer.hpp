// Checkpoints a WAL-mode SQLite database on a thread and connection of its own (internal).
//
// SQLite's automatic checkpoint runs inside the COMMIT that passes 1000 WAL frames: that commit
// then copies the frames into the database file and fsyncs it, and the server's register thread
// (which every tablet's batch waits for) stops for it. Measured under 2,000 submissions/s, those
// commits made the whole p99 latency. Here the writer's commit only signals; a second connection
// runs a PASSIVE checkpoint, which never blocks the writer, and the writer restarts the WAL from its
// beginning once a checkpoint has copied everything.
//
// A writer that never pauses (an import, a server at capacity) appends frames while each background
// checkpoint runs, so none of them ever catches up and the WAL would grow without end (seen: 3.9 GB
// after 400,000 imported records). So the background has a bound: a commit that leaves four times the
// threshold in the WAL checkpoints there and then, as SQLite's own automatic checkpoint would; the
// writer waits once, the checkpoint completes, and the next write starts the WAL again, truncated to
// that bound (journal_size_limit).
//
// A background checkpoint is asked for once `threshold` frames have been added since the last one
// copied, not at every commit past the threshold (see background_checkpoint_wanted()).
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace cardex::rcu {

/// Whether a commit that leaves `frames` frames in the WAL, `copied` of which a checkpoint has
/// already put into the database file, asks the background for a pass: once `threshold` frames are
/// new, and near the bound (4 × threshold) once any is.
bool background_checkpoint_wanted(int frames, int copied, int threshold, int bound);

class WalCheckpointer {
public:
    /// Replaces the automatic checkpoint of `writer` (a connection to `path` in WAL mode): once a
    /// commit leaves `threshold_frames` or more frames in the WAL that no checkpoint has copied
    /// yet, a checkpoint is run in the background. Returns an error naming the file when the
    /// second connection cannot be opened.
    static std::unique_ptr<WalCheckpointer> start(sqlite3* writer, const std::string& path, int threshold_frames,
                                                  std::string& error);

    /// Waits for a running checkpoint, stops the thread and gives `writer` back its automatic
    /// checkpoint. Call before closing `writer`.
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// Checkpoints the writer had to run itself because the WAL passed the bound.
    int inline_checkpoints() const { return inline_checkpoints_.load(); }
    /// Passes the background thread has run.
    int background_checkpoints() const { return background_checkpoints_.load(); }

private:
    WalCheckpointer(sqlite3* writer, sqlite3* own, std::string path, int threshold_frames);
    static int on_commit(void* self, sqlite3* db, const char* schema, int frames);
    void run();
    int checkpoint();  ///< frames of the WAL now in the database file, or -1

    sqlite3* writer_;
    sqlite3* own_;  ///< used only by the thread
    std::string path_;
    int threshold_;
    int bound_;  ///< frames; 4 × threshold
    std::atomic<int> inline_checkpoints_{0};
    std::atomic<int> background_checkpoints_{0};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool wanted_ = false;   ///< a background checkpoint is asked for…
    bool running_ = false;  ///< …or running
    int copied_ = 0;        ///< frames of the WAL that a checkpoint has copied into the database file
    int seen_ = 0;          ///< frames in the WAL at the last commit
    int restarts_ = 0;      ///< times the WAL was seen to start again from its beginning
    bool stopping_ = false;
    std::string last_error_;  ///< reported once per distinct error, not once per commit
    std::thread thread_;
};

}  // namespace cardex::rcu
