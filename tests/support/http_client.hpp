// Test and benchmark helper: a minimal HTTP/1.1 client over loopback POSIX
// sockets, enough to drive citydip serve (one request at a time per
// connection, Content-Length bodies).
#ifndef CITYDIP_TESTS_SUPPORT_HTTP_CLIENT_HPP
#define CITYDIP_TESTS_SUPPORT_HTTP_CLIENT_HPP

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace citydip::test::http {

using namespace std::chrono_literals;

// A connection to 127.0.0.1:port, or -1.
inline int connect_to(unsigned short port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

inline void send_all(int fd, const std::string& text) {
  std::size_t sent = 0;
  while (sent < text.size()) {
    const ssize_t n = send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

struct reply {
  int status = 0;
  std::string headers;
  std::string body;        // empty when read by read_reply_into
  bool complete = false;   // the whole body arrived: its Content-Length, or every chunk and the last
  std::size_t chunks = 0;  // for a chunked answer, how many chunks it came in (the last not counted)
};

// Reads one response (at most @p limit), with a Content-Length or chunked,
// handing each piece of its body to @p sink as it arrives and keeping only
// what is not yet decoded (so a long answer costs no memory here).
template <class Sink>
reply read_reply_into(int fd, std::chrono::milliseconds limit, Sink&& sink) {
  std::string data;  // received, not yet handed on
  reply r;
  const auto until = std::chrono::steady_clock::now() + limit;
  bool have_headers = false, chunked = false;
  std::size_t left = 0;  // without chunks: body bytes still to come
  for (;;) {
    if (!have_headers) {
      if (const std::size_t end = data.find("\r\n\r\n"); end != std::string::npos) {
        have_headers = true;
        r.headers = data.substr(0, end);
        r.status = std::atoi(r.headers.c_str() + 9);
        const auto cl = r.headers.find("Content-Length: ");
        if (cl != std::string::npos) left = std::strtoul(r.headers.c_str() + cl + 16, nullptr, 10);
        chunked = r.headers.find("Transfer-Encoding: chunked") != std::string::npos;
        data.erase(0, end + 4);
      }
    }
    if (have_headers && !chunked) {
      const std::size_t n = std::min(left, data.size());
      sink(std::string_view(data).substr(0, n));
      data.erase(0, n);
      left -= n;
      if (left == 0) {
        r.complete = true;
        return r;
      }
    }
    if (have_headers && chunked) {
      std::size_t at = 0;  // every chunk that has arrived whole
      for (;;) {
        const std::size_t eol = data.find("\r\n", at);
        if (eol == std::string::npos) break;
        const std::size_t size = std::strtoul(data.c_str() + at, nullptr, 16);
        if (data.size() < eol + 2 + size + 2) break;
        if (size == 0) {
          r.complete = true;
          return r;
        }
        sink(std::string_view(data).substr(eol + 2, size));
        ++r.chunks;
        at = eol + 2 + size + 2;
      }
      data.erase(0, at);
    }
    if (std::chrono::steady_clock::now() >= until) return r;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) continue;
    static thread_local std::vector<char> buf(std::size_t{1} << 18);
    const ssize_t n = recv(fd, buf.data(), buf.size(), 0);
    if (n <= 0) return r;  // closed
    data.append(buf.data(), static_cast<std::size_t>(n));
  }
}

// Reads one response (at most @p limit), its body kept.
inline reply read_reply(int fd, std::chrono::milliseconds limit = 10s) {
  std::string body;
  reply r = read_reply_into(fd, limit, [&](std::string_view piece) { body += piece; });
  r.body = std::move(body);
  return r;
}

// Whether the server closed @p fd (within @p limit).
inline bool closed_by_server(int fd, std::chrono::milliseconds limit) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(limit.count())) <= 0) return false;
  char c;
  return recv(fd, &c, 1, 0) <= 0;
}

// The program, started with arguments, its port read from what it prints first.
class server_process {
 public:
  // @p program is the citydip executable; @p given its arguments after `serve --port 0`.
  server_process(const char* program, const std::vector<std::string>& given) {
    std::vector<std::string> args = given;
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], 1);
      close(out[0]);
      std::vector<char*> argv{const_cast<char*>(program), const_cast<char*>("serve"), const_cast<char*>("--port"),
                              const_cast<char*>("0")};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(program, argv.data());
      _exit(127);
    }
    close(out[1]);
    out_ = fdopen(out[0], "r");
    char line[256] = {};
    if (fgets(line, sizeof line, out_) == nullptr) throw std::runtime_error("the server printed nothing");
    const char* colon = std::strrchr(line, ':');
    port_ = static_cast<unsigned short>(std::atoi(colon + 1));
  }
  ~server_process() {
    if (pid_ > 0 && !exited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_) fclose(out_);
  }
  unsigned short port() const { return port_; }
  // Sends @p sig and waits (at most @p limit) for the exit status.
  std::optional<int> stop(int sig, std::chrono::milliseconds limit = 10s) {
    kill(pid_, sig);
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        return WIFEXITED(status) ? std::optional<int>(WEXITSTATUS(status)) : std::optional<int>(-1);
      }
      std::this_thread::sleep_for(10ms);
    }
    return std::nullopt;
  }

 private:
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
  unsigned short port_ = 0;
  bool exited_ = false;
};

inline std::string post(const std::string& path, const std::string& body, bool keep_alive = true) {
  return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + std::to_string(body.size()) +
         (keep_alive ? "" : "\r\nConnection: close") + "\r\n\r\n" + body;
}
inline std::string get(const std::string& path) { return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n"; }

}  // namespace citydip::test::http

#endif
