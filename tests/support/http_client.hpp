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

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
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
  std::string body;
  bool complete = false;  // the whole body its Content-Length announced arrived
};

// Reads one response (at most @p limit).
inline reply read_reply(int fd, std::chrono::milliseconds limit = 10s) {
  std::string data;
  reply r;
  const auto until = std::chrono::steady_clock::now() + limit;
  std::size_t header_end = std::string::npos, length = 0;
  while (std::chrono::steady_clock::now() < until) {
    if (header_end == std::string::npos && (header_end = data.find("\r\n\r\n")) != std::string::npos) {
      r.headers = data.substr(0, header_end);
      r.status = std::atoi(r.headers.c_str() + 9);
      const auto at = r.headers.find("Content-Length: ");
      if (at != std::string::npos) length = std::strtoul(r.headers.c_str() + at + 16, nullptr, 10);
    }
    if (header_end != std::string::npos && data.size() >= header_end + 4 + length) {
      r.body = data.substr(header_end + 4, length);
      r.complete = true;
      return r;
    }
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) continue;
    char buf[65536];
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;  // closed
    data.append(buf, static_cast<std::size_t>(n));
  }
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
