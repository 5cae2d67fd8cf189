#include "service.hpp"

#include <algorithm>
#include <sstream>

namespace citydip::serve {
namespace {

constexpr std::string_view json_lines = "application/x-ndjson";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes @p s ('+' is a space, as forms send it); false on a bad escape.
bool decode(std::string_view s, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size()) return false;  // two hex digits must follow
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return true;
}

// The language asked for: the query's `lang`, else the first of Accept-Language.
std::optional<language> language_of(const target& t, std::string_view accept) {
  if (const auto it = t.query.find("lang"); it != t.query.end()) {
    if (it->second == "en") return language::en;
    if (it->second == "zh") return language::zh;
    return std::nullopt;
  }
  const std::string_view first = accept.substr(0, accept.find_first_of(",;"));
  return first.starts_with("zh") ? language::zh : language::en;
}

void json_field(std::string& out, std::string_view key, std::string_view value) {
  write_json_string(out, key);
  out += ':';
  write_json_string(out, value);
}

}  // namespace

target target::parse(std::string_view text) {
  target t;
  const std::size_t q = text.find('?');
  t.valid = decode(text.substr(0, q), t.path);
  if (q == std::string_view::npos) return t;
  std::string_view rest = text.substr(q + 1);
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const std::size_t eq = pair.find('=');
    std::string key, value;
    if (!decode(pair.substr(0, eq), key) ||
        !decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), value)) {
      t.valid = false;
    }
    if (!key.empty()) t.query[key] = value;
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
  }
  return t;
}

const std::vector<service::route>& service::routes() {
  static const std::vector<route> all{
      {"/healthz", "GET"},   {"/v1/vocab", "GET"},   {"/v1/rulebooks", "GET"}, {"/v1/rulebooks/*", "GET"},
      {"/v1/cities", "GET"}, {"/v1/powers", "GET"},  {"/v1/ladder", "GET"},    {"/v1/decide", "POST"},
      {"/v1/check", "POST"}, {"/v1/whatif", "POST"},
  };
  return all;
}

service::service(std::vector<rulebook> extra, limits l) : limits_(l) {
  for (const auto& info : builtin_rulebooks()) books_.push_back(*builtin_rulebook(info.name));
  for (rulebook& b : extra) {
    const auto same =
        std::find_if(books_.begin(), books_.end(), [&](const rulebook& x) { return x.name() == b.name(); });
    if (same != books_.end()) {
      *same = std::move(b);
    } else {
      books_.push_back(std::move(b));
    }
  }
}

const rulebook* service::find_book(std::string_view name) const {
  for (const rulebook& b : books_) {
    if (b.name() == name) return &b;
  }
  return nullptr;
}

response service::error(unsigned status, std::string_view message, std::string_view field) const {
  response r;
  r.status = status;
  r.body = "{\"error\":{";
  json_field(r.body, "field", field);
  r.body += ',';
  json_field(r.body, "message", message);
  r.body += "}}";
  return r;
}

response service::handle(const request& req) const {
  const target t = target::parse(req.target);
  if (!t.valid) return error(400, "the request target has a malformed %-escape");
  const auto matches = [&](const route& r) {
    return r.path.ends_with('*')
               ? t.path.starts_with(r.path.substr(0, r.path.size() - 1)) && t.path.size() > r.path.size() - 1
               : t.path == r.path;
  };
  const auto route_it = std::find_if(routes().begin(), routes().end(), matches);
  if (route_it == routes().end()) return error(404, "no route " + t.path + "; see /v1/openapi.json");
  if (route_it->methods != req.method) {
    response r = error(405, "method " + req.method + " is not allowed on " + t.path);
    r.headers.emplace_back("Allow", std::string(route_it->methods));
    return r;
  }
  const auto lang = language_of(t, req.accept_language);
  if (!lang) return error(400, "lang takes 'en' or 'zh', not '" + t.query.at("lang") + "'", "lang");
  const auto param = [&](const char* name) -> std::optional<std::string> {
    const auto it = t.query.find(name);
    if (it == t.query.end()) return std::nullopt;
    return it->second;
  };
  const rulebook* book = find_book(param("rulebook").value_or("status-quo-2016"));
  if (!book) return error(404, "no rulebook '" + *param("rulebook") + "' is served; see /v1/rulebooks", "rulebook");
  std::optional<date> as_of;
  if (const auto d = param("date")) {
    as_of = date::parse(*d);
    if (!as_of) return error(400, "date takes YYYY-MM-DD, a day of the calendar, not '" + *d + "'", "date");
  }

  response out;
  std::string& body = out.body;
  if (t.path == "/healthz") {
    body = "{\"status\":\"ok\"}";
  } else if (t.path == "/v1/vocab") {
    body = "{";
    bool first_enum = true;
    const auto section = [&]<class Enum>(Enum) {
      if (!first_enum) body += ',';
      first_enum = false;
      write_json_string(body, enum_traits<Enum>::name);
      body += ":[";
      bool first = true;
      for (const auto& row : vocabulary<Enum>()) {
        body += first ? "{" : ",{";
        first = false;
        json_field(body, "id", row.id);
        body += ',';
        json_field(body, "en", row.en);
        body += ',';
        json_field(body, "zh", row.zh);
        body += '}';
      }
      body += ']';
    };
    section(designation{});
    section(activity_kind{});
    section(issue_domain{});
    section(counterpart{});
    section(activity_flag{});
    section(citydip::body{});
    section(verdict{});
    section(classification{});
    section(outcome{});
    body += '}';
  } else if (t.path == "/v1/rulebooks") {
    body = "[";
    for (const rulebook& b : books_) {
      if (body.size() > 1) body += ',';
      body += '{';
      json_field(body, "name", b.name());
      body += ',';
      json_field(body, "title_en", b.title(language::en));
      body += ',';
      json_field(body, "title_zh", b.title(language::zh));
      body += ",\"rules\":" + std::to_string(b.rules().size()) + '}';
    }
    body += ']';
  } else if (t.path.starts_with("/v1/rulebooks/")) {
    const rulebook* shown = find_book(std::string_view(t.path).substr(std::string_view("/v1/rulebooks/").size()));
    if (!shown) return error(404, "no rulebook '" + t.path.substr(14) + "' is served; see /v1/rulebooks");
    write_rulebook(body, shown->source());
  } else if (t.path == "/v1/cities") {
    const std::string q = fold_name(param("q").value_or(""));
    const std::string raw = param("q").value_or("");
    body = "[";
    for (const city& c : gazetteer()) {
      const bool match = raw.empty() || c.name_zh.find(raw) != std::string::npos ||
                         fold_name(c.name_en).find(q) != std::string::npos ||
                         fold_name(c.id).find(q) != std::string::npos;
      if (!match) continue;
      if (body.size() > 1) body += ',';
      write_city(body, c);
    }
    body += ']';
  } else if (t.path == "/v1/powers" || t.path == "/v1/ladder") {
    const auto name = param("city");
    if (!name) return error(400, "which city? give ?city=ID or a name", "city");
    const city* c = find_city(*name);
    if (!c) return error(404, "unknown city '" + *name + "': not in the gazetteer (see /v1/cities)", "city");
    const date on = as_of.value_or(date::today());
    if (t.path == "/v1/powers") {
      out.content_type = json_lines;
      for (const power& p : powers(*book, *c, on)) {
        write_decision(body, p.what, {.id = to_id(p.kind), .city = c->id, .lang = *lang});
        body += '\n';
      }
    } else {
      const auto kind_name = param("activity");
      if (!kind_name) return error(400, "which activity kind? give &activity=ID", "activity");
      const auto kind = from_id<activity_kind>(*kind_name);
      if (!kind) return error(400, "unknown activity kind '" + *kind_name + "' (see /v1/vocab)", "activity");
      std::vector<rulebook> books;
      if (param("rulebook")) {
        books.push_back(*book);
      } else {
        books = {*find_book("status-quo-2016"), *find_book("reform-proposal")};
      }
      const auto rungs = ladder(books, *c, {.kind = *kind, .date = on});
      write_ladder(body, rungs, {.city = c->id, .activity = *kind, .lang = *lang});
    }
  } else {
    // POST routes: activities, read exactly as `citydip check` reads them.
    if (req.body.size() > limits_.max_body_bytes) return error(413, "the body is larger than the limit");
    std::istringstream in(req.body);
    record_reader reader(in, limits_.max_record_bytes);
    raw_record rec;
    const activity_read_options options{"request", as_of};
    bool any = false;
    const auto answer = [&](const activity_record& r) {
      if (t.path == "/v1/whatif") {
        const what_it_takes w = what_would_it_take(*book, r.subject(), r.what);
        write_what_if(body, w, {.id = r.what.id, .city = r.subject().id, .lang = *lang});
      } else {
        const decision d = decide(*book, r.subject(), r.what);
        write_decision(body, d, {.id = r.what.id, .city = r.subject().id, .lang = *lang});
      }
    };
    while (reader.next(rec)) {
      std::optional<bad_record> bad;
      if (rec.problem) {
        bad = bad_record::of(rec);
      } else if (auto r = parse_activity(rec.text, options)) {
        if (t.path == "/v1/decide" && any) return error(400, "/v1/decide takes one activity; use /v1/check for more");
        answer(*r);
      } else {
        bad = bad_record::of(rec, std::move(r).error().diagnostics);
      }
      any = true;
      if (bad) {
        if (t.path == "/v1/decide") {
          out.status = 400;
          body.clear();
          write_bad_record(body, *bad);
          return out;
        }
        write_bad_record(body, *bad);
      }
      if (t.path != "/v1/decide") body += '\n';
    }
    if (!any)
      return error(400,
                   "the body holds no activity: expected a JSON object (or, for /v1/check, JSON Lines or an array)");
    if (t.path != "/v1/decide") out.content_type = json_lines;
  }
  return out;
}

}  // namespace citydip::serve
