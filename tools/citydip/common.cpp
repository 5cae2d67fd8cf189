#include "cli.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace citydip::cli {

std::optional<std::string> arguments::option(std::string_view name) {
  for (std::size_t i = 0; i < args_.size(); ++i) {
    const std::string& a = args_[i];
    if (a == name) {
      if (i + 1 >= args_.size()) throw usage_error{std::string(name) + " needs a value"};
      std::string value = args_[i + 1];
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(i), args_.begin() + static_cast<std::ptrdiff_t>(i + 2));
      return value;
    }
    if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
      std::string value = a.substr(name.size() + 1);
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(i));
      return value;
    }
  }
  return std::nullopt;
}

std::vector<std::string> arguments::options(std::string_view name) {
  std::vector<std::string> values;
  while (auto v = option(name)) values.push_back(std::move(*v));
  return values;
}

bool arguments::flag(std::string_view name) {
  for (std::size_t i = 0; i < args_.size(); ++i) {
    if (args_[i] == name) {
      args_.erase(args_.begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
  }
  return false;
}

std::vector<std::string> arguments::positional(std::size_t at_most) {
  for (const auto& a : args_) {
    if (a.size() > 1 && a[0] == '-')
      throw usage_error{"unknown option '" + a + "'; see 'citydip " + command_ + " --help'"};
  }
  if (args_.size() > at_most) {
    throw usage_error{"unexpected argument '" + args_[at_most] + "'; see 'citydip " + command_ + " --help'"};
  }
  return args_;
}

language parse_lang(arguments& args) {
  const auto lang = args.option("--lang");
  if (!lang || *lang == "en") return language::en;
  if (*lang == "zh") return language::zh;
  throw usage_error{"--lang takes 'en' or 'zh', not '" + *lang + "'"};
}

std::optional<date> parse_as_of(arguments& args) {
  const auto text = args.option("--as-of");
  if (!text) return std::nullopt;
  if (auto d = date::parse(*text)) return d;
  throw usage_error{"--as-of takes a date YYYY-MM-DD that exists in the calendar, not '" + *text + "'"};
}

rulebook open_rulebook(const std::string& name) {
  if (auto book = builtin_rulebook(name)) return *book;
  std::ifstream probe(name);
  if (!probe) {
    std::string known;
    for (const auto& b : builtin_rulebooks()) known += " " + std::string(b.name);
    throw usage_error{"--rulebook '" + name + "' is neither a built-in rulebook (" + known.substr(1) +
                      ") nor a file that can be read"};
  }
  auto book = load_rulebook(read_file(name), {.file = name});
  if (!book) {
    print_diagnostics(book.error());
    throw usage_error{"the rulebook '" + name + "' has " + std::to_string(book.error().diagnostics.size()) +
                      " problem(s); nothing was decided"};
  }
  return *book;
}

rulebook open_rulebook(arguments& args) { return open_rulebook(args.option("--rulebook").value_or("status-quo-2016")); }

std::vector<rulebook> open_rulebooks(arguments& args, std::vector<std::string> defaults) {
  std::vector<std::string> names = args.options("--rulebook");
  if (names.empty()) names = std::move(defaults);
  std::vector<rulebook> books;
  books.reserve(names.size());
  for (const std::string& n : names) books.push_back(open_rulebook(n));
  return books;
}

city city_argument(const std::string& arg) {
  if (const city* c = find_city(arg)) return *c;
  std::ifstream probe(arg);
  if (!probe) {
    const city* hint = suggest_city(arg);
    throw usage_error{"unknown city '" + arg + "': neither in the gazetteer nor a city file" +
                      (hint ? "; did you mean '" + hint->id + "'?" : std::string(" (see 'citydip cities')"))};
  }
  auto c = parse_city(read_file(arg), {.file = arg});
  if (!c) {
    print_diagnostics(c.error());
    throw usage_error{"the city file '" + arg + "' has problems"};
  }
  return *c;
}

activity_input::activity_input(const std::string& path, std::optional<date> as_of)
    : stdin_(path == "-"), display_(path == "-" ? "<stdin>" : path), as_of_(as_of) {
  if (stdin_) return;
  file_.open(path, std::ios::binary);
  if (!file_) throw usage_error{"cannot open '" + path + "'"};
}

bool activity_input::each(const std::function<void(std::size_t line, const activity_record&)>& decided,
                          const std::function<void(const bad_record&)>& failed) {
  std::istream& in = stdin_ ? std::cin : file_;
  record_reader reader(in);
  raw_record rec;
  bool any_bad = false;
  const activity_read_options options{display_, as_of_};
  while (reader.next(rec)) {
    if (rec.problem) {
      any_bad = true;
      failed(bad_record::of(rec));
    } else if (auto r = parse_activity(rec.text, options)) {
      decided(rec.line, *r);
    } else {
      any_bad = true;
      failed(bad_record::of(rec, std::move(r).error().diagnostics));
    }
    if (stdin_) std::cout.flush();  // a pipe's reader sees each answer as soon as it is made
  }
  if (in.bad()) throw usage_error{"cannot read '" + display_ + "'"};
  return any_bad;
}

std::vector<rulebook_layer> open_layers(const std::string& name) {
  for (const auto& info : builtin_rulebooks()) {
    if (info.name == name) {
      auto layers = parse_rulebook_layers(info.json, {.file = "<builtin:" + name + ">"});
      if (!layers) throw citydip::exception(layers.error());  // the library's own data: its tests rule this out
      return std::move(*layers);
    }
  }
  auto layers = parse_rulebook_layers(read_file(name), {.file = name});
  if (!layers) {
    print_diagnostics(layers.error());
    throw usage_error{"the rulebook '" + name + "' has " + std::to_string(layers.error().diagnostics.size()) +
                      " problem(s)"};
  }
  return std::move(*layers);
}

rulebook compile_layer(const rulebook_layer& layer) {
  auto book = rulebook::compile(layer.resolved);
  if (!book) {
    error e = book.error();
    for (auto& d : e.diagnostics) d.file = layer.file;
    print_diagnostics(e);
    throw usage_error{"the rulebook '" + layer.resolved.name + "' does not compile"};
  }
  return *book;
}

std::string read_file(const std::string& path) {
  std::ostringstream text;
  if (path.empty() || path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw usage_error{"cannot open '" + path + "'"};
  text << in.rdbuf();
  if (in.bad()) throw usage_error{"cannot read '" + path + "'"};
  return text.str();
}

void print_diagnostics(const error& e) {
  for (const auto& d : e.diagnostics) std::cerr << d.to_string() << '\n';
}

std::string bodies_list(body_set bodies, language lang) {
  std::string out;
  for (body b : bodies) {
    if (!out.empty()) out += lang == language::zh ? "、" : ", ";
    out += name(b, lang);
  }
  return out;
}

std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    n += len >= 3 ? 2 : 1;  // CJK characters (3-byte UTF-8) take two columns
    i += len;
  }
  return n;
}

std::string pad(std::string_view s, std::size_t width) {
  const std::size_t used = columns(s);
  std::string out(s);
  out.append(used < width ? width - used : 1, ' ');  // at least one space between columns
  return out;
}

}  // namespace citydip::cli
