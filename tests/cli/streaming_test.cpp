// The citydip program streams: it answers a record before the input ends, and
// its memory does not grow with the length of the batch.
#include <gtest/gtest.h>

#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

const char* const program = CITYDIP_CLI;
const std::string record =
    R"({"id": "s", "city": "shenzhen", "activity": "overseas_office", "domain": "investment", "date": "2016-01-01"})";

struct child {
  pid_t pid = -1;
  int in = -1;   // we write the program's standard input
  int out = -1;  // we read its standard output
};

child start(const std::vector<std::string>& args, const char* stdout_path = nullptr, const char* stdin_path = nullptr) {
  int to[2], from[2];
  EXPECT_EQ(pipe(to), 0);
  EXPECT_EQ(pipe(from), 0);
  child c;
  c.pid = fork();
  if (c.pid == 0) {
    if (stdin_path) {
      const int fd = open(stdin_path, O_RDONLY);
      dup2(fd, 0);
    } else {
      dup2(to[0], 0);
    }
    if (stdout_path) {
      const int fd = open(stdout_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 1);
    } else {
      dup2(from[1], 1);
    }
    close(to[0]);
    close(to[1]);
    close(from[0]);
    close(from[1]);
    std::vector<char*> argv{const_cast<char*>(program)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(program, argv.data());
    _exit(127);
  }
  close(to[0]);
  close(from[1]);
  c.in = to[1];
  c.out = from[0];
  return c;
}

// Reads one line from `fd`, waiting at most `ms` milliseconds in all.
std::string read_line(int fd, int ms) {
  std::string line;
  char ch;
  while (true) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0) return line + "<timeout>";
    if (read(fd, &ch, 1) != 1) return line + "<eof>";
    if (ch == '\n') return line;
    line += ch;
  }
}

TEST(streaming_test, answers_each_record_before_the_input_ends) {
  child c = start({"check", "--json", "-"});
  const std::string first = record + "\n";
  ASSERT_EQ(write(c.in, first.data(), first.size()), static_cast<ssize_t>(first.size()));
  const std::string answer = read_line(c.out, 20000);  // the input is still open
  EXPECT_EQ(answer.rfind("{\"id\":\"s\",\"city\":\"shenzhen\"", 0), 0u) << answer;
  ASSERT_EQ(write(c.in, first.data(), first.size()), static_cast<ssize_t>(first.size()));
  EXPECT_EQ(read_line(c.out, 20000).rfind("{\"id\":\"s\"", 0), 0u);
  close(c.in);
  EXPECT_EQ(read_line(c.out, 20000), "<eof>");
  int status = 0;
  waitpid(c.pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  close(c.out);
}

// Peak resident set of one run of the program on `records` records, in KiB.
long peak_kib(std::size_t records, bool as_json, const std::string& dir) {
  const std::string input = dir + "/batch-" + std::to_string(records) + ".jsonl";
  {
    std::ofstream out(input);
    for (std::size_t i = 0; i < records; ++i) out << record << '\n';
  }
  std::vector<std::string> args{"check"};
  if (as_json) args.push_back("--json");
  args.push_back(input);
  child c = start(args, "/dev/null");
  close(c.in);
  close(c.out);
  int status = 0;
  rusage usage{};
  wait4(c.pid, &status, 0, &usage);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  std::remove(input.c_str());
  return usage.ru_maxrss;
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CITYDIP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CITYDIP_SANITIZED 1
#endif
#endif

TEST(streaming_test, memory_stays_flat_however_long_the_batch) {
#ifdef CITYDIP_SANITIZED
  // The program is built with the same sanitizer, whose quarantine keeps freed
  // memory resident: peak memory measures the sanitizer, not citydip.
  GTEST_SKIP() << "peak memory is not meaningful under a sanitizer";
#endif
  const std::string dir = CITYDIP_TEST_WORK_DIR;
  for (bool as_json : {true, false}) {
    const long small = peak_kib(2000, as_json, dir);
    const long large = peak_kib(60000, as_json, dir);  // 30 times the records
    RecordProperty(as_json ? "json_small_kib" : "table_small_kib", static_cast<int>(small));
    RecordProperty(as_json ? "json_large_kib" : "table_large_kib", static_cast<int>(large));
    EXPECT_LT(large - small, 4096) << (as_json ? "--json" : "table") << ": " << small << " KiB for 2,000 records, "
                                   << large << " KiB for 60,000";
  }
}

}  // namespace
