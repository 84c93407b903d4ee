// Fuzz target: the server's request handling (routing, headers, JSON bodies, query strings) on a
// real register in a temporary directory. Input: "METHOD TARGET\nAuthorization\nContent-Type\nbody".
// Any answer is fine except a crash, a 500, a malformed problem document, or a refusal before the
// body (Api::refusal_before_body) that differs from the answer to the whole request.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "cardex/rcu/register.hpp"

namespace {

struct World {
    std::filesystem::path dir;
    std::unique_ptr<cardex::rcu::Register> reg;
    cardex::server::ServerConfig config;
    cardex::server::Metrics metrics;
    std::unique_ptr<cardex::server::Api> api;
    World() {
        dir = std::filesystem::temp_directory_path() / ("cardex-fuzz-api-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        cardex::rcu::RegisterOptions opt;
        opt.sqlite.synchronous_full = false;
        auto opened = cardex::rcu::Register::open(dir.string(), opt);
        if (!opened) std::abort();
        reg = std::move(*opened);
        config.rates.enrol_attempts_per_minute = 1 << 30;
        api = std::make_unique<cardex::server::Api>(*reg, config, metrics);
    }
    ~World() {
        api.reset();
        reg.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

std::string take_line(std::string_view& in) {
    auto nl = in.find('\n');
    std::string line(in.substr(0, nl));
    in.remove_prefix(nl == std::string_view::npos ? in.size() : nl + 1);
    return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static World world;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    cardex::server::ApiRequest req;
    auto first = take_line(in);
    auto sp = first.find(' ');
    req.method = first.substr(0, sp);
    req.target = sp == std::string::npos ? "/" : first.substr(sp + 1);
    req.authorization = take_line(in);
    req.content_type = take_line(in);
    req.body = std::string(in);
    req.remote = "127.0.0.1";
    // The server prepares every request on its connection's thread (Api::prepare); the API must
    // also answer one that was not. Both ways are fuzzed.
    if (size % 2) world.api->prepare(req);
    // What the session answers from the header alone must be what the API answers to the whole.
    auto early = world.api->refusal_before_body(req.method, req.target, req.authorization);
    auto res = world.api->handle(req);
    if (early && (early->status != res.status || early->body != res.body || early->headers != res.headers ||
                  early->route != res.route))
        std::abort();
    if (res.status < 200 || res.status == 500 || res.status > 599) std::abort();
    if (res.content_type == "application/problem+json") {
        auto j = nlohmann::json::parse(res.body, nullptr, false);
        if (!j.is_object() || !j.contains("status") || j["status"] != res.status) std::abort();
    }
    return 0;
}
