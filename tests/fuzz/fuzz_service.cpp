// libFuzzer target: citydip serve's requests, as the transport hands them to
// the service: the first line is the method and target (query string and
// %-escapes included), the second the Accept-Language header, the rest the
// body. It reaches what the other targets do not: the target's parsing, the
// query's parameters, the language, and the batch's pieces and streamed
// parts. /v1/lint and /v1/diff are left out: lint's body is fuzz_rulebook's
// input, and diff reads only rulebook names, each costing an analysis.
#include "service.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

std::string_view line(std::string_view& rest) {
  const std::size_t end = rest.find('\n');
  const std::string_view first = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  return first;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const citydip::serve::service svc({}, {.max_body_bytes = 1 << 16, .max_record_bytes = 4096});
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view head = line(rest);
  const std::size_t space = head.find(' ');
  if (space == std::string_view::npos) return 0;
  citydip::serve::request r{std::string(head.substr(0, space)), std::string(head.substr(space + 1)), {}, {}};
  const std::string_view path = std::string_view(r.target).substr(0, r.target.find('?'));
  if (path.find("/v1/lint") != std::string_view::npos || path.find("/v1/diff") != std::string_view::npos) return 0;
  r.accept_language = line(rest);
  r.body = rest;
  citydip::serve::response out = svc.handle(std::move(r));
  const unsigned status = out.status;
  if (status != 200 && status != 400 && status != 404 && status != 405 && status != 413) std::abort();
  std::size_t parts = 0;
  while (out.more) {  // a streamed answer, read to its end
    std::string part;
    const bool more = out.more(part);
    if (more && part.empty()) std::abort();  // a part that is not the last says something
    if (!more) break;
    if (++parts > 100000) std::abort();
  }
  if (out.body.empty() && !out.more) std::abort();  // every answer says something
  return 0;
}
