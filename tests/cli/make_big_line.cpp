// Writes a JSON Lines file whose first line is a 50 MB record and whose
// second is a good activity: the catalogue's "50 MB line".
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_big_line FILE\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << R"({"id": "huge", "city": "beijing", "activity": "trade_fair", "note": ")";
  const std::string block(1 << 20, 'x');
  for (int i = 0; i < 50; ++i) out << block;
  out << "\"}\n"
      << R"({"id": "after", "city": "beijing", "activity": "trade_fair", "date": "2016-01-01"})" << '\n';
  return out ? 0 : 1;
}
