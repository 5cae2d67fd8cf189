#include <citydip/io/what_if_json.hpp>

#include <citydip/io/decision_json.hpp>
#include <citydip/rules/rule.hpp>

#include "io/format_keys.hpp"
#include "io/json_writer.hpp"

CITYDIP_BEGIN_NAMESPACE
namespace {

namespace keys = detail::keys;
using enum keys::what_if_key;
using enum keys::remedy_key;
using enum keys::change_key;
using enum keys::prohibition_key;
using enum keys::ladder_key;
using enum keys::rung_key;

// A decision written by write_decision as the value of the key just written.
void nested_decision(detail::json_writer& w, const decision& d, const what_if_write_options& o) {
  std::string text;
  write_decision(text, d, {.id = o.id, .city = o.city, .lang = o.lang});
  w.raw(text);
}

void remedies(detail::json_writer& w, const std::vector<remedy>& list, const what_if_write_options& o) {
  w.begin_array();
  for (const remedy& r : list) {
    std::string text;
    write_remedy(text, r, o);
    w.raw(text);
  }
  w.end_array();
}

}  // namespace

void write_change(std::string& out, const change& c) {
  detail::json_writer w(out);
  const auto& k = keys::change;
  w.begin_object();
  switch (c.kind) {
    case change_kind::obtain: w.key(k[ch_obtain]).id(c.body); break;
    case change_kind::mandate: w.key(k[ch_mandate]).boolean(true); break;
    case change_kind::tier: w.key(k[ch_tier]).id(c.tier); break;
    case change_kind::drop: w.key(k[ch_drop]).id(c.flag); break;
    case change_kind::domain: w.key(k[ch_domain]).id(c.domain); break;
    case change_kind::counterpart: w.key(k[ch_counterpart]).id(c.counterpart); break;
    case change_kind::date:
      w.key(k[ch_date_from]);
      c.dates.from ? w.plain_string(c.dates.from->to_string()) : w.null();
      w.key(k[ch_date_to]);
      c.dates.to ? w.plain_string(c.dates.to->to_string()) : w.null();
      break;
    case change_kind::rulebook: w.key(k[ch_rulebook]).string(c.rulebook); break;
  }
  w.end_object();
}

void write_remedy(std::string& out, const remedy& r, const what_if_write_options& options) {
  detail::json_writer w(out);
  w.begin_object();
  w.key(keys::remedy[rm_changes]).begin_array();
  for (const change& c : r.changes) {
    std::string text;
    write_change(text, c);
    w.raw(text);
  }
  w.end_array();
  w.key(keys::remedy[rm_decision]);
  nested_decision(w, r.what, options);
  w.end_object();
}

void write_what_if(std::string& out, const what_it_takes& t, const what_if_write_options& options) {
  detail::json_writer w(out);
  const auto& k = keys::what_if;
  w.begin_object();
  w.key(k[w_id]);
  options.id.empty() ? w.null() : w.string(options.id);
  w.key(k[w_decision]);
  nested_decision(w, t.what, options);
  w.key(k[w_remedies]);
  remedies(w, t.remedies, options);
  w.key(k[w_omitted]).raw_number(std::to_string(t.omitted));
  if (t.prohibition) {
    const auto& pk = keys::prohibition;
    w.key(k[w_prohibition]).begin_object();
    w.key(pk[ph_red_lines]).begin_array();
    for (const rule* r : t.prohibition->red_lines) w.string(r->id);
    w.end_array();
    w.key(pk[ph_lifted_by]);
    remedies(w, t.prohibition->lifted_by, options);
    w.key(pk[ph_omitted]).raw_number(std::to_string(t.prohibition->omitted));
    w.end_object();
  }
  w.end_object();
}

void write_ladder(std::string& out, std::span<const ladder_rung> rungs, const ladder_write_options& options) {
  detail::json_writer w(out);
  const auto& k = keys::ladder;
  w.begin_object();
  w.key(k[l_city]).string(options.city);
  w.key(k[l_activity]).id(options.activity);
  w.key(k[l_date]);
  if (rungs.empty() || rungs.front().decisions.empty()) {
    w.null();
  } else {
    w.plain_string(rungs.front().decisions.front().date.to_string());
  }
  w.key(k[l_rulebooks]).begin_array();
  if (!rungs.empty()) {
    for (const decision& d : rungs.front().decisions) w.string(d.rulebook);
  }
  w.end_array();
  w.key(k[l_rungs]).begin_array();
  const std::string_view kind = to_id(options.activity);
  for (const ladder_rung& r : rungs) {
    w.begin_object();
    w.key(keys::rung[rg_tier]).id(r.tier);
    w.key(keys::rung[rg_decisions]).begin_array();
    for (const decision& d : r.decisions) {
      std::string text;
      write_decision(text, d, {.id = kind, .city = options.city, .lang = options.lang});
      w.raw(text);
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

CITYDIP_END_NAMESPACE
