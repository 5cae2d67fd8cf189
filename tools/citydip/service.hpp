// citydip serve: the decision service, apart from its transport. A request
// (method, target, body, the language asked for) goes in, a response
// (status, content type, headers, body) comes out; the HTTP server in
// serve.cpp only moves them over sockets, so that every route, error and
// limit is tested here without one.
#ifndef CITYDIP_TOOLS_SERVICE_HPP
#define CITYDIP_TOOLS_SERVICE_HPP

#include <citydip/citydip.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citydip::serve {

struct request {
  std::string method;           // GET, POST, ...
  std::string target;           // path and query: /v1/powers?city=shenzhen
  std::string body;             // the request body, read in full
  std::string accept_language;  // the Accept-Language header, or empty
};

struct response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // beyond Content-Type
  std::string body;
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

class service {
 public:
  // Serves the built-in rulebooks and @p extra (already loaded and compiled),
  // by name; a name given twice is the later one.
  explicit service(std::vector<rulebook> extra = {}, limits l = {});

  response handle(const request& r) const;

  const limits& bounds() const noexcept { return limits_; }
  // The routes, for 404 and 405 answers and the OpenAPI description: path
  // (a trailing '*' matches any rest) and its methods.
  struct route {
    std::string_view path;
    std::string_view methods;
  };
  static const std::vector<route>& routes();

 private:
  const rulebook* find_book(std::string_view name) const;
  response error(unsigned status, std::string_view message, std::string_view field = {}) const;

  std::vector<rulebook> books_;
  limits limits_;
};

}  // namespace citydip::serve

#endif
