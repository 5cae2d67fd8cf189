// citydip serve over real sockets, on loopback: the program is started as a
// user starts it, on a free port, and every test is bounded in requests and
// in time. Routes and errors in detail: service_test.cpp.
#include <gtest/gtest.h>

#include "../support/http_client.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using namespace citydip::test::http;

reply exchange(unsigned short port, const std::string& request) {
  const int fd = connect_to(port);
  if (fd < 0) return {};
  send_all(fd, request);
  reply r = read_reply(fd);
  close(fd);
  return r;
}

const std::string office =
    R"({"id":"a1","city":"shenzhen","activity":"overseas_office","obtained":["provincial_fao"],"date":"2016-01-01"})";

TEST(serve_test, answers_routes_over_one_kept_alive_connection) {
  server_process s(CITYDIP_CLI, {});
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  send_all(fd, get("/healthz"));
  const reply health = read_reply(fd);
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, R"({"status":"ok"})");
  send_all(fd, post("/v1/decide", office));
  const reply decided = read_reply(fd);
  EXPECT_EQ(decided.status, 200);
  EXPECT_NE(decided.body.find(R"("missing":["mfa"])"), std::string::npos) << decided.body;
  send_all(fd, post("/v1/whatif?lang=zh", office));
  const reply whatif = read_reply(fd);
  EXPECT_NE(whatif.body.find(R"({"obtain":"mfa"})"), std::string::npos) << whatif.body;
  send_all(fd, get("/v1/decide"));
  const reply wrong = read_reply(fd);
  EXPECT_EQ(wrong.status, 405);
  EXPECT_NE(wrong.headers.find("Allow: POST"), std::string::npos);
  send_all(fd, get("/nowhere"));
  EXPECT_EQ(read_reply(fd).status, 404);
  close(fd);
  EXPECT_EQ(s.stop(SIGTERM), 0);
}

TEST(serve_test, holds_requests_to_the_body_header_and_connection_limits) {
  server_process s(CITYDIP_CLI, {"--max-body", "1000", "--max-connections", "2"});
  const reply big = exchange(s.port(), post("/v1/check", std::string(2000, ' ')));
  EXPECT_EQ(big.status, 413);
  EXPECT_NE(big.body.find("\"error\""), std::string::npos);
  const reply headers = exchange(s.port(), "GET /healthz HTTP/1.1\r\nX-Big: " + std::string(20000, 'x') + "\r\n\r\n");
  EXPECT_EQ(headers.status, 431);
  // Two idle connections take the two places; the third is refused with 503. (A
  // connection counts until the server has closed it: let the two above go first.)
  std::this_thread::sleep_for(300ms);
  const int a = connect_to(s.port()), b = connect_to(s.port());
  std::this_thread::sleep_for(200ms);
  EXPECT_FALSE(closed_by_server(a, 10ms));  // served, not refused
  const reply third = exchange(s.port(), get("/healthz"));
  EXPECT_EQ(third.status, 503);
  close(a);
  close(b);
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(exchange(s.port(), get("/healthz")).status, 200);
  EXPECT_EQ(s.stop(SIGINT), 0);
}

// A batch answer larger than a chunk is streamed (Transfer-Encoding:
// chunked), each record's answer in input order; the connection stays alive
// after it. A client that leaves mid-stream, or stops reading, costs the
// server nothing it keeps; SIGTERM lets a stream in flight finish.
TEST(serve_test, a_large_check_is_streamed_in_chunks) {
  server_process s(CITYDIP_CLI, {"--read-timeout", "1000"});
  std::string many;
  const std::size_t records = 3000;
  for (std::size_t i = 0; i < records; ++i) many += office + "\n";
  const int fd = connect_to(s.port());
  ASSERT_GE(fd, 0);
  send_all(fd, post("/v1/check", many));
  const reply r = read_reply(fd, 30s);
  ASSERT_TRUE(r.complete);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.headers.find("Content-Type: application/x-ndjson"), std::string::npos) << r.headers;
  EXPECT_GE(r.chunks, 3u);  // about 2.7 MB, in parts of 512 KiB and more
  EXPECT_EQ(static_cast<std::size_t>(std::count(r.body.begin(), r.body.end(), '\n')), records);
  EXPECT_EQ(r.body.rfind(R"({"id":"a1","city":"shenzhen")", 0), 0u);
  send_all(fd, get("/healthz"));
  EXPECT_EQ(read_reply(fd).body, R"({"status":"ok"})");  // still alive
  close(fd);

  // Leaves after the first bytes of the answer.
  const int leaver = connect_to(s.port());
  send_all(leaver, post("/v1/check", many));
  char first[4096];
  EXPECT_GT(recv(leaver, first, sizeof first, 0), 0);
  close(leaver);
  // Stops reading: the server gives up on it after the read timeout.
  // (An answer of about 25 MB, more than the sockets' buffers hold.)
  std::string more_still;
  for (int i = 0; i < 7; ++i) more_still += many;
  const int stalled = connect_to(s.port());
  send_all(stalled, post("/v1/whatif", more_still));
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(exchange(s.port(), get("/healthz")).status, 200);
  std::this_thread::sleep_for(2500ms);  // more than the read timeout, reading nothing
  std::size_t got = 0;
  bool ended = false;
  for (char buf[65536]; !ended;) {
    pollfd p{stalled, POLLIN, 0};
    if (poll(&p, 1, 2000) <= 0) break;
    const ssize_t n = recv(stalled, buf, sizeof buf, 0);
    if (n <= 0)
      ended = true;
    else
      got += static_cast<std::size_t>(n);
  }
  EXPECT_TRUE(ended) << "the server still holds a client that stopped reading";
  EXPECT_LT(got, std::size_t{20} << 20)
      << "more arrived than the sockets hold: the server went on writing to a client that stopped reading";

  // SIGTERM while a stream is in flight: it is finished, then the server exits 0.
  const int last = connect_to(s.port());
  send_all(last, post("/v1/check", many));
  EXPECT_GT(recv(last, first, 64, MSG_PEEK), 0);
  std::thread stopper([&] { EXPECT_EQ(s.stop(SIGTERM, 30s), 0); });
  const reply rest = read_reply(last, 30s);
  stopper.join();
  EXPECT_TRUE(rest.complete);
  EXPECT_EQ(static_cast<std::size_t>(std::count(rest.body.begin(), rest.body.end(), '\n')), records);
  close(last);
  close(stalled);
}

TEST(serve_test, a_slow_or_vanishing_client_holds_nothing) {
  server_process s(CITYDIP_CLI, {"--read-timeout", "300"});
  // Half a request, then silence: the connection is closed after the timeout.
  const int slow = connect_to(s.port());
  send_all(slow, "POST /v1/check HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"city\"");
  EXPECT_TRUE(closed_by_server(slow, 3000ms));
  close(slow);
  // A client that goes away mid-body, and one that goes away before reading a long answer.
  const int gone = connect_to(s.port());
  send_all(gone, "POST /v1/check HTTP/1.1\r\nContent-Length: 100000\r\n\r\n{\"city\":");
  close(gone);
  std::string many;
  for (int i = 0; i < 2000; ++i) many += office + "\n";
  const int reader = connect_to(s.port());
  send_all(reader, post("/v1/check", many));
  close(reader);
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(exchange(s.port(), get("/healthz")).status, 200);
  EXPECT_EQ(s.stop(SIGTERM), 0);
}

TEST(serve_test, sigterm_under_load_finishes_every_answer_and_exits_zero) {
  server_process s(CITYDIP_CLI, {"--threads", "2"});
  std::atomic<bool> go{true};
  std::atomic<int> answered{0}, broken{0};
  std::vector<std::thread> clients;
  clients.reserve(4);
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&] {
      while (go) {
        const int fd = connect_to(s.port());
        if (fd < 0) return;  // no longer accepting
        for (int i = 0; i < 50 && go; ++i) {
          send_all(fd, post("/v1/decide", office));
          const reply r = read_reply(fd, 5s);
          if (r.status == 0) break;  // closed between requests: allowed
          if (!r.complete || r.status != 200 || r.body.front() != '{' || r.body.back() != '}') ++broken;
          ++answered;
        }
        close(fd);
      }
    });
  }
  std::this_thread::sleep_for(500ms);
  const auto status = s.stop(SIGTERM);
  go = false;
  for (auto& t : clients) t.join();
  EXPECT_EQ(status, 0);
  EXPECT_GT(answered.load(), 100);
  EXPECT_EQ(broken.load(), 0);
}

TEST(serve_test, a_rulebook_file_with_problems_stops_the_start) {
  const std::string bad = std::string(CITYDIP_DATA_DIR) + "/bad-rulebook.json";
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(CITYDIP_CLI, CITYDIP_CLI, "serve", "--port", "0", "--rulebook", bad.c_str(), nullptr);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

}  // namespace
