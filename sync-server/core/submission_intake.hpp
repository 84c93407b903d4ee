// From a device's batch to the register: validation with the kiosk's own rules, idempotency by
// (device, submission_id), one source record per guest and companion, and a single commit that
// makes the submission rows durable together with the records (protocol.md, "Upload").
#pragma once

#include <string>
#include <vector>

#include "cardex/model.hpp"
#include "cardex/model_json.hpp"
#include "cardex/rcu/register.hpp"
#include "cardex/validation.hpp"

namespace cardex::server {

/// One element of the batch as parsed (cardex/model_json.hpp).
using BatchItem = ParsedBatchItem;

struct SubmissionOutcome {
    std::string submission_id;
    std::string status;         ///< "stored", "duplicate", "rejected"
    std::string profile_id;     ///< "" when rejected (or the guest was erased since)
    FieldErrors errors;         ///< paths relative to the submission, as the kiosk's form names them
};

struct IntakeOptions {
    CardRequirements card = france_card_requirements();
    Date today = Date::today_utc();
};

/// A batch as parsed, with each submission already validated. Neither needs the register, so the
/// server does both on the connection's thread (check_batch), and the register's one writer thread
/// only looks the submissions up and stores them (take_in_batch).
struct CheckedBatch {
    std::vector<BatchItem> items;
    std::vector<FieldErrors> validation;  ///< one per item, empty when valid (and for an item that did not parse)
};

/// Validates every submission that parsed. Safe on any thread.
CheckedBatch check_batch(std::vector<BatchItem> items, const IntakeOptions& options = {});

/// The source records a submission becomes: the guest first, then each companion.
std::vector<rcu::Ingest> ingests_of(const Submission& s, const rcu::DeviceRow& device);

/// Processes a checked batch for `device`. A bad submission is rejected alone; an error of the
/// register itself (disk full, database locked too long) fails the whole batch and nothing is
/// committed, so that the device sends it again.
Result<std::vector<SubmissionOutcome>, std::string> take_in_batch(rcu::Register& reg, const rcu::DeviceRow& device,
                                                                  const CheckedBatch& batch);

}  // namespace cardex::server
