#include "service.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <istream>
#include <memory>
#include <sstream>

namespace citydip::serve {

// The explorer page (tools/citydip/page/index.html), compiled in by embed_page.cmake.
extern const char page_html[];
extern const std::size_t page_html_size;

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

// The OpenAPI description of the routes (served at /v1/openapi.json; a test
// holds it to routes()).
const std::string& openapi() {
  static const std::string text = R"json({
"openapi": "3.0.3",
"info": {"title": "citydip", "version": "0", "description": "Decides whether a Chinese city may carry out a foreign activity, what it needs first, and why (docs/server.md)."},
"components": {
  "parameters": {
    "lang": {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["en", "zh"]}, "description": "Language of names and reasons; else the first of Accept-Language."},
    "rulebook": {"name": "rulebook", "in": "query", "schema": {"type": "string"}, "description": "A served rulebook (GET /v1/rulebooks); default status-quo-2016."},
    "date": {"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "YYYY-MM-DD: the date of activities that give none, or of the question."},
    "city": {"name": "city", "in": "query", "required": true, "schema": {"type": "string"}, "description": "A gazetteer id or name."}
  },
  "schemas": {
    "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}},
    "Activity": {"type": "object", "required": ["city", "activity"], "description": "An activity as citydip check reads it (docs/json-formats.md)."},
    "Decision": {"type": "object", "description": "A decision as citydip check --json writes it (docs/json-formats.md)."}
  },
  "responses": {
    "Error": {"description": "A JSON error naming the field and what was expected.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
  }
},
"paths": {
  "/": {"get": {"summary": "The explorer page: decide, the powers matrix, the reform diff, what would it take (English and Chinese; no file or network is read).", "responses": {"200": {"description": "HTML.", "content": {"text/html": {}}}}}},
  "/healthz": {"get": {"summary": "Whether the service answers.", "responses": {"200": {"description": "{\"status\": \"ok\"}"}}}},
  "/metrics": {"get": {"summary": "Requests and decisions by route and status, and a latency histogram (Prometheus text).", "responses": {"200": {"description": "Prometheus text format 0.0.4."}}}},
  "/v1/openapi.json": {"get": {"summary": "This description.", "responses": {"200": {"description": "OpenAPI 3.0."}}}},
  "/v1/vocab": {"get": {"summary": "Every id of every vocabulary, with its English and Chinese names.", "responses": {"200": {"description": "An object of arrays of {id, en, zh}."}}}},
  "/v1/rulebooks": {"get": {"summary": "The served rulebooks.", "responses": {"200": {"description": "An array of {name, title_en, title_zh, rules}."}}}},
  "/v1/rulebooks/{name}": {"get": {"summary": "One rulebook in the rulebook JSON format.", "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "The rulebook."}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/v1/cities": {"get": {"summary": "Gazetteer cities whose id or name contains q.", "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "An array of city objects."}}}},
  "/v1/powers": {"get": {"summary": "Every activity kind with its decision, for a city on a date.", "parameters": [{"$ref": "#/components/parameters/city"}, {"$ref": "#/components/parameters/date"}, {"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/lang"}], "responses": {"200": {"description": "JSON Lines: one decision per kind, its id the kind.", "content": {"application/x-ndjson": {}}}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/v1/ladder": {"get": {"summary": "One activity kind's decision at every tier from the city's own up, per rulebook.", "parameters": [{"$ref": "#/components/parameters/city"}, {"name": "activity", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/date"}, {"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/lang"}], "responses": {"200": {"description": "A standing ladder (both built-in rulebooks unless rulebook is given)."}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/v1/decide": {"post": {"summary": "One activity, one decision with reasons and citations.", "parameters": [{"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/date"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Activity"}}}}, "responses": {"200": {"description": "The decision.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Decision"}}}}, "400": {"description": "The CLI's error record: {id, line, error: {field, message}}."}, "413": {"$ref": "#/components/responses/Error"}}}},
  "/v1/check": {"post": {"summary": "A batch (JSON Lines or an array): one decision per record, a bad record answered in place.", "parameters": [{"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/date"}], "requestBody": {"required": true, "content": {"application/x-ndjson": {}, "application/json": {}}}, "responses": {"200": {"description": "JSON Lines, in input order.", "content": {"application/x-ndjson": {}}}, "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}},
  "/v1/whatif": {"post": {"summary": "What would it take: each activity with its remedies (docs/what-if.md).", "parameters": [{"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/date"}], "requestBody": {"required": true, "content": {"application/x-ndjson": {}, "application/json": {}}}, "responses": {"200": {"description": "JSON Lines of what-if answers.", "content": {"application/x-ndjson": {}}}, "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}},
  "/v1/diff": {"get": {"summary": "Every difference between two served rulebooks, counted per tier, the first entries listed.", "parameters": [{"name": "a", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "b", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 1000}}], "responses": {"200": {"description": "{a, b, differing, by_tier, entries, omitted}."}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/v1/matrix": {"get": {"summary": "Tiers × activity kinds: the decision on each kind with nothing more specified, for a city of each tier that no rule names.", "parameters": [{"$ref": "#/components/parameters/rulebook"}, {"$ref": "#/components/parameters/date"}, {"$ref": "#/components/parameters/lang"}], "responses": {"200": {"description": "{rulebook, date, rows: [{tier, cells: [decision…]}]}, a decision's id the kind."}}}},
  "/v1/paper": {"get": {"summary": "The paper's statements that rules cite, each with a one-line summary.", "responses": {"200": {"description": "An array of {id, summary}."}}}},
  "/v1/lint": {"post": {"summary": "A rulebook's problems and what the analyses find; nothing is stored.", "requestBody": {"required": true, "content": {"application/json": {}}}, "responses": {"200": {"description": "{ok, diagnostics, monotonicity_violations, dead_rules, idle_exceptions}."}, "413": {"$ref": "#/components/responses/Error"}}}}
}
})json";
  return text;
}

// Reads a string in place, without the copy an istringstream makes.
class string_source : public std::streambuf {
 public:
  explicit string_source(std::string& s) { setg(s.data(), s.data(), s.data() + s.size()); }
};

}  // namespace

void helpers::start(std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    threads_.emplace_back([this] {
      for (;;) {
        std::function<void()> task;
        {
          std::unique_lock lock(mutex_);
          ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
          if (stopping_) return;
          task = std::move(tasks_.front());
          tasks_.pop_front();
        }
        task();
      }
    });
  }
}

helpers::~helpers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    tasks_.clear();  // a task not begun is dropped: the batch it serves does it itself, or is gone
  }
  ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void helpers::post(std::function<void()> task) {
  if (threads_.empty()) return;
  {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
  }
  ready_.notify_one();
}

// The activities of a POST body, read exactly as `citydip check` reads its
// input and answered a part at a time: /v1/check and /v1/whatif stream their
// answer as it is decided, so the memory an answer takes stays bounded.
//
// The body is framed into records on the caller's thread, in order, a piece
// of records at a time; each piece is parsed, decided and written by whichever
// comes first, the service's helper threads or the caller when it needs the
// piece. At most `window` pieces are framed ahead of what has been sent, so
// a large batch uses every core in bounded memory, and the answer is the
// same, byte for byte, as one thread would give.
class batch : public std::enable_shared_from_this<batch> {
 public:
  enum class mode { decide, check, whatif };
  static constexpr std::size_t piece_records = 512;

  batch(std::string body, mode m, const rulebook& book, language lang, std::optional<date> as_of,
        std::size_t max_record_bytes, helpers& pool)
      : body_(std::move(body)),
        source_(body_),
        in_(&source_),
        reader_(in_, max_record_bytes),
        mode_(m),
        book_(book),
        lang_(lang),
        options_{"request", as_of},
        pool_(pool),
        window_(2 * (pool.size() + 1)) {}
  batch(const batch&) = delete;
  batch& operator=(const batch&) = delete;
  ~batch() {
    if (metrics_ == nullptr) return;
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start_;
    metrics_->record(route_, ended_ ? 200 : 0, took.count(), decisions_);  // 0: the client left mid-answer
  }

  // Appends records' answers (JSON Lines) to @p out until at least @p budget
  // bytes are added; false once the body is read to its end.
  bool next(std::string& out, std::size_t budget) {
    const std::size_t stop = out.size() + budget;
    while (out.size() < stop) {
      frame();
      if (ahead_.empty()) {
        ended_ = true;
        return false;
      }
      std::shared_ptr<piece> p = std::move(ahead_.front());
      ahead_.pop_front();
      take(*p);
      if (out.empty()) {
        out.swap(p->output);  // no copy: the piece's answer becomes the part
      } else {
        out += p->output;
      }
      decisions_ += p->decisions;
      if (p.use_count() == 1) spare_.push_back(std::move(p));  // no helper's task still holds it
    }
    return true;
  }

  // POST /v1/decide: exactly one activity, its decision or its error record.
  response one() {
    response r;
    raw_record rec;
    if (!reader_.next(rec)) {
      r.status = 400;
      r.body = R"({"error":{"field":"","message":"the body holds no activity: expected a JSON object"}})";
      return r;
    }
    std::size_t decided = 0;
    if (!answer(rec.line, rec.text, rec.problem, r.body, decided)) r.status = 400;
    if (reader_.next(rec)) {
      r.status = 400;
      r.body = R"({"error":{"field":"","message":"/v1/decide takes one activity; use /v1/check for more"}})";
    }
    return r;
  }

  bool any() const noexcept { return any_; }
  std::size_t decisions() const noexcept { return decisions_; }
  // Records the answer in @p m when it ends (or the client leaves).
  void report_to(metrics& m, std::size_t route) {
    metrics_ = &m;
    route_ = route;
  }

 private:
  // Records framed in order: their texts end to end in one buffer (no
  // allocation per record), and the answers to them.
  struct piece {
    struct entry {
      std::size_t line = 0, begin = 0, size = 0;
      std::optional<std::string> problem;
    };
    std::vector<entry> entries;
    std::string texts;
    std::string output;
    std::size_t decisions = 0;
    enum class state { waiting, working, done } now = state::waiting;
  };

  // Frames pieces until `window` are ahead or the body ends; a helper may take each.
  void frame() {
    while (!read_all_ && ahead_.size() < window_) {
      std::shared_ptr<piece> p;
      if (!spare_.empty()) {  // a piece already sent, its buffers' capacity kept
        p = std::move(spare_.back());
        spare_.pop_back();
        p->entries.clear();
        p->texts.clear();
        p->output.clear();
        p->decisions = 0;
        p->now = piece::state::waiting;
      } else {
        p = std::make_shared<piece>();
        p->entries.reserve(piece_records);
      }
      while (p->entries.size() < piece_records && reader_.next(record_)) {
        p->entries.push_back({record_.line, p->texts.size(), record_.text.size(), std::move(record_.problem)});
        record_.problem.reset();
        p->texts += record_.text;
      }
      if (p->entries.size() < piece_records) read_all_ = true;
      if (p->entries.empty()) return;
      any_ = true;
      ahead_.push_back(p);
      pool_.post([self = shared_from_this(), p] { self->work(*p); });
    }
  }

  // Answers @p p's records, unless another thread has begun them.
  void work(piece& p) {
    {
      std::lock_guard lock(mutex_);
      if (p.now != piece::state::waiting) return;
      p.now = piece::state::working;
    }
    for (const piece::entry& e : p.entries) {
      answer(e.line, std::string_view(p.texts).substr(e.begin, e.size), e.problem, p.output, p.decisions);
      p.output += '\n';
    }
    {
      std::lock_guard lock(mutex_);
      p.now = piece::state::done;
    }
    done_.notify_all();
  }

  // The caller's turn for @p p: answers it now, or waits for the helper that has it.
  void take(piece& p) {
    work(p);
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return p.now == piece::state::done; });
  }

  // Appends the answer to the record at @p line (its @p text, or the @p problem
  // that kept it from being framed); false if it is an error record.
  bool answer(std::size_t line, std::string_view text, const std::optional<std::string>& problem, std::string& out,
              std::size_t& decided) const {
    std::optional<bad_record> bad;
    const auto as_raw = [&] { return raw_record{line, std::string(text), problem}; };
    if (problem) {
      bad = bad_record::of(as_raw());
    } else if (auto r = parse_activity(text, options_)) {
      ++decided;
      if (mode_ == mode::whatif) {
        write_what_if(out, what_would_it_take(book_, r->subject(), r->what),
                      {.id = r->what.id, .city = r->subject().id, .lang = lang_});
      } else {
        write_decision(out, decide(book_, r->subject(), r->what),
                       {.id = r->what.id, .city = r->subject().id, .lang = lang_});
      }
      return true;
    } else {
      bad = bad_record::of(as_raw(), std::move(r).error().diagnostics);
    }
    write_bad_record(out, *bad);
    return false;
  }

  std::string body_;
  string_source source_;
  std::istream in_;
  record_reader reader_;
  mode mode_;
  const rulebook& book_;
  language lang_;
  activity_read_options options_;
  helpers& pool_;
  std::size_t window_;
  std::deque<std::shared_ptr<piece>> ahead_;
  std::vector<std::shared_ptr<piece>> spare_;  // pieces sent, for new pieces (only the caller's thread)
  raw_record record_;                          // the record being framed
  std::mutex mutex_;
  std::condition_variable done_;
  bool any_ = false, ended_ = false, read_all_ = false;
  std::size_t decisions_ = 0;
  metrics* metrics_ = nullptr;
  std::size_t route_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

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
      {"/healthz", "GET"},   {"/v1/vocab", "GET"},        {"/v1/rulebooks", "GET"}, {"/v1/rulebooks/*", "GET"},
      {"/v1/cities", "GET"}, {"/v1/powers", "GET"},       {"/v1/ladder", "GET"},    {"/v1/decide", "POST"},
      {"/v1/check", "POST"}, {"/v1/whatif", "POST"},      {"/v1/diff", "GET"},      {"/v1/lint", "POST"},
      {"/metrics", "GET"},   {"/v1/openapi.json", "GET"}, {"/v1/matrix", "GET"},    {"/v1/paper", "GET"},
      {"/", "GET"},
  };
  return all;
}

service::service(std::vector<rulebook> extra, limits l, std::size_t helper_threads) : limits_(l) {
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
  helpers_.start(helper_threads);
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

std::size_t service::route_of(std::string_view path) const {
  const auto& all = routes();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string_view p = all[i].path;
    if (p.ends_with('*') ? path.starts_with(p.substr(0, p.size() - 1)) && path.size() > p.size() - 1 : path == p) {
      return i;
    }
  }
  return all.size();  // unmatched
}

response service::handle(request req) const {
  const auto start = std::chrono::steady_clock::now();
  std::size_t route = routes().size(), decisions = 0;
  response r = answer(req, route, decisions);
  if (!r.more) {  // a streamed answer is recorded when it ends
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    metrics_.record(route, r.status, took.count(), decisions);
  }
  return r;
}

void finish(response& r) {
  if (!r.more) return;
  while (r.more(r.body)) {
  }
  r.more = nullptr;
}

void service::record_refusal(std::string_view target_text, unsigned status) const {
  metrics_.record(route_of(target::parse(target_text).path), status, 0, 0);
}

void metrics::record(std::size_t route, unsigned status, double seconds, std::size_t decisions) {
  route = std::min(route, max_routes - 1);
  const auto s = std::find(statuses.begin(), statuses.end() - 1, status) - statuses.begin();
  requests_[route][static_cast<std::size_t>(s)].fetch_add(1, std::memory_order_relaxed);
  decisions_[route].fetch_add(decisions, std::memory_order_relaxed);
  const auto b = std::lower_bound(bounds.begin(), bounds.end(), seconds) - bounds.begin();
  latency_[static_cast<std::size_t>(b)].fetch_add(1, std::memory_order_relaxed);
  latency_sum_us_.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

void metrics::write(std::string& out, std::span<const std::string_view> route_names) const {
  const auto name_of = [&](std::size_t i) {
    return i < route_names.size() ? std::string(route_names[i]) : std::string("unmatched");
  };
  out +=
      "# HELP citydip_requests_total Requests answered, by route and status.\n"
      "# TYPE citydip_requests_total counter\n";
  for (std::size_t r = 0; r < max_routes; ++r) {
    for (std::size_t s = 0; s < statuses.size(); ++s) {
      const auto n = requests_[r][s].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += "citydip_requests_total{route=\"" + name_of(r) + "\",status=\"" +
             (statuses[s] == 0 ? std::string("other") : std::to_string(statuses[s])) + "\"} " + std::to_string(n) +
             "\n";
    }
  }
  out +=
      "# HELP citydip_decisions_total Activities decided (or answered with remedies), by route.\n"
      "# TYPE citydip_decisions_total counter\n";
  for (std::size_t r = 0; r < max_routes; ++r) {
    const auto n = decisions_[r].load(std::memory_order_relaxed);
    if (n != 0) out += "citydip_decisions_total{route=\"" + name_of(r) + "\"} " + std::to_string(n) + "\n";
  }
  out +=
      "# HELP citydip_request_seconds Time the service took to answer a request.\n"
      "# TYPE citydip_request_seconds histogram\n";
  std::uint64_t cumulative = 0;
  char le[32];
  for (std::size_t b = 0; b < bounds.size(); ++b) {
    cumulative += latency_[b].load(std::memory_order_relaxed);
    std::snprintf(le, sizeof le, "%g", bounds[b]);
    out += "citydip_request_seconds_bucket{le=\"" + std::string(le) + "\"} " + std::to_string(cumulative) + "\n";
  }
  cumulative += latency_[bounds.size()].load(std::memory_order_relaxed);
  out += "citydip_request_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + "\n";
  std::snprintf(le, sizeof le, "%.6f", static_cast<double>(latency_sum_us_.load(std::memory_order_relaxed)) / 1e6);
  out += "citydip_request_seconds_sum " + std::string(le) + "\n";
  out += "citydip_request_seconds_count " + std::to_string(cumulative) + "\n";
}

response service::answer(request& req, std::size_t& route_index, std::size_t& decisions) const {
  const target t = target::parse(req.target);
  if (!t.valid) return error(400, "the request target has a malformed %-escape");
  route_index = route_of(t.path);
  if (route_index == routes().size()) return error(404, "no route " + t.path + "; see /v1/openapi.json");
  const auto route_it = routes().begin() + static_cast<std::ptrdiff_t>(route_index);
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
    body = "[";
    for (const city* c : search_cities(param("q").value_or(""))) {
      if (body.size() > 1) body += ',';
      write_city(body, *c);
    }
    body += ']';
  } else if (t.path == "/v1/powers" || t.path == "/v1/ladder") {
    const auto name = param("city");
    if (!name) return error(400, "which city? give ?city=ID or a name", "city");
    const city* c = find_city(*name);
    if (!c) {
      const city* hint = suggest_city(*name);
      return error(404,
                   "unknown city '" + *name + "': not in the gazetteer" +
                       (hint ? "; did you mean '" + hint->id + "'?" : std::string(" (see /v1/cities)")),
                   "city");
    }
    const date on = as_of.value_or(date::today());
    if (t.path == "/v1/powers") {
      out.content_type = json_lines;
      for (const power& p : powers(*book, *c, on)) {
        ++decisions;
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
  } else if (t.path == "/") {
    out.content_type = "text/html; charset=utf-8";
    body.assign(page_html, page_html_size);
  } else if (t.path == "/v1/matrix") {
    // Tiers × activity kinds: each kind with nothing more specified, for a
    // city of each tier that no rule names (the page's powers matrix).
    const date on = as_of.value_or(date::today());
    body = "{";
    json_field(body, "rulebook", book->name());
    body += ',';
    json_field(body, "date", on.to_string());
    body += ",\"rows\":[";
    for (designation tier : designation_set::all()) {
      if (body.back() != '[') body += ',';
      body += "{\"tier\":";
      write_json_string(body, to_id(tier));
      body += ",\"cells\":[";
      for (const auto& row : vocabulary<activity_kind>()) {
        const decision d = decide(*book, tier, "", {.kind = row.value, .date = on});
        ++decisions;
        if (body.back() != '[') body += ',';
        write_decision(body, d, {.id = row.id, .lang = *lang});
      }
      body += "]}";
    }
    body += "]}";
  } else if (t.path == "/v1/paper") {
    body = "[";
    for (const paper_statement& p : paper_statements()) {
      if (body.size() > 1) body += ',';
      body += '{';
      json_field(body, "id", p.id);
      body += ',';
      json_field(body, "summary", p.summary);
      body += '}';
    }
    body += ']';
  } else if (t.path == "/metrics") {
    out.content_type = "text/plain; version=0.0.4";
    std::vector<std::string_view> names;
    for (const route& r : routes()) names.push_back(r.path);
    metrics_.write(body, names);
  } else if (t.path == "/v1/openapi.json") {
    body = openapi();
  } else if (t.path == "/v1/diff") {
    const auto a = param("a"), b = param("b");
    if (!a || !b) return error(400, "which rulebooks? give ?a=NAME&b=NAME (see /v1/rulebooks)", a ? "b" : "a");
    const rulebook* book_a = find_book(*a);
    const rulebook* book_b = find_book(*b);
    if (!book_a) return error(404, "no rulebook '" + *a + "' is served; see /v1/rulebooks", "a");
    if (!book_b) return error(404, "no rulebook '" + *b + "' is served; see /v1/rulebooks", "b");
    std::size_t limit = 1000;
    if (const auto l = param("limit")) {
      const auto [end, ec] = std::from_chars(l->data(), l->data() + l->size(), limit);
      if (ec != std::errc{} || end != l->data() + l->size()) {
        return error(400, "limit takes a whole number, not '" + *l + "'", "limit");
      }
    }
    const rulebook_diff d = diff(*book_a, *book_b);
    body = "{";
    json_field(body, "a", book_a->name());
    body += ',';
    json_field(body, "b", book_b->name());
    body += ",\"differing\":" + std::to_string(d.entries.size()) + ",\"by_tier\":[";
    for (const diff_tier_summary& s : d.by_tier) {
      if (body.back() != '[') body += ',';
      body += "{\"tier\":";
      write_json_string(body, to_id(s.tier));
      body += ",\"cells_differing\":" + std::to_string(s.cells_differing) +
              ",\"cells_less_restricted\":" + std::to_string(s.cells_less_restricted) +
              ",\"cells_more_restricted\":" + std::to_string(s.cells_more_restricted) +
              ",\"cells_other_bodies\":" + std::to_string(s.cells_other_bodies) + "}";
    }
    body += "],\"entries\":[";
    const std::size_t shown = std::min(limit, d.entries.size());
    for (std::size_t i = 0; i < shown; ++i) {
      if (i != 0) body += ',';
      write_diff_entry(body, d.entries[i]);
    }
    body += "],\"omitted\":" + std::to_string(d.entries.size() - shown) + "}";
  } else if (t.path == "/v1/lint") {
    // Stateless: the rulebook is read, compiled and analysed, and forgotten.
    if (req.body.size() > limits_.max_body_bytes) return error(413, "the body is larger than the limit");
    const auto loaded = load_rulebook(req.body, {.file = "request"});
    body = "{\"ok\":";
    body += loaded ? "true" : "false";
    body += ",\"diagnostics\":[";
    if (!loaded) {
      bool first = true;
      for (const diagnostic& d : loaded.error().diagnostics) {
        body += first ? "{" : ",{";
        first = false;
        body += "\"line\":" + std::to_string(d.line) + ",\"column\":" + std::to_string(d.column) + ',';
        json_field(body, "path", d.path);
        body += ',';
        json_field(body, "message", d.message);
        body += '}';
      }
      body += "]}";
      return out;
    }
    const monotonicity_report m = check_monotonicity(*loaded, 10);
    const usage_report u = find_dead_rules(*loaded);
    body += "],\"monotonicity_violations\":" + std::to_string(m.violations) + ",\"dead_rules\":[";
    for (std::size_t i = 0; i < u.dead.size(); ++i) {
      if (i != 0) body += ',';
      write_json_string(body, u.dead[i].id);
    }
    body += "],\"idle_exceptions\":[";
    for (std::size_t i = 0; i < u.idle_exceptions.size(); ++i) {
      if (i != 0) body += ',';
      write_json_string(body, u.idle_exceptions[i]);
    }
    body += "]}";
  } else {
    // POST routes: activities, read exactly as `citydip check` reads them.
    if (req.body.size() > limits_.max_body_bytes) return error(413, "the body is larger than the limit");
    const auto mode = t.path == "/v1/decide"   ? batch::mode::decide
                      : t.path == "/v1/whatif" ? batch::mode::whatif
                                               : batch::mode::check;
    auto run =
        std::make_shared<batch>(std::move(req.body), mode, *book, *lang, as_of, limits_.max_record_bytes, helpers_);
    if (mode == batch::mode::decide) return run->one();
    out.content_type = json_lines;
    const bool more = run->next(body, stream_chunk_bytes);
    decisions = run->decisions();
    if (!more) {
      if (!run->any()) {
        return error(400,
                     "the body holds no activity: expected a JSON object (or, for /v1/check, JSON Lines or an array)");
      }
      return out;
    }
    // The rest is written as it is decided; the metrics hear of it when it ends.
    run->report_to(metrics_, route_index);
    out.more = [run](std::string& part) { return run->next(part, stream_chunk_bytes); };
    decisions = 0;
  }
  return out;
}

}  // namespace citydip::serve
