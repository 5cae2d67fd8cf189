// The floor for `citydip check --json`: reads a JSON Lines file line by line
// and parses each line with Boost.JSON alone (one parser, its memory reused),
// doing nothing with the result but counting objects.
//   json_baseline FILE
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/src.hpp>  // this program's own copy of Boost.JSON, header-only

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: json_baseline FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "json_baseline: cannot open " << argv[1] << "\n";
    return 2;
  }
  boost::json::parser p;
  unsigned char buffer[16384];
  std::string line;
  std::size_t objects = 0, bad = 0;
  while (std::getline(in, line)) {
    boost::json::monotonic_resource arena(buffer, sizeof buffer);
    p.reset(&arena);
    boost::system::error_code ec;
    p.write(line, ec);
    if (ec) {
      ++bad;
      continue;
    }
    objects += p.release().is_object();
  }
  std::cout << objects << " objects, " << bad << " bad lines\n";
  return bad == 0 ? 0 : 1;
}
