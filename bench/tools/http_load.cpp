// A bounded load generator for citydip serve, on loopback (issue 16's
// targets; docs/benchmarks.md records what it prints):
//   1. GET /healthz, a fixed body, over C keep-alive connections for D seconds;
//   2. POST /v1/decide, one activity per request, the same way;
//   3. POST /v1/check, N activities in one body on one connection.
// For 1 and 2 it prints requests per second and p50/p99 latency, and the
// ratio of 2 to 1; for 3 decisions per second.
//   http_load CITYDIP [SECONDS=3] [CONNECTIONS=2] [ACTIVITIES=200000]
#include "../../tests/support/http_client.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace {

using namespace citydip::test::http;

struct load_result {
  double rps = 0;
  double p50_us = 0, p99_us = 0;
  std::size_t failed = 0;
};

load_result hammer(unsigned short port, const std::string& request, double seconds, int connections) {
  std::atomic<bool> go{true};
  std::mutex m;
  std::vector<double> latencies;
  std::atomic<std::size_t> failed{0};
  std::vector<std::thread> threads;
  threads.reserve(static_cast<std::size_t>(connections));
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&] {
      std::vector<double> mine;
      const int fd = connect_to(port);
      if (fd < 0) {
        ++failed;
        return;
      }
      while (go) {
        const auto start = std::chrono::steady_clock::now();
        send_all(fd, request);
        const reply r = read_reply(fd);
        const std::chrono::duration<double, std::micro> took = std::chrono::steady_clock::now() - start;
        if (r.status != 200 || !r.complete) {
          ++failed;
          break;
        }
        mine.push_back(took.count());
      }
      close(fd);
      std::lock_guard lock(m);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  go = false;
  for (auto& t : threads) t.join();
  load_result out;
  out.failed = failed;
  if (latencies.empty()) return out;
  std::sort(latencies.begin(), latencies.end());
  out.rps = static_cast<double>(latencies.size()) / seconds;
  out.p50_us = latencies[latencies.size() / 2];
  out.p99_us = latencies[latencies.size() * 99 / 100];
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: http_load CITYDIP [SECONDS] [CONNECTIONS] [ACTIVITIES]\n");
    return 2;
  }
  const double seconds = argc > 2 ? std::atof(argv[2]) : 3.0;
  const int connections = argc > 3 ? std::atoi(argv[3]) : 2;
  const std::size_t activities = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 200000;
  server_process server(argv[1], {"--threads", "2", "--max-body", "268435456"});
  const std::string activity =
      R"({"id":"a1","city":"shenzhen","activity":"overseas_office","domain":"investment","obtained":["provincial_fao"],"date":"2016-01-01"})";

  const load_result fixed = hammer(server.port(), get("/healthz"), seconds, connections);
  const load_result decide = hammer(server.port(), post("/v1/decide", activity), seconds, connections);
  std::printf("route          connections  requests/s  p50 us  p99 us  failed\n");
  std::printf("/healthz       %11d  %10.0f  %6.1f  %6.1f  %zu\n", connections, fixed.rps, fixed.p50_us, fixed.p99_us,
              fixed.failed);
  std::printf("/v1/decide     %11d  %10.0f  %6.1f  %6.1f  %zu\n", connections, decide.rps, decide.p50_us, decide.p99_us,
              decide.failed);
  std::printf("decide / fixed: %.2f\n", fixed.rps > 0 ? decide.rps / fixed.rps : 0.0);

  std::string batch;
  batch.reserve(activities * (activity.size() + 1));
  for (std::size_t i = 0; i < activities; ++i) batch += activity + "\n";
  const int fd = connect_to(server.port());
  const auto start = std::chrono::steady_clock::now();
  send_all(fd, post("/v1/check", batch));
  // The answer is counted as it streams in, not kept.
  std::size_t lines = 0;
  const reply r = read_reply_into(fd, std::chrono::seconds(300), [&](std::string_view piece) {
    for (const char *at = piece.data(), *end = at + piece.size();
         (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)))) != nullptr; ++at) {
      ++lines;
    }
  });
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  close(fd);
  std::printf("/v1/check      1 connection, %zu activities: %.3f s, %.0f decisions/s%s\n", activities, took.count(),
              static_cast<double>(lines) / took.count(),
              lines == activities && r.status == 200 && r.complete ? "" : " (INCOMPLETE)");
  const auto status = server.stop(SIGTERM);
  return status == 0 && fixed.failed == 0 && decide.failed == 0 && lines == activities ? 0 : 1;
}
