// citydip serve: the decision service, apart from its transport. A request
// (method, target, body, the language asked for) goes in, a response
// (status, content type, headers, body) comes out; the HTTP server in
// serve.cpp only moves them over sockets, so that every route, error and
// limit is tested here without one.
#ifndef CITYDIP_TOOLS_SERVICE_HPP
#define CITYDIP_TOOLS_SERVICE_HPP

#include <citydip/citydip.hpp>

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace citydip::serve {

struct request {
  std::string method;           // GET, POST, ...
  std::string target;           // path and query: /v1/powers?city=shenzhen
  std::string body;             // the request body, read in full
  std::string accept_language;  // the Accept-Language header, or empty
};

// How much of a streamed answer is made at a time (a chunk on the wire).
inline constexpr std::size_t stream_chunk_bytes = std::size_t{512} * 1024;

struct response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // beyond Content-Type
  std::string body;
  // Set when the answer is streamed (POST /v1/check and /v1/whatif with more
  // than a chunk to say): `body` is its first part, and each call appends
  // the next part to its argument, returning false once the answer is whole.
  std::function<bool(std::string&)> more;
};

// Makes a streamed @p r whole: its body the entire answer (for tests and for
// callers that want one string).
void finish(response& r);

class batch;

// Threads that decide the pieces of large batches alongside the thread that
// streams the answer (none: that thread does it all).
class helpers {
 public:
  helpers() = default;
  helpers(const helpers&) = delete;
  helpers& operator=(const helpers&) = delete;
  ~helpers();
  void start(std::size_t n);
  std::size_t size() const noexcept { return threads_.size(); }
  // Runs @p task on a helper thread, some time; with no helpers, never.
  void post(std::function<void()> task);

 private:
  std::vector<std::thread> threads_;
  std::deque<std::function<void()>> tasks_;
  std::mutex mutex_;
  std::condition_variable ready_;
  bool stopping_ = false;
};

// The limits a request is held to (the transport enforces the byte limits
// before the service sees the request; the service enforces the record limit).
struct limits {
  std::size_t max_body_bytes = std::size_t{8} << 20;                       // per request
  std::size_t max_record_bytes = record_reader::default_max_record_bytes;  // per record of /v1/check
  std::size_t max_header_bytes = std::size_t{16} * 1024;
};

// A path split from its query, and the query's parameters, percent-decoded.
struct target {
  std::string path;
  std::map<std::string, std::string> query;
  bool valid = true;  // false: a malformed escape
  static target parse(std::string_view text);
};

// What the service has answered, for GET /metrics (Prometheus text):
// requests by route and status, decisions by route, and a histogram of the
// time the service took per request. Safe to record from any thread.
class metrics {
 public:
  static constexpr std::array<double, 8> bounds{0.00001, 0.0001, 0.001, 0.01, 0.1, 1, 10, 60};   // seconds
  static constexpr std::array<unsigned, 9> statuses{200, 400, 404, 405, 413, 431, 500, 503, 0};  // 0: any other
  void record(std::size_t route, unsigned status, double seconds, std::size_t decisions);
  void write(std::string& out, std::span<const std::string_view> route_names) const;

 private:
  static constexpr std::size_t max_routes = 24;  // routes() and "unmatched"
  std::array<std::array<std::atomic<std::uint64_t>, statuses.size()>, max_routes> requests_{};
  std::array<std::atomic<std::uint64_t>, max_routes> decisions_{};
  std::array<std::atomic<std::uint64_t>, bounds.size() + 1> latency_{};
  std::atomic<std::uint64_t> latency_sum_us_{0};
};

class service {
 public:
  // Serves the built-in rulebooks and @p extra (already loaded and compiled),
  // by name; a name given twice is the later one.
  // @p helper_threads decide pieces of large batches beside the thread that
  // asked (0: that thread decides alone); the answer is the same either way.
  explicit service(std::vector<rulebook> extra = {}, limits l = {}, std::size_t helper_threads = 0);

  // Answers @p r, and records it in the metrics (a streamed answer when it
  // ends). A streamed answer refers to the service: it must not outlive it.
  response handle(request r) const;
  // Records a response the transport made itself (413, 431, 503) for @p target.
  void record_refusal(std::string_view target, unsigned status) const;
  const serve::metrics& metrics() const noexcept { return metrics_; }

  const limits& bounds() const noexcept { return limits_; }
  // The routes, for 404 and 405 answers and the OpenAPI description: path
  // (a trailing '*' matches any rest) and its methods.
  struct route {
    std::string_view path;
    std::string_view methods;
  };
  static const std::vector<route>& routes();

 private:
  response answer(request& r, std::size_t& route, std::size_t& decisions) const;
  std::size_t route_of(std::string_view path) const;
  const rulebook* find_book(std::string_view name) const;
  response error(unsigned status, std::string_view message, std::string_view field = {}) const;

  std::vector<rulebook> books_;
  limits limits_;
  mutable serve::metrics metrics_;
  mutable helpers helpers_;  // last: stopped before the rulebooks and metrics its tasks use
};

}  // namespace citydip::serve

#endif
