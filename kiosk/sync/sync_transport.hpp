// kiosk/sync/sync_transport.hpp — the part of the protocol client the sync engine uses, as an
// interface so that the engine's decisions (batches, backoff, rejected, revoked) are unit-tested with
// a scripted fake, and against the real server through ClientTransport.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cardex/sync/client.hpp"

namespace cardex::kiosk {

class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual void set_device_token(std::string token) = 0;
    virtual Result<sync::BatchResponse, sync::ClientError> upload(const std::string& batch_id,
                                                                  const std::vector<Submission>& submissions) = 0;
    virtual Result<sync::Enrolment, sync::ClientError> enroll(const std::string& code, const std::string& device_name) = 0;
};

/// The real transport: cardex::sync::Client (one keep-alive HTTPS connection; one thread).
class ClientTransport final : public SyncTransport {
public:
    explicit ClientTransport(std::unique_ptr<sync::Client> client) : client_(std::move(client)) {}
    void set_device_token(std::string token) override { client_->set_device_token(std::move(token)); }
    Result<sync::BatchResponse, sync::ClientError> upload(const std::string& batch_id,
                                                          const std::vector<Submission>& submissions) override {
        return client_->upload(batch_id, submissions);
    }
    Result<sync::Enrolment, sync::ClientError> enroll(const std::string& code, const std::string& device_name) override {
        return client_->enroll(code, device_name);
    }
    sync::Client& client() { return *client_; }

private:
    std::unique_ptr<sync::Client> client_;
};

}  // namespace cardex::kiosk
