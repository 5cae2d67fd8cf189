#include <citydip/model/gazetteer.hpp>

#include "base/near_miss.hpp"

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <utility>

CITYDIP_BEGIN_NAMESPACE
namespace {

// Sources of the designation records (DOMAIN.md, "Gazetteer facts").
constexpr const char* src_municipality = "DOMAIN.md gazetteer facts: municipalities";
constexpr const char* src_sar = "DOMAIN.md gazetteer facts: special administrative regions";
constexpr const char* src_sub_provincial = "中编[1994]1号 of 1994-02-25, confirmed in 1995 (DOMAIN.md gazetteer facts)";
constexpr const char* src_sez = "DOMAIN.md gazetteer facts: special economic zones; Z-1-3";
constexpr const char* src_coastal = "DOMAIN.md gazetteer facts: coastal open cities (1984); Z-1-3";
constexpr const char* src_capital = "DOMAIN.md gazetteer facts: provincial capitals; start date not given, so unknown";
constexpr const char* src_seat =
    "DOMAIN.md gazetteer facts: seat (首府) of an autonomous region, treated as a provincial capital; start date not "
    "given, so unknown";

partial_date pd(const char* text) { return *partial_date::parse(text); }

designation_record rec(designation d, const char* since, const char* source, const char* until = nullptr) {
  designation_record r;
  r.designation = d;
  if (since) r.since = pd(since);
  if (until) r.until = pd(until);
  r.source = source;
  return r;
}

city make(const char* id, const char* zh, const char* en, std::initializer_list<designation_record> records) {
  city c;
  c.id = id;
  c.name_zh = zh;
  c.name_en = en;
  c.designations = records;
  return c;
}

city_spirit spirit(std::initializer_list<const char*> values, const char* motto) {
  city_spirit s;
  s.values.emplace();
  for (const char* v : values) s.values->push_back(v);
  s.motto = motto;
  return s;
}

std::vector<city> build() {
  using enum designation;
  const auto capital = [](const char* id, const char* zh, const char* en) {
    return make(id, zh, en, {rec(provincial_capital, nullptr, src_capital)});
  };
  const auto seat = [](const char* id, const char* zh, const char* en) {
    return make(id, zh, en, {rec(provincial_capital, nullptr, src_seat)});
  };
  const auto sub_provincial = [] { return rec(sub_provincial_city, "1994-02-25", src_sub_provincial); };
  const auto coastal = [] { return rec(coastal_open_city, "1984", src_coastal); };
  const auto capital_rec = [] { return rec(provincial_capital, nullptr, src_capital); };

  std::vector<city> v;
  // Municipalities and special administrative regions.
  v.push_back(make("beijing", "北京", "Beijing", {rec(municipality, "1949", src_municipality)}));
  v.back().spirit = spirit({"爱国", "创新", "包容", "厚德"}, "爱国、创新、包容、厚德");
  v.push_back(make("shanghai", "上海", "Shanghai", {rec(municipality, "1949", src_municipality), coastal()}));
  v.back().spirit = spirit({"海纳百川", "追求卓越", "开明睿智", "大气谦和"}, "海纳百川、追求卓越、开明睿智、大气谦和");
  v.push_back(make(
      "tianjin", "天津", "Tianjin",
      {rec(municipality, "1949", "DOMAIN.md gazetteer facts: municipality from 1949; a Hebei city from 1958-02-11",
           "1958-02-11"),
       rec(municipality, "1967-01-02", "DOMAIN.md gazetteer facts: municipality again from 1967-01-02"), coastal()}));
  v.push_back(
      make("chongqing", "重庆", "Chongqing",
           {rec(sub_provincial_city, "1994-02-25",
                "DOMAIN.md gazetteer facts: sub-provincial from 1994 until it became a municipality", "1997-03-14"),
            rec(municipality, "1997-03-14",
                "NPC decision of 1997-03-14 (launched 1997-06-18; a designation counts from the decision that "
                "made it, see docs/model.md); DOMAIN.md gazetteer facts")}));
  v.push_back(make("hong_kong", "香港", "Hong Kong", {rec(special_administrative_region, "1997-07-01", src_sar)}));
  {
    // Z-3.3-1: eleven overseas economic and trade offices with privileges and
    // immunities; WTO membership as "Hong Kong, China". Hosts are not stated.
    auto& hk = v.back().mechanisms;
    hk.overseas_offices.emplace();
    for (int i = 0; i < 11; ++i) {
      overseas_office o;
      o.purposes = issue_domain_set{issue_domain::economy_trade};
      o.privileges_and_immunities = fact::yes;
      hk.overseas_offices->push_back(o);
    }
    hk.memberships_under_regional_name = std::vector<std::string>{"WTO"};
  }
  v.push_back(make("macao", "澳门", "Macao", {rec(special_administrative_region, "1999-12-20", src_sar)}));

  // Sub-provincial cities, with their other designations.
  v.push_back(make("guangzhou", "广州", "Guangzhou", {capital_rec(), coastal(), sub_provincial()}));
  v.push_back(make("wuhan", "武汉", "Wuhan", {capital_rec(), sub_provincial()}));
  v.push_back(make("harbin", "哈尔滨", "Harbin", {capital_rec(), sub_provincial()}));
  v.push_back(make("shenyang", "沈阳", "Shenyang", {capital_rec(), sub_provincial()}));
  v.push_back(make("chengdu", "成都", "Chengdu", {capital_rec(), sub_provincial()}));
  v.push_back(make("nanjing", "南京", "Nanjing", {capital_rec(), sub_provincial()}));
  v.push_back(make("xian", "西安", "Xi'an", {capital_rec(), sub_provincial()}));
  v.push_back(make("changchun", "长春", "Changchun", {capital_rec(), sub_provincial()}));
  v.push_back(make("jinan", "济南", "Jinan", {capital_rec(), sub_provincial()}));
  v.push_back(make("hangzhou", "杭州", "Hangzhou", {capital_rec(), sub_provincial()}));
  v.push_back(make("dalian", "大连", "Dalian", {coastal(), sub_provincial()}));
  v.push_back(make("qingdao", "青岛", "Qingdao", {coastal(), sub_provincial()}));
  v.push_back(
      make("shenzhen", "深圳", "Shenzhen", {rec(special_economic_zone, "1980-08-26", src_sez), sub_provincial()}));
  v.back().spirit = spirit({"开拓创新", "诚信守法", "务实高效", "团结奉献"}, "开拓创新、诚信守法、务实高效、团结奉献");
  v.push_back(make("xiamen", "厦门", "Xiamen",
                   {rec(special_economic_zone, "1980-10", "DOMAIN.md gazetteer facts: approved October 1980; Z-1-3"),
                    sub_provincial()}));
  v.push_back(make("ningbo", "宁波", "Ningbo", {coastal(), sub_provincial()}));

  // Special economic zones not listed above.
  v.push_back(make("zhuhai", "珠海", "Zhuhai", {rec(special_economic_zone, "1980-08-26", src_sez)}));
  v.push_back(make("shantou", "汕头", "Shantou", {rec(special_economic_zone, "1980-08-26", src_sez)}));
  v.push_back(make("haikou", "海口", "Haikou",
                   {rec(provincial_capital, "1988-04-13",
                        "DOMAIN.md gazetteer facts: Hainan province was created on 1988-04-13, and Haikou is its "
                        "capital from that day; before it Haikou holds none of the designations"),
                    rec(special_economic_zone, "1988-04-13",
                        "DOMAIN.md gazetteer facts: the Hainan SEZ (1988-04-13) is the whole province, "
                        "of which Haikou is the capital")}));
  v.back().province = "Hainan";

  // Coastal open cities not listed above.
  v.push_back(make("qinhuangdao", "秦皇岛", "Qinhuangdao", {coastal()}));
  v.push_back(make("yantai", "烟台", "Yantai", {coastal()}));
  v.push_back(make("lianyungang", "连云港", "Lianyungang", {coastal()}));
  v.push_back(make("nantong", "南通", "Nantong", {coastal()}));
  v.push_back(make("wenzhou", "温州", "Wenzhou", {coastal()}));
  v.push_back(make("fuzhou", "福州", "Fuzhou", {capital_rec(), coastal()}));
  v.push_back(make("zhanjiang", "湛江", "Zhanjiang", {coastal()}));
  v.push_back(make("beihai", "北海", "Beihai", {coastal()}));

  // Provincial capitals not listed above, and the seats of the autonomous regions.
  v.push_back(capital("shijiazhuang", "石家庄", "Shijiazhuang"));
  v.push_back(capital("taiyuan", "太原", "Taiyuan"));
  v.push_back(capital("hefei", "合肥", "Hefei"));
  v.push_back(capital("nanchang", "南昌", "Nanchang"));
  v.push_back(capital("zhengzhou", "郑州", "Zhengzhou"));
  v.push_back(capital("changsha", "长沙", "Changsha"));
  v.push_back(capital("guiyang", "贵阳", "Guiyang"));
  v.push_back(capital("kunming", "昆明", "Kunming"));
  v.push_back(capital("lanzhou", "兰州", "Lanzhou"));
  v.push_back(capital("xining", "西宁", "Xining"));
  v.push_back(seat("hohhot", "呼和浩特", "Hohhot"));
  v.push_back(seat("nanning", "南宁", "Nanning"));
  v.push_back(seat("lhasa", "拉萨", "Lhasa"));
  v.push_back(seat("yinchuan", "银川", "Yinchuan"));
  v.push_back(seat("urumqi", "乌鲁木齐", "Ürümqi"));
  // Z-4.3: Shanghai, Beijing, Guangzhou, Shenzhen, Xi'an and Wuhan have set
  // internationalisation goals ("international metropolis", "world city",
  // "internationalised city"). Whether their FAOs shape them is not said.
  for (city& c : v) {
    if (c.id == "shanghai" || c.id == "beijing" || c.id == "guangzhou" || c.id == "shenzhen" || c.id == "xian" ||
        c.id == "wuhan") {
      c.programme.internationalisation_strategy = fact::yes;
    }
  }
  return v;
}

const std::vector<city>& cities() {
  static const std::vector<city> all = build();
  return all;
}

// Base letters of U+00C0..U+00FF; '\0' where the character is not a letter.
constexpr char latin1_base[] =
    "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0s"
    "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";

// @p s without the spaces around it (ASCII white space and U+3000).
std::string_view trim_spaces(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xE3\x80\x80")) {
      s.remove_prefix(3);
    } else if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE3\x80\x80")) {
      s.remove_suffix(3);
    } else {
      return s;
    }
  }
}

// A folded English abbreviation or variant spelling in general use, as the
// folded id it stands for; else @p folded itself.
std::string english_alias(std::string folded) {
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"hksar", "hongkong"},  // the Hong Kong Special Administrative Region
      {"macau", "macao"},     // Wikidata's and most English datasets' spelling
  };
  for (const auto& [alias, id] : aliases) {
    if (folded == alias) return std::string(id);
  }
  return folded;
}

// @p folded without the English administrative suffix people append to a
// name (City, Shi, Municipality, SAR, Special Administrative Region, folded);
// @p folded itself when it has none, or is nothing but one.
std::string_view without_english_suffix(std::string_view folded) {
  for (const std::string_view suffix : {"specialadministrativeregion", "sar", "municipality", "city", "shi"}) {
    if (folded.size() > suffix.size() && folded.ends_with(suffix))
      return folded.substr(0, folded.size() - suffix.size());
  }
  return folded;
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else if (c != ' ' && c != '-' && c != '_' && c != '\'' && c != '.') {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      char base = 0;
      if (cp >= 0xC0 && cp <= 0xFF) base = latin1_base[cp - 0xC0];
      // Pinyin vowels with tone marks (Latin Extended-A and -B).
      switch (cp) {
        case 0x101:
        case 0x1CE: base = 'a'; break;
        case 0x113:
        case 0x11B: base = 'e'; break;
        case 0x12B:
        case 0x1D0: base = 'i'; break;
        case 0x14D:
        case 0x1D2: base = 'o'; break;
        case 0x16B:
        case 0x1D4:
        case 0x1D6:
        case 0x1D8:
        case 0x1DA:
        case 0x1DC: base = 'u'; break;
        default: break;
      }
      if (base != 0) {
        out += base;
        i += 2;
        continue;
      }
    }
    // U+2019 RIGHT SINGLE QUOTATION MARK, as in "Xi’an"; U+3000 IDEOGRAPHIC SPACE.
    if (name.substr(i, 3) == "\xE2\x80\x99" || name.substr(i, 3) == "\xE3\x80\x80") {
      i += 3;
      continue;
    }
    // Full-width forms U+FF01..U+FF5E (ＳＨＥＮＺＨＥＮ): folded as their ASCII letters.
    if (c == 0xEF && i + 2 < name.size()) {
      const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(name[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(name[i + 2]) & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        const std::string ascii = fold_name(std::string(1, static_cast<char>(cp - 0xFF01 + 0x21)));
        out += ascii;
        i += 3;
        continue;
      }
    }
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

std::span<const city> gazetteer() noexcept { return cities(); }

namespace {
// The gazetteer's English names and ids, folded once: {name_en, id} by city.
const std::vector<std::pair<std::string, std::string>>& folded_names() {
  static const std::vector<std::pair<std::string, std::string>> folded = [] {
    std::vector<std::pair<std::string, std::string>> v;
    v.reserve(cities().size());
    for (const city& c : cities()) v.emplace_back(fold_name(c.name_en), fold_name(c.id));
    return v;
  }();
  return folded;
}
}  // namespace

const city* find_city(std::string_view id_or_name) noexcept {
  const auto& all = cities();
  // An id or Chinese name, as written: lengths and first bytes rule most
  // cities out before their names are compared.
  const auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && !a.empty() && a.front() == b.front() && a == b;
  };
  for (const city& c : all) {
    if (same(c.id, id_or_name) || same(c.name_zh, id_or_name)) return &c;
  }
  const auto& folded = folded_names();
  const auto by_folded = [&](std::string_view query) -> const city* {
    if (query.empty()) return nullptr;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (folded[i].first == query || folded[i].second == query) return &all[i];
    }
    return nullptr;
  };
  const std::string query = fold_name(id_or_name);
  if (const city* c = by_folded(query)) return c;

  // What people write around a name (docs/model.md, "How names are matched").
  // A Chinese name with its administrative suffix, and spaces around it:
  const std::string_view zh = trim_spaces(id_or_name);
  for (const std::string_view suffix :
       {std::string_view("特别行政区"), std::string_view("特別行政區"), std::string_view("市")}) {
    if (zh.size() > suffix.size() && zh.ends_with(suffix)) {
      const std::string_view base = zh.substr(0, zh.size() - suffix.size());
      for (const city& c : all) {
        if (c.name_zh == base) return &c;
      }
    }
  }
  if (zh.size() != id_or_name.size()) {
    for (const city& c : all) {
      if (c.id == zh || c.name_zh == zh) return &c;
    }
  }
  // An English name with a suffix (City, Shi, Municipality, SAR, Special
  // Administrative Region), an abbreviation or a variant spelling.
  if (const city* c = by_folded(english_alias(query))) return c;
  if (const std::string_view base = without_english_suffix(query); base.size() != query.size()) {
    return by_folded(english_alias(std::string(base)));
  }
  return nullptr;
}

const city* suggest_city(std::string_view name) {
  const std::string folded_name = fold_name(name);
  const std::string_view query = without_english_suffix(folded_name);
  if (query.empty()) return nullptr;
  const std::size_t allowed = query.size() >= 8 ? 2 : 1;
  const city* best = nullptr;
  std::size_t best_edits = allowed + 1;
  bool tie = false;
  const auto all = gazetteer();
  const auto& folded = folded_names();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& [name, id] = folded[i];
    // Pinyin names are close to one another (Suzhou and Fuzhou, Changzhou and
    // Hangzhou): a name that begins otherwise is taken for another city, not a typo.
    if (id.front() != query.front()) continue;
    const std::size_t d = std::min(detail::edit_distance(query, id, true), detail::edit_distance(query, name, true));
    const city& c = all[i];
    if (d < best_edits) {
      best = &c;
      best_edits = d;
      tie = false;
    } else if (d == best_edits && best != &c) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

std::vector<const city*> search_cities(std::string_view query) {
  const std::string folded = fold_name(query);
  const city* named = find_city(query);  // a whole name as people write it: 深圳市, Macau, HKSAR
  const auto all = gazetteer();
  const auto& names = folded_names();
  std::vector<const city*> found;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const city& c = all[i];
    if (query.empty() || &c == named || c.name_zh.find(query) != std::string::npos ||
        (!folded.empty() &&
         (names[i].first.find(folded) != std::string::npos || names[i].second.find(folded) != std::string::npos))) {
      found.push_back(&c);
    }
  }
  return found;
}

CITYDIP_END_NAMESPACE
