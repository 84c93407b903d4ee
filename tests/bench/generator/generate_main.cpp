// cardex-generate: synthetic guest records for dedup measurements and load tests.
//
//   cardex-generate --records 1000000 --seed 42 --out guests.csv --truth truth.csv
//
// guests.csv has the import-schema columns; truth.csv has "source_record_id,person_id": rows of
// one real person share a person_id.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "guest_generator.hpp"

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const {
        if (f != stdout) std::fclose(f);
    }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_output(const std::string& path) {
    if (path == "-") return File(stdout);
    return File(std::fopen(path.c_str(), "wb"));
}

// Output is built in a buffer and written in large blocks: 1M records take a few seconds.
bool flush(std::string& buffer, std::FILE* file) {
    const bool ok = std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
    buffer.clear();
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes synthetic hotel guest records (import-schema CSV) and their ground truth"};
    std::size_t records = 0;
    std::uint64_t seed = 1;
    cardex::gen::GeneratorOptions options;
    std::string out_path, truth_path;
    app.add_option("--records", records, "Number of records")->required()->check(CLI::PositiveNumber);
    app.add_option("--seed", seed, "Random seed (same seed, same records)");
    app.add_option("--duplicate-rate", options.duplicate_rate, "Share of records of an already seen person")
        ->check(CLI::Range(0.0, 0.99));
    app.add_option("--trap-rate", options.trap_rate, "Share of new persons created as look-alike pairs")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--hotels", options.hotels, "Number of hotels")->check(CLI::Range(1, 999));
    app.add_option("--out", out_path, "Output CSV file (- for standard output)")->required();
    app.add_option("--truth", truth_path, "Truth CSV: source_record_id,person_id");
    CLI11_PARSE(app, argc, argv);

    File out = open_output(out_path);
    if (!out) {
        std::fprintf(stderr, "cardex-generate: cannot write %s\n", out_path.c_str());
        return 1;
    }
    File truth;
    if (!truth_path.empty() && !(truth = open_output(truth_path))) {
        std::fprintf(stderr, "cardex-generate: cannot write %s\n", truth_path.c_str());
        return 1;
    }

    cardex::gen::GuestGenerator generator(seed, options);
    std::string buffer, truth_buffer;
    buffer.reserve(1 << 22);
    cardex::gen::append_csv_header(buffer);
    truth_buffer = "source_record_id,person_id\n";
    bool ok = true;
    for (std::size_t i = 0; i < records; ++i) {
        const auto generated = generator.next();
        cardex::gen::append_csv_row(buffer, generated.record);
        if (truth) {
            cardex::gen::append_csv_field(truth_buffer, cardex::gen::field(generated.record, "source_record_id"));
            truth_buffer += "," + std::to_string(generated.person_id) + "\n";
        }
        if (buffer.size() > (1 << 22)) ok = flush(buffer, out.get()) && ok;
        if (truth_buffer.size() > (1 << 20)) ok = flush(truth_buffer, truth.get()) && ok;
    }
    ok = flush(buffer, out.get()) && ok;
    if (truth) ok = flush(truth_buffer, truth.get()) && ok;
    ok = std::fflush(out.get()) == 0 && ok;
    if (truth) ok = std::fflush(truth.get()) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "cardex-generate: write error\n");
        return 1;
    }
    std::fprintf(stderr, "cardex-generate: %zu records of %zu persons\n", records, generator.persons());
    return 0;
}
