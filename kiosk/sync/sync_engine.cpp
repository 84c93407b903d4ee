// Sync engine: batches, results, backoff, revocation, enrolment.
#include "sync/sync_engine.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace cardex::kiosk {

namespace {

using std::chrono::milliseconds;

std::string describe(const sync::ClientError& e) {
    switch (e.kind) {
    case sync::ErrorKind::network: return "server not reachable: " + e.message;
    case sync::ErrorKind::tls: return "TLS failure (certificate or configuration): " + e.message;
    case sync::ErrorKind::protocol: return "unexpected answer from the server: " + e.message;
    case sync::ErrorKind::http: {
        std::string s = "server answered " + std::to_string(e.problem.status);
        if (!e.problem.title.empty()) s += " " + e.problem.title;
        return s;
    }
    }
    return e.message;
}

// The supervisor's words for it (SyncState::last_error_kind).
std::string kind_of(const sync::ErrorKind kind) {
    switch (kind) {
    case sync::ErrorKind::network: return "offline";
    case sync::ErrorKind::tls: return "tls";
    case sync::ErrorKind::protocol:
    case sync::ErrorKind::http: return "server";
    }
    return "server";
}

// A whole-batch refusal that is about the batch's content, not the server's state: sending smaller
// batches isolates the submission that causes it.
bool content_refusal(const sync::ClientError& e) {
    return e.kind == sync::ErrorKind::http && (e.problem.status == 400 || e.problem.status == 413 || e.problem.status == 422);
}

}  // namespace

milliseconds backoff_delay(int failures, milliseconds base, milliseconds cap, milliseconds floor, double u) {
    if (failures <= 0) return milliseconds(0);
    // 2^(failures-1) overflows nothing: past 2^40 the cap has long been reached.
    double ceiling = static_cast<double>(base.count()) * std::ldexp(1.0, std::min(failures - 1, 40));
    ceiling = std::min(ceiling, static_cast<double>(cap.count()));
    u = std::clamp(u, 0.0, 1.0);
    auto d = milliseconds(static_cast<milliseconds::rep>(ceiling * u));
    return std::max(d, std::min(floor, cap));
}

SyncEngine::SyncEngine(OutboxStore& store, SyncTransport& transport, SyncOptions options)
    : store_(store), transport_(transport), options_(std::move(options)) {
    if (!options_.now) options_.now = [] { return std::chrono::system_clock::now(); };
    if (!options_.random01) {
        auto rng = std::make_shared<std::mt19937_64>(std::random_device{}());
        options_.random01 = [rng] { return std::uniform_real_distribution<double>(0.0, 1.0)(*rng); };
    }
    if (!options_.make_batch_id) options_.make_batch_id = [] { return sync::make_uuid(); };
    options_.max_batch = std::clamp<std::size_t>(options_.max_batch, 1, 500);
    batch_limit_ = options_.max_batch;
}

Result<bool, std::string> SyncEngine::start() {
    auto recovered = store_.recover_interrupted();
    if (!recovered) return fail(recovered.error());
    auto e = store_.enrolment();
    if (!e) return fail(e.error());
    has_token_ = e->has_value();
    if (has_token_) transport_.set_device_token((*e)->device_token);
    return true;
}

PassResult SyncEngine::fail_store(std::string message) {
    PassResult r;
    r.outcome = PassResult::Outcome::store_error;
    r.error = std::move(message);
    return r;
}

PassResult SyncEngine::backoff(SyncState state, TimePoint now, std::string error, std::string kind,
                               std::chrono::seconds retry_after) {
    state.consecutive_failures += 1;
    auto delay = backoff_delay(state.consecutive_failures, options_.backoff_base, options_.backoff_cap,
                               options_.backoff_floor, options_.random01());
    delay = std::max<milliseconds>(delay, std::min<milliseconds>(retry_after, options_.max_retry_after));
    state.retry_at = now + delay;
    state.last_error = error;
    state.last_error_kind = std::move(kind);
    PassResult r;
    r.outcome = PassResult::Outcome::failed;
    r.retry_at = state.retry_at;
    r.error = std::move(error);
    if (auto saved = store_.save_sync_state(state); !saved) return fail_store(saved.error());
    return r;
}

Result<bool, std::string> SyncEngine::apply(const std::vector<SendOutcome>& outcomes) {
    auto applied = store_.apply(outcomes);
    if (applied) taken_unapplied_ = false;  // the rows taken have their outcome
    return applied;
}

PassResult SyncEngine::run_pass() {
    const TimePoint now = options_.now();
    // A store failure after the last upload left its rows `sending`; nothing else would take them.
    if (taken_unapplied_) {
        if (auto r = store_.recover_interrupted(); !r) return fail_store(r.error());
        taken_unapplied_ = false;
    }
    auto state_r = store_.sync_state();
    if (!state_r) return fail_store(state_r.error());
    SyncState state = *state_r;

    PassResult r;
    if (state.revoked) {
        r.outcome = PassResult::Outcome::revoked;
        r.error = state.last_error;
        return r;
    }
    if (!has_token_) {
        r.outcome = PassResult::Outcome::not_enrolled;
        return r;
    }
    // The clock went back since the last attempt: the wait is counted from now, not from a future
    // that may be days away. A Retry-After was already cut to max_retry_after when it was stored.
    const TimePoint latest = now + std::max(options_.backoff_cap, options_.max_retry_after);
    if ((state.last_attempt > now && state.retry_at > now) || state.retry_at > latest) {
        if (state.last_attempt > now) state.retry_at = now + (state.retry_at - state.last_attempt);
        state.retry_at = std::min(state.retry_at, latest);
        state.last_attempt = now;  // counted from here on, also by the passes that follow
        if (auto saved = store_.save_sync_state(state); !saved) return fail_store(saved.error());
    }
    if (now < state.retry_at) {
        r.outcome = PassResult::Outcome::backing_off;
        r.retry_at = state.retry_at;
        return r;
    }

    auto items = store_.take_for_sending(batch_limit_, options_.max_batch_bytes, now);
    if (!items) return fail_store(items.error());
    taken_unapplied_ = !items->empty();
    if (items->empty()) {
        // Unreadable records were moved aside; readable ones may still wait beyond this window.
        auto counts = store_.counts();
        if (!counts) return fail_store(counts.error());
        batch_limit_ = options_.max_batch;
        r.outcome = PassResult::Outcome::nothing_to_send;
        r.more = counts->queued > 0;
        return r;
    }
    std::vector<Submission> batch;
    batch.reserve(items->size());
    for (auto& item : *items) batch.push_back(std::move(*item.submission));

    state.last_attempt = now;
    auto answer = transport_.upload(options_.make_batch_id(), batch);
    batch.clear();  // personal data in memory no longer than needed

    std::vector<SendOutcome> back;  // what to record when the batch as a whole was not accepted
    for (const auto& item : *items) back.push_back({item.id, SendOutcome::retry, {}});

    if (!answer) {
        const auto& err = answer.error();
        if (err.kind == sync::ErrorKind::http && err.problem.status == 401) {
            if (auto a = apply(back); !a) return fail_store(a.error());
            state.revoked = true;
            state.last_error = "the server refused this device's credentials (401): the device was revoked; "
                               "enrol it again from the supervisor screen";
            state.last_error_kind = "revoked";
            if (auto s = store_.save_sync_state(state); !s) return fail_store(s.error());
            r.outcome = PassResult::Outcome::revoked;
            r.error = state.last_error;
            return r;
        }
        if (content_refusal(err) && items->size() > 1) {
            if (auto a = apply(back); !a) return fail_store(a.error());
            batch_limit_ = std::max<std::size_t>(1, items->size() / 2);
            if (auto s = store_.save_sync_state(state); !s) return fail_store(s.error());
            r.outcome = PassResult::Outcome::split;
            r.more = true;
            r.error = describe(err);
            return r;
        }
        if (content_refusal(err)) {
            // One submission the server refuses outright: the supervisor decides, like a rejected one.
            FieldErrors errors = err.problem.errors;
            if (errors.empty())
                errors.push_back({"", "refused_" + std::to_string(err.problem.status),
                                  err.problem.title.empty() ? describe(err) : err.problem.title});
            back.front() = {items->front().id, SendOutcome::rejected, std::move(errors)};
            if (auto a = apply(back); !a) return fail_store(a.error());
            batch_limit_ = options_.max_batch;
            state.consecutive_failures = 0;
            state.last_error.clear();
            state.last_error_kind.clear();
            if (auto s = store_.save_sync_state(state); !s) return fail_store(s.error());
            r.outcome = PassResult::Outcome::uploaded;
            r.sent = 1;
            r.rejected = 1;
            r.more = true;
            return r;
        }
        if (auto a = apply(back); !a) return fail_store(a.error());
        // A timeout on a slow uplink fails the same full batch forever: send less next time.
        if (err.kind == sync::ErrorKind::network) batch_limit_ = std::max<std::size_t>(1, items->size() / 2);
        return backoff(state, now, describe(err), kind_of(err.kind), err.problem.retry_after);
    }

    // The answer must name exactly the submissions sent, in order; anything else is a server bug we
    // must not act on (deleting the wrong record would lose a guest's data).
    const auto& results = answer->results;
    bool matches = results.size() == items->size();
    for (std::size_t i = 0; matches && i < results.size(); ++i) matches = results[i].submission_id == (*items)[i].id;
    if (!matches) {
        if (auto a = apply(back); !a) return fail_store(a.error());
        return backoff(state, now, "the server's results do not match the batch sent", "server", std::chrono::seconds(0));
    }

    std::vector<SendOutcome> outcomes;
    outcomes.reserve(results.size());
    for (const auto& res : results) {
        switch (res.status) {
        case sync::SubmissionStatus::stored:
            ++r.stored;
            outcomes.push_back({res.submission_id, SendOutcome::acknowledged, {}});
            break;
        case sync::SubmissionStatus::duplicate:
            ++r.duplicates;
            outcomes.push_back({res.submission_id, SendOutcome::acknowledged, {}});
            break;
        case sync::SubmissionStatus::rejected:
            ++r.rejected;
            outcomes.push_back({res.submission_id, SendOutcome::rejected, res.errors});
            break;
        }
    }
    if (auto a = apply(outcomes); !a) return fail_store(a.error());
    batch_limit_ = std::min(options_.max_batch, batch_limit_ * 2);
    state.consecutive_failures = 0;
    state.retry_at = TimePoint{};
    state.last_success = now;
    state.last_error.clear();
    state.last_error_kind.clear();
    if (auto s = store_.save_sync_state(state); !s) return fail_store(s.error());

    r.outcome = PassResult::Outcome::uploaded;
    r.sent = static_cast<int>(results.size());
    auto counts = store_.counts();
    if (!counts) return fail_store(counts.error());
    r.more = counts->queued > 0;
    // Best effort: the WAL need not keep deleted pages around; a failure here loses nothing.
    if (!r.more) (void)store_.checkpoint();
    return r;
}

PassResult SyncEngine::drain() {
    PassResult total;
    for (;;) {
        auto r = run_pass();
        total.sent += r.sent;
        total.stored += r.stored;
        total.duplicates += r.duplicates;
        total.rejected += r.rejected;
        total.outcome = r.outcome;
        total.more = r.more;
        total.retry_at = r.retry_at;
        total.error = r.error;
        if (!r.more) return total;
    }
}

Result<DeviceEnrolment, std::string> SyncEngine::enrol(const std::string& code, const std::string& device_name) {
    auto answer = transport_.enroll(code, device_name);
    if (!answer) {
        const auto& err = answer.error();
        if (err.kind == sync::ErrorKind::http && err.problem.status == 401)
            return fail(std::string("the enrolment code is unknown, already used or expired"));
        return fail(describe(err));
    }
    // Waiting cards were captured for the current hotel; sent under another one's enrolment they
    // would become that hotel's police cards. The new device stays unused: revoke it on the server.
    auto current = store_.enrolment();
    if (!current) return fail(current.error());
    if (*current && !(*current)->hotel_id.empty() && (*current)->hotel_id != answer->hotel_id) {
        auto counts = store_.counts();
        if (!counts) return fail(counts.error());
        if (counts->total() > 0)
            return fail("this tablet still holds " + std::to_string(counts->total()) + " card(s) of hotel " +
                        (*current)->hotel_id + ": send them (enrol it again for " + (*current)->hotel_id +
                        ") or discard them before enrolling it for " + answer->hotel_id + "; the device \"" +
                        answer->device_id + "\" just enrolled is not used and may be revoked");
    }
    DeviceEnrolment e;
    e.device_id = answer->device_id;
    e.device_name = device_name;
    e.hotel_id = answer->hotel_id;
    e.device_token = answer->device_token;
    e.enrolled_at = options_.now();
    if (auto saved = store_.save_enrolment(e); !saved) return fail(saved.error());
    transport_.set_device_token(e.device_token);
    has_token_ = true;
    batch_limit_ = options_.max_batch;
    return e;
}

Result<EngineStatus, std::string> SyncEngine::status() {
    EngineStatus s;
    auto counts = store_.counts();
    if (!counts) return fail(counts.error());
    s.counts = *counts;
    auto state = store_.sync_state();
    if (!state) return fail(state.error());
    s.state = *state;
    auto e = store_.enrolment();
    if (!e) return fail(e.error());
    if (e->has_value()) {
        s.enrolled = true;
        s.device_id = (*e)->device_id;
        s.device_name = (*e)->device_name;
        s.hotel_id = (*e)->hotel_id;
    }
    return s;
}

}  // namespace cardex::kiosk
