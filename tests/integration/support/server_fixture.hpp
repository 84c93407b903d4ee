// What the cardex-server integration tests share: a valid registration card, a protocol client
// trusting the development CA, and a server with one enrolled device.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cardex/digest.hpp"
#include "cardex/sync/client.hpp"
#include "support/process.hpp"
#include "support/server_process.hpp"

namespace cardex::test {


inline Submission card(const std::string& first, const std::string& last, const std::string& email) {
    Submission s;
    s.submission_id = sync::make_uuid();
    s.kind = SubmissionKind::registration_card;
    s.captured_at = "2026-11-22T09:58:12+01:00";
    s.language = "fr";
    s.guest.first_name = first;
    s.guest.last_name = last;
    s.guest.birth_date = "1956-12-28";
    s.guest.birth_place = "Lyon";
    s.guest.nationality = "FR";
    s.guest.email = email;
    s.guest.phone = "+33 6 52 52 72 72";
    s.guest.address = {"12 rue des Lilas", "", "69003", "Lyon", "", "FR"};
    s.stay = Stay{"2026-11-22", "2026-11-24", 1, 0};
    s.consents.push_back({ConsentPurpose::marketing_email, true, "mkt-email", 3, "fr", "2026-11-22T09:58:12+01:00"});
    std::string strokes = "M 10 10 L 20 20";
    s.signature = Signature{SignatureFormat::svg_path, strokes, sha256_hex(strokes)};
    return s;
}

inline std::unique_ptr<sync::Client> client_for(const ServerProcess& server, const std::string& token = {}) {
    sync::ClientOptions o;
    o.server_url = server.url();
    o.ca_file = dev_certs().ca.string();
    o.device_token = token;
    o.timeout = std::chrono::seconds(10);
    auto c = sync::Client::create(o);
    REQUIRE(c);
    return std::move(*c);
}

struct Enrolled {
    TempDir dir;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<sync::Client> client;
    sync::Enrolment device;

    explicit Enrolled(const std::vector<std::string>& flags = {}) {
        auto code = enrolment_code(dir.path(), "H01", "Lobby 1");
        server = std::make_unique<ServerProcess>(dir.path(), flags);
        client = client_for(*server);
        auto e = client->enroll(code, "Lobby 1");
        REQUIRE(e);
        device = *e;
        client->set_device_token(device.device_token);
    }
    nlohmann::json stats() {
        auto r = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "stats", "--json"});
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.out);
    }
};

}  // namespace cardex::test
