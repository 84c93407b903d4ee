// cardex-server — the HTTPS sync API. The protocol implementation lands with the sync-server issue;
// until then the binary parses its command line and says what it would serve.
#include <CLI/CLI.hpp>
#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"cardex-server: Cardex sync API (HTTPS, protocol v1)"};
    std::string config, listen = "127.0.0.1:8443", data_dir = "./var", cert, key;
    unsigned threads = 0;
    app.add_option("--config", config, "Configuration file (flags win over the file)");
    app.add_option("--listen", listen, "HOST:PORT to listen on")->capture_default_str();
    app.add_option("--data-dir", data_dir, "Directory of the register database")->capture_default_str();
    app.add_option("--tls-cert", cert, "PEM certificate chain");
    app.add_option("--tls-key", key, "PEM private key");
    app.add_option("--threads", threads, "Worker threads (0: one per core)");
    CLI11_PARSE(app, argc, argv);
    std::cerr << "cardex-server: the sync API is not built yet in this version\n";
    return 2;
}
