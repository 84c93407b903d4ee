// Device key file and AES-256-GCM sealing (kiosk/storage): round trip, authentication of every
// byte and of the record id, key file creation, permissions and races.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include "storage/device_key.hpp"
#include "storage/sealed_box.hpp"
#include "support/process.hpp"

using namespace cardex::kiosk;
using cardex::test::TempDir;

namespace {

DeviceKey key_of(std::uint8_t fill) {
    std::array<std::uint8_t, DeviceKey::size> b{};
    b.fill(fill);
    return DeviceKey::from_bytes(b);
}

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("sealed box: seal then open gives the plaintext back", "[kiosk][sealed_box]") {
    auto key = key_of(7);
    for (std::string plain : {std::string(), std::string("x"), std::string("Anna Maria Eriksson-Lefèvre"),
                              std::string(100000, 'a')}) {
        auto sealed = seal(key, plain, "submission:1");
        REQUIRE(sealed);
        CHECK(sealed->size() == plain.size() + kSealedOverhead);
        if (plain.size() > 8) CHECK(sealed->find(plain.substr(0, 8)) == std::string::npos);
        auto opened = open_sealed(key, *sealed, "submission:1");
        REQUIRE(opened);
        CHECK(*opened == plain);
    }
}

TEST_CASE("sealed box: the same plaintext seals differently each time (random nonce)", "[kiosk][sealed_box]") {
    auto key = key_of(1);
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) seen.insert(seal(key, "same text", "a").value());
    CHECK(seen.size() == 50);
}

TEST_CASE("sealed box: a wrong key, a wrong record id or any changed byte fails to open", "[kiosk][sealed_box]") {
    auto key = key_of(3);
    auto sealed = seal(key, "guest personal data", "submission:abc").value();

    CHECK_FALSE(open_sealed(key_of(4), sealed, "submission:abc"));
    CHECK_FALSE(open_sealed(key, sealed, "submission:abd"));
    CHECK_FALSE(open_sealed(key, sealed, ""));
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        auto damaged = sealed;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
        INFO("byte " << i);
        CHECK_FALSE(open_sealed(key, damaged, "submission:abc"));
    }
    CHECK_FALSE(open_sealed(key, sealed.substr(0, sealed.size() - 1), "submission:abc"));
    CHECK_FALSE(open_sealed(key, sealed.substr(0, kSealedOverhead - 1), "submission:abc"));
    CHECK_FALSE(open_sealed(key, "", "submission:abc"));
    CHECK(open_sealed(key, sealed, "submission:abc"));
}

TEST_CASE("device key: created once as a 0600 file of 32 random bytes, then loaded", "[kiosk][device_key]") {
    TempDir dir;
    auto file = dir.path() / "device.key";
    REQUIRE_FALSE(DeviceKey::load(file));  // no file yet: load never creates

    auto created = DeviceKey::load_or_create(file);
    REQUIRE(created);
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(st.st_size == 32);
    CHECK(std::filesystem::directory_iterator(dir.path())->path() == file);  // no temporary left behind

    auto loaded = DeviceKey::load_or_create(file);
    REQUIRE(loaded);
    CHECK(std::equal(created->data(), created->data() + 32, loaded->data()));
    auto sealed = seal(*created, "token", "t").value();
    CHECK(open_sealed(*loaded, sealed, "t"));

    TempDir other;
    auto second = DeviceKey::load_or_create(other.path() / "device.key");
    REQUIRE(second);
    CHECK_FALSE(std::equal(created->data(), created->data() + 32, second->data()));
}

TEST_CASE("device key: a key readable by others or of the wrong size is refused", "[kiosk][device_key]") {
    TempDir dir;
    auto file = dir.path() / "device.key";
    REQUIRE(DeviceKey::load_or_create(file));
    ::chmod(file.c_str(), 0644);
    auto r = DeviceKey::load(file);
    REQUIRE_FALSE(r);
    CHECK(r.error().find("0600") != std::string::npos);
    CHECK_FALSE(DeviceKey::load_or_create(file));  // never replaced silently either

    auto short_file = dir.write("short.key", std::string(31, 'k'));
    ::chmod(short_file.c_str(), 0600);
    CHECK_FALSE(DeviceKey::load(short_file));
}

TEST_CASE("device key: processes creating the key at once all end up with the same key", "[kiosk][device_key]") {
    TempDir dir;
    auto file = dir.path() / "device.key";
    std::vector<pid_t> children;
    for (int i = 0; i < 6; ++i) {
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            auto k = DeviceKey::load_or_create(file);
            if (!k) _exit(1);
            // Each child writes what it got; the parent compares them with the file.
            std::ofstream(dir.path() / ("got-" + std::to_string(::getpid())), std::ios::binary)
                .write(reinterpret_cast<const char*>(k->data()), 32);
            _exit(0);
        }
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    }
    auto key = file_bytes(file);
    REQUIRE(key.size() == 32);
    for (pid_t pid : children) CHECK(file_bytes(dir.path() / ("got-" + std::to_string(pid))) == key);
}
