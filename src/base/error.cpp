#include <citydip/error.hpp>

#include <string_view>

CITYDIP_BEGIN_NAMESPACE

std::string diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) out += file;
  if (line != 0) {
    if (!out.empty()) out += ':';
    out += std::to_string(line);
    if (column != 0) out += ':' + std::to_string(column);
  }
  if (!out.empty()) out += ": ";
  if (!path.empty()) out += "at " + path + ": ";
  out += message;
  return out;
}

std::string diagnostic::field() const {
  std::string f(std::string_view(path).substr(path.empty() ? 0 : 1));
  for (char& ch : f) {
    if (ch == '/') ch = '.';
  }
  return f;
}

std::string error::to_string() const {
  std::string out;
  for (const auto& d : diagnostics) {
    if (!out.empty()) out += '\n';
    out += d.to_string();
  }
  return out;
}

exception::exception(citydip::error e) : std::runtime_error(e.to_string()), error_(std::move(e)) {}

namespace detail {

void throw_error(const error& e) { throw exception(e); }

const error& no_error() noexcept {
  static const error none{};
  return none;
}

}  // namespace detail

CITYDIP_END_NAMESPACE
