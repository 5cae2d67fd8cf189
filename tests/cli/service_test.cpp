// citydip serve's routes, errors and limits, without a socket: each request
// goes to the service as the HTTP server hands it over.
#include "service.hpp"

#include "../support/source_file.hpp"

#include <gtest/gtest.h>

namespace citydip::serve {
namespace {

// A request's whole answer (a streamed one read to its end).
response call(const service& s, std::string method, std::string target, std::string body = {},
              std::string accept_language = {}) {
  response r = s.handle({std::move(method), std::move(target), std::move(body), std::move(accept_language)});
  finish(r);
  return r;
}

const service& svc() {
  static const service s;
  return s;
}

TEST(service_test, healthz_answers_ok) {
  const response r = call(svc(), "GET", "/healthz");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.body, R"({"status":"ok"})");
}

TEST(service_test, decide_answers_one_activity_as_check_does) {
  const std::string activity =
      R"({"id": "a1", "city": "shenzhen", "activity": "overseas_office", "obtained": ["provincial_fao"], "date": "2016-01-01"})";
  const response r = call(svc(), "POST", "/v1/decide", activity);
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "application/json");
  const rulebook book = *builtin_rulebook("status-quo-2016");
  std::string expected;
  write_decision(
      expected,
      decide(book, *find_city("shenzhen"),
             {.kind = activity_kind::overseas_office, .obtained = {body::provincial_fao}, .date = date{2016, 1, 1}}),
      {.id = "a1", .city = "shenzhen"});
  EXPECT_EQ(r.body, expected);
  // In Chinese, from the query or from Accept-Language.
  const response zh = call(svc(), "POST", "/v1/decide?lang=zh", activity);
  EXPECT_NE(zh.body.find("外交部"), std::string::npos);
  EXPECT_EQ(call(svc(), "POST", "/v1/decide", activity, "zh-CN,zh;q=0.9").body, zh.body);
  // Under another rulebook.
  const response reform = call(svc(), "POST", "/v1/decide?rulebook=reform-proposal", activity);
  EXPECT_NE(reform.body.find(R"("verdict":"report")"), std::string::npos) << reform.body;
}

TEST(service_test, a_bad_activity_gets_the_clis_error_record_with_its_suggestion) {
  const response r =
      call(svc(), "POST", "/v1/decide", R"({"id": "x", "city": "shenzhen", "activity": "overseas_offices"})");
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find(R"("id":"x")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("did you mean 'overseas_office'?"), std::string::npos) << r.body;
  EXPECT_EQ(call(svc(), "POST", "/v1/decide", "").status, 400u);
  EXPECT_EQ(call(svc(), "POST", "/v1/decide",
                 "{\"city\":\"beijing\",\"activity\":\"trade_fair\"}\n"
                 "{\"city\":\"beijing\",\"activity\":\"trade_fair\"}")
                .status,
            400u);
}

TEST(service_test, check_answers_every_record_in_place) {
  const std::string lines =
      "{\"id\": \"a\", \"city\": \"beijing\", \"activity\": \"trade_fair\"}\n"
      "{\"id\": \"b\", \"city\": \"atlantis\", \"activity\": \"trade_fair\"}\n"
      "{\"id\": \"c\", \"city\": \"yiwu-not\", \"activity\": \"nope\"}\n";
  const response r = call(svc(), "POST", "/v1/check?date=2016-01-01", lines);
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "application/x-ndjson");
  EXPECT_EQ(std::count(r.body.begin(), r.body.end(), '\n'), 3);
  EXPECT_NE(r.body.find(R"({"id":"a","city":"beijing")"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"({"id":"b","line":2,"error")"), std::string::npos) << r.body;
  // A JSON array reads too.
  const response arr =
      call(svc(), "POST", "/v1/check", R"([{"city": "beijing", "activity": "trade_fair", "date": "2016-01-01"}])");
  EXPECT_EQ(std::count(arr.body.begin(), arr.body.end(), '\n'), 1);
}

// A batch whose answer is larger than a chunk is streamed: the first part
// comes back at once, the rest a chunk at a time, and the parts joined are
// the answer the records get one by one, bad records answered in place.
TEST(service_test, a_large_check_is_streamed_a_chunk_at_a_time) {
  const std::string good = R"({"id":"g","city":"shenzhen","activity":"overseas_office","date":"2016-01-01"})";
  const std::string bad = R"({"id":"b","city":"atlantis","activity":"overseas_office"})";
  std::string lines;
  std::string expected;
  const std::size_t records = 3000;  // about 900 bytes of answer each: several chunks
  for (std::size_t i = 0; i < records; ++i) {
    const bool is_bad = i % 100 == 7;
    lines += (is_bad ? bad : good) + "\n";
    // A bad record's error names its line in the batch.
    expected +=
        is_bad
            ? R"({"id":"b","line":)" + std::to_string(i + 1) + "," +
                  call(svc(), "POST", "/v1/check", bad).body.substr(std::string_view(R"({"id":"b","line":1,)").size())
            : call(svc(), "POST", "/v1/check", good).body;
  }
  const service s;
  response r = s.handle({"POST", "/v1/check", lines, {}});
  ASSERT_TRUE(r.more);
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "application/x-ndjson");
  EXPECT_GE(r.body.size(), stream_chunk_bytes);
  EXPECT_LT(r.body.size(), 2 * stream_chunk_bytes);  // a chunk and at most a piece of records more
  std::string all = r.body;
  std::size_t parts = 1;
  // The last part, with the answer's end, may be shorter; it may be empty.
  for (bool more = true; more;) {
    std::string part;
    more = r.more(part);
    if (more) {
      EXPECT_GE(part.size(), stream_chunk_bytes);
    }
    all += part;
    ++parts;
  }
  EXPECT_GE(parts, 4u);
  ASSERT_EQ(all.size(), expected.size());
  const auto differs = std::mismatch(all.begin(), all.end(), expected.begin()).first - all.begin();
  EXPECT_EQ(all, expected) << "first difference at " << differs << ": "
                           << all.substr(static_cast<std::size_t>(differs), 80);
  // The metrics hear of a streamed answer when it ends, with every decision.
  EXPECT_EQ(call(s, "GET", "/metrics").body.find("citydip_decisions_total{route=\"/v1/check\"}"), std::string::npos);
  r.more = nullptr;
  const std::string m = call(s, "GET", "/metrics").body;
  EXPECT_NE(m.find("citydip_requests_total{route=\"/v1/check\",status=\"200\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("citydip_decisions_total{route=\"/v1/check\"} 2970\n"), std::string::npos) << m;
  // An answer left unread (the client went away) counts as neither 200 nor an error of the request.
  {
    response left = s.handle({"POST", "/v1/whatif", lines, {}});
    ASSERT_TRUE(left.more);
  }
  EXPECT_NE(call(s, "GET", "/metrics").body.find("citydip_requests_total{route=\"/v1/whatif\",status=\"other\"} 1\n"),
            std::string::npos);
}

// Helper threads decide pieces of a large batch; the answer is the same,
// byte for byte, as one thread gives, for JSON Lines and arrays, good and
// bad records, /v1/check and /v1/whatif.
TEST(service_test, helper_threads_give_the_same_answer) {
  const service alone;
  const service helped({}, {}, 3);
  std::string lines, array = "[";
  for (std::size_t i = 0; i < 5000; ++i) {
    const std::string one =
        i % 997 == 5    ? R"({"id":"x","city":"atlantis","activity":"trade_fair"})"
        : i % 1301 == 9 ? R"({"id":"y", "city": )"
        : i % 2 == 0    ? R"({"id":"a","city":"shenzhen","activity":"overseas_office","date":"2016-01-01"})"
                        : R"({"id":"b","city":"yiwu","activity":"trade_fair","domain":"culture","date":"2016-01-01"})";
    lines += one + "\n";
    if (i % 1301 != 9) array += (array.size() > 1 ? ",\n" : "") + one;
  }
  array += "]";
  for (const char* route : {"/v1/check?lang=zh", "/v1/whatif"}) {
    for (const std::string* body : {&lines, &array}) {
      const response a = call(alone, "POST", route, *body);
      const response b = call(helped, "POST", route, *body);
      EXPECT_EQ(a.status, 200u);
      EXPECT_GT(a.body.size(), 4 * stream_chunk_bytes);
      EXPECT_TRUE(a.body == b.body) << route << ": the helpers' answer differs";
    }
  }
}

TEST(service_test, whatif_powers_and_ladder_answer_as_the_cli_does) {
  const response w = call(
      svc(), "POST", "/v1/whatif",
      R"({"city": "shenzhen", "activity": "overseas_office", "obtained": ["provincial_fao"], "date": "2016-01-01"})");
  EXPECT_EQ(w.status, 200u);
  EXPECT_NE(w.body.find(R"("remedies":[{"changes":[{"obtain":"mfa"}])"), std::string::npos) << w.body;
  const response p = call(svc(), "GET", "/v1/powers?city=%E6%B7%B1%E5%9C%B3&date=2016-01-01");  // 深圳
  EXPECT_EQ(p.status, 200u);
  EXPECT_EQ(static_cast<std::size_t>(std::count(p.body.begin(), p.body.end(), '\n')), enum_count<activity_kind>());
  const response l = call(svc(), "GET", "/v1/ladder?city=shenzhen&activity=overseas_office&date=2016-01-01");
  EXPECT_EQ(l.status, 200u);
  EXPECT_NE(l.body.find(R"("rulebooks":["status-quo-2016","reform-proposal"])"), std::string::npos) << l.body;
}

TEST(service_test, vocab_rulebooks_and_cities_list_what_is_served) {
  EXPECT_NE(call(svc(), "GET", "/v1/vocab").body.find(R"({"id":"overseas_office")"), std::string::npos);
  const response list = call(svc(), "GET", "/v1/rulebooks");
  EXPECT_NE(list.body.find(R"("name":"status-quo-2016")"), std::string::npos) << list.body;
  const response one = call(svc(), "GET", "/v1/rulebooks/reform-proposal");
  EXPECT_EQ(one.status, 200u);
  EXPECT_TRUE(load_rulebook(one.body)) << "the rulebook served loads back";
  const response cities = call(svc(), "GET", "/v1/cities?q=shen");
  EXPECT_NE(cities.body.find(R"("id":"shenzhen")"), std::string::npos);
  EXPECT_NE(cities.body.find(R"("id":"shenyang")"), std::string::npos);
  EXPECT_EQ(call(svc(), "GET", "/v1/cities?q=atlantis").body, "[]");
}

TEST(service_test, unknown_routes_methods_and_parameters_get_json_errors) {
  const response missing = call(svc(), "GET", "/v2/decide");
  EXPECT_EQ(missing.status, 404u);
  EXPECT_NE(missing.body.find(R"("error":)"), std::string::npos);
  const response wrong = call(svc(), "GET", "/v1/decide");
  EXPECT_EQ(wrong.status, 405u);
  ASSERT_EQ(wrong.headers.size(), 1u);
  EXPECT_EQ(wrong.headers[0], (std::pair<std::string, std::string>{"Allow", "POST"}));
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=shenzhen&rulebook=nope").status, 404u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=atlantis").status, 404u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=shenzhen&date=2016-02-30").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=shenzhen&lang=fr").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=%E6%B7").status, 404u);  // a partial UTF-8 name: no such city
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=%G1").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/powers?city=%4").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/ladder?city=shenzhen&activity=nope").status, 400u);
}

TEST(service_test, bodies_over_the_limits_are_refused) {
  const service small({}, {.max_body_bytes = 64, .max_record_bytes = 32});
  EXPECT_EQ(call(small, "POST", "/v1/check", std::string(65, ' ')).status, 413u);
  const response r = call(small, "POST", "/v1/check", R"({"city": "beijing", "activity": "trade_fair", "id": "long"})");
  EXPECT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("error"), std::string::npos) << r.body;  // the record over 32 bytes, answered in place
}

TEST(service_test, target_parsing_decodes_and_refuses_bad_escapes) {
  const target t = target::parse("/v1/cities?q=%E6%B7%B1+x&lang=zh&empty=");
  EXPECT_TRUE(t.valid);
  EXPECT_EQ(t.path, "/v1/cities");
  EXPECT_EQ(t.query.at("q"), "深 x");
  EXPECT_EQ(t.query.at("empty"), "");
  EXPECT_FALSE(target::parse("/v1/x?q=%zz").valid);
  EXPECT_FALSE(target::parse("/v1/%").valid);
}

}  // namespace
}  // namespace citydip::serve

namespace citydip::serve {
namespace {

TEST(service_test, diff_and_lint_answer_as_the_cli_does) {
  const response d = call(svc(), "GET", "/v1/diff?a=status-quo-2016&b=reform-proposal&limit=2");
  EXPECT_EQ(d.status, 200u);
  EXPECT_NE(d.body.find(R"("a":"status-quo-2016","b":"reform-proposal","differing":)"), std::string::npos) << d.body;
  const auto entries = d.body.find(R"("entries":[)");
  ASSERT_NE(entries, std::string::npos);
  EXPECT_NE(d.body.find(R"("omitted":)"), std::string::npos);
  EXPECT_EQ(call(svc(), "GET", "/v1/diff?a=status-quo-2016").status, 400u);
  EXPECT_EQ(call(svc(), "GET", "/v1/diff?a=status-quo-2016&b=nope").status, 404u);
  EXPECT_EQ(call(svc(), "GET", "/v1/diff?a=status-quo-2016&b=reform-proposal&limit=x").status, 400u);

  const std::string good = citydip::test::source_file("tests/data/dead-rule.json");
  const response ok = call(svc(), "POST", "/v1/lint", good);
  EXPECT_EQ(ok.status, 200u);
  EXPECT_EQ(ok.body.rfind(R"({"ok":true,"diagnostics":[],"monotonicity_violations":0,"dead_rules":[)", 0), 0u)
      << ok.body;
  const response bad = call(svc(), "POST", "/v1/lint", citydip::test::source_file("tests/data/bad-rulebook.json"));
  EXPECT_EQ(bad.status, 200u);
  EXPECT_EQ(bad.body.rfind(R"({"ok":false,"diagnostics":[{"line":)", 0), 0u) << bad.body;
}

TEST(service_test, metrics_count_requests_by_route_and_status) {
  const service s;
  call(s, "GET", "/healthz");
  call(s, "GET", "/nowhere");
  call(s, "POST", "/v1/check",
       "{\"city\":\"beijing\",\"activity\":\"trade_fair\"}\n{\"city\":\"beijing\",\"activity\":\"trade_fair\"}");
  s.record_refusal("/v1/check", 413);
  const response m = call(s, "GET", "/metrics");
  EXPECT_EQ(m.content_type, "text/plain; version=0.0.4");
  EXPECT_NE(m.body.find("citydip_requests_total{route=\"/healthz\",status=\"200\"} 1\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("citydip_requests_total{route=\"unmatched\",status=\"404\"} 1\n"), std::string::npos);
  EXPECT_NE(m.body.find("citydip_requests_total{route=\"/v1/check\",status=\"413\"} 1\n"), std::string::npos);
  EXPECT_NE(m.body.find("citydip_decisions_total{route=\"/v1/check\"} 2\n"), std::string::npos);
  EXPECT_NE(m.body.find("citydip_request_seconds_bucket{le=\"+Inf\"} 4\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("citydip_request_seconds_count 4\n"), std::string::npos);
}

// The OpenAPI description names every route with its method, and no route that does not exist.
TEST(service_test, the_openapi_description_matches_the_routes) {
  const response r = call(svc(), "GET", "/v1/openapi.json");
  EXPECT_EQ(r.status, 200u);
  const std::string& text = r.body;
  EXPECT_EQ(std::count(text.begin(), text.end(), '{'), std::count(text.begin(), text.end(), '}'));
  EXPECT_EQ(std::count(text.begin(), text.end(), '['), std::count(text.begin(), text.end(), ']'));
  const auto paths = text.find("\"paths\": {");
  ASSERT_NE(paths, std::string::npos);
  std::size_t listed = 0;
  for (std::size_t at = text.find("\n  \"/", paths); at != std::string::npos; at = text.find("\n  \"/", at + 1))
    ++listed;
  EXPECT_EQ(listed, service::routes().size());
  for (const service::route& route : service::routes()) {
    std::string path(route.path);
    if (path.ends_with('*')) path.replace(path.size() - 1, 1, "{name}");
    std::string method(route.methods);
    std::transform(method.begin(), method.end(), method.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string needle = "\n  \"";
    needle += path;
    needle += "\": {\"";
    needle += method;
    needle += "\": {";
    EXPECT_NE(text.find(needle), std::string::npos) << path << ' ' << method;
  }
}

}  // namespace
}  // namespace citydip::serve

namespace citydip::serve {
namespace {

TEST(service_test, the_matrix_decides_every_kind_at_every_tier) {
  const response r = call(svc(), "GET", "/v1/matrix?rulebook=reform-proposal&date=2016-01-01");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(
      r.body.rfind(R"({"rulebook":"reform-proposal","date":"2016-01-01","rows":[{"tier":"small_medium_city","cells":[)",
                   0),
      0u)
      << r.body.substr(0, 200);
  EXPECT_EQ(static_cast<std::size_t>(std::count(r.body.begin(), r.body.end(), '{') -
                                     std::count(r.body.begin(), r.body.end(), '}')),
            0u);
  const rulebook book = *builtin_rulebook("reform-proposal");
  std::string cell;
  write_decision(cell,
                 decide(book, designation::sub_provincial_city, "",
                        {.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}}),
                 {.id = "overseas_office"});
  EXPECT_NE(r.body.find(cell), std::string::npos);
  std::size_t rows = 0;
  for (auto at = r.body.find(R"({"tier":)"); at != std::string::npos; at = r.body.find(R"({"tier":)", at + 1)) ++rows;
  EXPECT_EQ(rows, enum_count<designation>());
}

TEST(service_test, the_paper_lists_every_statement_rules_cite) {
  const response r = call(svc(), "GET", "/v1/paper");
  EXPECT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find(R"({"id":"Z-2.2-6","summary":)"), std::string::npos);
  std::size_t n = 0;
  for (auto at = r.body.find(R"({"id":)"); at != std::string::npos; at = r.body.find(R"({"id":)", at + 1)) ++n;
  EXPECT_EQ(n, paper_statements().size());
}

}  // namespace
}  // namespace citydip::serve

namespace citydip::serve {
namespace {

// The page is compiled in and self-contained: it names no other host and
// asks the service only for routes it serves.
TEST(service_test, the_page_is_served_and_reaches_no_other_host) {
  const response r = call(svc(), "GET", "/");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body.rfind("<!doctype html>", 0), 0u);
  EXPECT_NE(r.body.find("citydip explorer"), std::string::npos);
  EXPECT_EQ(r.body.find("http://"), std::string::npos);
  EXPECT_EQ(r.body.find("https://"), std::string::npos);
  EXPECT_EQ(r.body.find("src="), std::string::npos);
  std::size_t asked = 0;
  for (std::size_t at = r.body.find("\"/v1/"); at != std::string::npos; at = r.body.find("\"/v1/", at + 1)) {
    const std::string path = r.body.substr(at + 1, r.body.find_first_of("?\"", at + 1) - at - 1);
    EXPECT_NE(call(svc(), "GET", path).status, 404u) << path;
    ++asked;
  }
  EXPECT_GE(asked, 5u);
}

}  // namespace
}  // namespace citydip::serve
