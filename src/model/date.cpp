#include <citydip/model/date.hpp>

#include <chrono>
#include <cstdio>

CITYDIP_BEGIN_NAMESPACE
namespace {

// Reads exactly `width` ASCII digits at `text[pos]`.
bool read_digits(std::string_view text, std::size_t pos, std::size_t width, int& out) noexcept {
  if (pos + width > text.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::optional<date> date::parse(std::string_view text) noexcept {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) return std::nullopt;
  return from_ymd(y, m, d);
}

date date::today() noexcept {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return date{static_cast<std::int16_t>(static_cast<int>(ymd.year())),
              static_cast<std::uint8_t>(static_cast<unsigned>(ymd.month())),
              static_cast<std::uint8_t>(static_cast<unsigned>(ymd.day()))};
}

std::string date::to_string() const {
  if (year >= 0 && year <= 9999 && month <= 99 && day <= 99) {
    // The usual case, without snprintf: decisions write a date each, by the million.
    const auto digit = [](int v) { return static_cast<char>('0' + v % 10); };
    const char text[10] = {
        digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10), digit(month), '-',
        digit(day / 10),    digit(day)};
    return std::string(text, sizeof text);
  }
  char buf[24];  // a date built in C++ outside the valid range
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(year), static_cast<unsigned>(month),
                static_cast<unsigned>(day));
  return buf;
}

std::optional<partial_date> partial_date::parse(std::string_view text) noexcept {
  int y = 0, m = 0;
  if (text.size() == 4) {
    if (!read_digits(text, 0, 4, y) || y < 1) return std::nullopt;
    return partial_date{static_cast<std::int16_t>(y), 0, 0};
  }
  if (text.size() == 7) {
    if (text[4] != '-' || !read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m)) return std::nullopt;
    if (y < 1 || m < 1 || m > 12) return std::nullopt;
    return partial_date{static_cast<std::int16_t>(y), static_cast<std::uint8_t>(m), 0};
  }
  if (auto d = date::parse(text)) return exact(*d);
  return std::nullopt;
}

std::string partial_date::to_string() const {
  switch (known()) {
    case precision::year: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(year));
      return buf;
    }
    case precision::month: {
      char buf[12];
      std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(year), static_cast<unsigned>(month));
      return buf;
    }
    case precision::day: break;
  }
  return first_day().to_string();
}

CITYDIP_END_NAMESPACE
