#include "submission_intake.hpp"

#include <map>
#include <set>

#include "credentials.hpp"

namespace cardex::server {

namespace {

void put(RawRecord& raw, const char* column, const std::string& value) {
    if (!value.empty()) raw.fields.emplace_back(column, value);
}

std::string record_id_of(const rcu::DeviceRow& device, const Submission& s) { return device.id + "/" + s.submission_id; }

std::optional<rcu::StayRow> stay_of(const Submission& s, const rcu::DeviceRow& device) {
    if (!s.stay && s.reservation_ref.empty()) return std::nullopt;
    rcu::StayRow stay;
    stay.hotel_id = device.hotel_id;
    stay.reservation_ref = s.reservation_ref;
    if (s.stay) {
        stay.arrival = s.stay->arrival;
        stay.departure = s.stay->departure;
        stay.adults = s.stay->adults;
        stay.children = s.stay->children;
    }
    return stay;
}

// The stay's days are a matching key (a spa or restaurant visit during it), as the reference is.
void put_stay_days(RawRecord& raw, const Submission& s) {
    if (!s.stay) return;
    put(raw, "arrival", s.stay->arrival);
    put(raw, "departure", s.stay->departure);
}

}  // namespace

std::vector<rcu::Ingest> ingests_of(const Submission& s, const rcu::DeviceRow& device) {
    std::vector<rcu::Ingest> out;
    rcu::Ingest guest;
    auto& raw = guest.raw;
    const auto& g = s.guest;
    put(raw, "source", "kiosk");
    put(raw, "source_record_id", record_id_of(device, s));
    put(raw, "hotel_id", device.hotel_id);
    put(raw, "title", g.title);
    put(raw, "first_name", g.first_name);
    put(raw, "last_name", g.last_name);
    put(raw, "birth_date", g.birth_date);
    put(raw, "birth_place", g.birth_place);
    put(raw, "nationality", g.nationality);
    put(raw, "email", g.email);
    put(raw, "phone", g.phone);
    put(raw, "address_line1", g.address.line1);
    put(raw, "address_line2", g.address.line2);
    put(raw, "postcode", g.address.postcode);
    put(raw, "city", g.address.city);
    put(raw, "region", g.address.region);
    put(raw, "country", g.address.country);
    if (g.document) {
        put(raw, "document_type", std::string(to_string(g.document->type)));
        put(raw, "document_number", g.document->number);
        put(raw, "document_country", g.document->issuing_country);
        put(raw, "document_expiry", g.document->expiry_date);
    }
    put(raw, "language", s.language);
    put(raw, "reservation_ref", s.reservation_ref);  // the booking it checks in: a matching key
    put_stay_days(raw, s);
    put(raw, "submission_kind", std::string(to_string(s.kind)));
    put(raw, "captured_at", s.captured_at);
    guest.stay = stay_of(s, device);
    for (const auto& c : s.consents)
        guest.consents.push_back({0, 0, std::string(to_string(c.purpose)), c.granted, c.text_id, c.text_version,
                                  c.language, c.captured_at, device.id, {}});
    out.push_back(std::move(guest));

    // Companions are people of their own in the register (a child may come back as an adult), and
    // the card says they are not its guest nor one another, even with one name and one booking (a
    // son named after his father): "different" decisions that no later link undoes.
    for (std::size_t i = 0; i < s.companions.size(); ++i) {
        const auto& c = s.companions[i];
        rcu::Ingest comp;
        for (const auto& earlier : out) comp.different_from.emplace_back("kiosk", earlier.raw.get("source_record_id"));
        put(comp.raw, "source", "kiosk");
        put(comp.raw, "source_record_id", record_id_of(device, s) + "/companion-" + std::to_string(i + 1));
        put(comp.raw, "hotel_id", device.hotel_id);
        put(comp.raw, "first_name", c.first_name);
        put(comp.raw, "last_name", c.last_name);
        put(comp.raw, "birth_date", c.birth_date);
        put(comp.raw, "nationality", c.nationality);
        put(comp.raw, "relationship", std::string(to_string(c.relationship)));
        put(comp.raw, "reservation_ref", s.reservation_ref);
        put_stay_days(comp.raw, s);
        comp.stay = stay_of(s, device);
        out.push_back(std::move(comp));
    }
    return out;
}

CheckedBatch check_batch(std::vector<BatchItem> items, const IntakeOptions& options) {
    CheckedBatch out;
    out.validation.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].submission) out.validation[i] = validate_submission(*items[i].submission, options.card, options.today);
    out.items = std::move(items);
    return out;
}

Result<std::vector<SubmissionOutcome>, std::string> take_in_batch(rcu::Register& reg, const rcu::DeviceRow& device,
                                                                  const CheckedBatch& batch) {
    const auto& items = batch.items;
    if (batch.validation.size() != items.size()) return fail(std::string("take_in_batch: the batch was not checked"));
    auto& store = reg.store();
    std::vector<SubmissionOutcome> out(items.size());
    std::vector<rcu::Ingest> ingests;
    struct Accepted {
        std::size_t item, first_ingest;
    };
    std::vector<Accepted> accepted;
    std::map<std::string, std::size_t> first_in_batch;  // a submission sent twice in one batch

    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        out[i].submission_id = item.submission_id;
        // A card the server holds is a duplicate however its copy reads now (a newer tablet
        // release may write a field this server does not know), and whichever of the hotel's
        // devices sends it (the tablet enrolled again): the tablet may then forget it.
        if (!item.submission_id.empty())
            if (auto known = store.submission_in_hotel(device.hotel_id, item.submission_id)) {
                out[i].status = "duplicate";
                if (known->record != 0)
                    if (auto link = store.link_of(known->record)) out[i].profile_id = std::to_string(link->profile);
                continue;
            }
        if (!item.submission) {
            out[i].status = "rejected";
            out[i].errors = item.errors;
            continue;
        }
        const Submission& s = *item.submission;
        if (auto [it, fresh] = first_in_batch.emplace(s.submission_id, i); !fresh) {
            out[i].status = "duplicate";  // profile filled in below, from the first copy
            continue;
        }
        if (const auto& errors = batch.validation[i]; !errors.empty()) {
            out[i].status = "rejected";
            out[i].errors = errors;
            first_in_batch.erase(s.submission_id);
            continue;
        }
        accepted.push_back({i, ingests.size()});
        for (auto& in : ingests_of(s, device)) ingests.push_back(std::move(in));
    }

    if (!ingests.empty()) {
        auto now = rfc3339_utc(std::chrono::system_clock::now());
        auto results = reg.ingest_batch(
            ingests, "device:" + device.id,
            [&](rcu::Store& st, const std::vector<rcu::IngestResult>& r) -> Result<bool, std::string> {
                for (const auto& a : accepted) {
                    const Submission& s = *items[a.item].submission;
                    rcu::SubmissionRow row{device.id, s.submission_id, std::string(to_string(s.kind)), now,
                                           r[a.first_ingest].record, {}, {}, {}};
                    if (s.signature) {
                        row.signature_format = std::string(to_string(s.signature->format));
                        row.signature_data = s.signature->data;
                        row.signature_sha256 = s.signature->sha256;
                    }
                    st.add_submission(row);
                }
                st.touch_device(device.id, now);
                return true;
            });
        if (!results) return fail(results.error());
        // Profiles are read after the commit: a later record of the same batch may have merged them.
        for (const auto& a : accepted) {
            out[a.item].status = "stored";
            if (auto link = store.link_of((*results)[a.first_ingest].record))
                out[a.item].profile_id = std::to_string(link->profile);
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (out[i].status != "duplicate" || !out[i].profile_id.empty() || !items[i].submission) continue;
        auto first = first_in_batch.find(items[i].submission->submission_id);
        if (first != first_in_batch.end() && first->second != i) {
            out[i].profile_id = out[first->second].profile_id;
            if (out[first->second].status == "rejected") out[i] = out[first->second];
        }
    }
    return out;
}

}  // namespace cardex::server
