// libFuzzer target: the batch path of `citydip check`: frame the records,
// read each, decide or write its error record.
#include <citydip/citydip.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  static const auto book = *citydip::builtin_rulebook("reform-proposal");
  citydip::record_reader reader(in, 4096);  // a small cap, so the fuzzer reaches it
  std::string out;
  std::size_t records = 0;
  for (citydip::raw_record rec; reader.next(rec);) {
    if (++records > 100000) std::abort();  // framing must always make progress
    out.clear();
    if (rec.problem) {
      citydip::write_bad_record(out, citydip::bad_record::of(rec));
    } else if (auto r = citydip::parse_activity(rec.text, {.default_date = citydip::date{2016, 1, 1}})) {
      citydip::write_decision(out, citydip::decide(book, r->subject(), r->what),
                              {.id = r->what.id, .city = r->subject().id});
    } else {
      if (r.error().diagnostics.empty()) std::abort();
      citydip::write_bad_record(out, citydip::bad_record::of(rec, r.error().diagnostics));
    }
    if (out.empty()) std::abort();
  }
  return 0;
}
