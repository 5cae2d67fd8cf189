// Helpers to build small rulebooks in tests.
#ifndef CITYDIP_TESTS_TEST_RULEBOOKS_HPP
#define CITYDIP_TESTS_TEST_RULEBOOKS_HPP

#include <citydip/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <string>

namespace citydip::test {

inline rule make_rule(std::string id, condition when, verdict v, body_set bodies = {}) {
  rule r;
  r.id = std::move(id);
  r.when = std::move(when);
  r.verdict = v;
  r.bodies = bodies;
  r.cite = "assumption: a test rule";
  r.text_en = "test rule " + r.id;
  r.text_zh = "测试规则 " + r.id;
  return r;
}

inline rulebook_source make_source(std::vector<rule> rules, verdict fallback = verdict::autonomous,
                                   body_set fallback_bodies = {}) {
  rulebook_source s;
  s.name = "test";
  s.title_en = "Test rulebook";
  s.title_zh = "测试规则集";
  s.fallback = make_rule("default", {}, fallback, fallback_bodies);
  s.fallback.classification = classification::general_foreign_affairs;
  s.rules = std::move(rules);
  return s;
}

inline rulebook compile_or_fail(rulebook_source s) {
  auto r = rulebook::compile(std::move(s));
  if (!r) {
    ADD_FAILURE() << r.error().to_string();
    std::abort();
  }
  return *r;
}

}  // namespace citydip::test

#endif
