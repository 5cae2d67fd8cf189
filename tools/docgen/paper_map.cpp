// Writes the page that maps every statement of the paper (Z-…) to the rules,
// audit findings and public headers that carry it. Run by the docs target:
//   paper_map INCLUDE_DIR OUTPUT_FILE
#include <citydip/citydip.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The Z-ids a citation or comment names (a whole id: "Z-2.2-6", not "Z-2.2").
std::set<std::string> ids_in(const std::string& text) {
  std::set<std::string> out;
  for (std::size_t at = text.find("Z-"); at != std::string::npos; at = text.find("Z-", at + 2)) {
    std::size_t end = at + 2;
    while (end < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' || text[end] == '-'))
      ++end;
    while (end > at + 2 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string id = text.substr(at, end - at);
    if (citydip::find_paper_statement(id)) out.insert(id);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: paper_map INCLUDE_DIR OUTPUT_FILE\n";
    return 2;
  }
  std::map<std::string, std::vector<std::string>> rules, findings, headers;
  for (const auto& info : citydip::builtin_rulebooks()) {
    const auto book = *citydip::builtin_rulebook(info.name);
    const auto add = [&](const citydip::rule& r) {
      for (const auto& id : ids_in(r.cite)) rules[id].push_back("`" + r.id + "` (" + std::string(info.name) + ")");
    };
    for (const auto& r : book.rules()) add(r);
    add(book.fallback());
  }
  for (const auto& f : citydip::audit(citydip::city{}).findings) {
    for (const auto& id : ids_in(std::string(f.cite))) findings[id].push_back("`" + std::string(f.id) + "`");
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (e.path().extension() == ".hpp" && e.path().string().find("/detail/") == std::string::npos)
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    const std::string name = fs::relative(path, argv[1]).generic_string();
    for (const auto& id : ids_in(text)) headers[id].push_back(name);
  }

  std::ofstream out(argv[2]);
  out << "# The paper, statement by statement {#paper_map}\n\n"
         "Every statement of the paper (`../shared/DOMAIN.md`) with what in citydip carries it: the "
         "built-in rules that cite it, the audit findings that rest on it, and the public headers that "
         "document it. Generated from the library by `tools/docgen/paper_map.cpp` when the "
         "documentation is built, so it cannot drift.\n\n"
         "| statement | what it says | rules | audit findings | headers |\n|---|---|---|---|---|\n";
  const auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? std::string("—") : s;
  };
  for (const auto& s : citydip::paper_statements()) {
    const std::string id(s.id);
    out << "| " << id << " | " << s.summary << " | " << join(rules[id]) << " | " << join(findings[id]) << " | "
        << join(headers[id]) << " |\n";
  }
  return out ? 0 : 1;
}
