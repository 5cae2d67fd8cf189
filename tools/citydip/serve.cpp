// citydip serve: the decision service over HTTP/1.1 (Boost.Beast and
// Boost.Asio, header-only). The routes are service.cpp's; this file moves
// requests and responses over sockets and holds them to the limits.
#include "cli.hpp"
#include "service.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <charconv>
#include <chrono>
#include <functional>
#include <iostream>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace citydip::cli {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct server_options {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t threads = 2;
  std::size_t max_connections = 256;
  std::chrono::milliseconds read_timeout{10'000};
  serve::limits limits{};
};

class server;

// One connection: read a request, answer it, and again while the client keeps it alive.
class session : public std::enable_shared_from_this<session> {
 public:
  session(tcp::socket socket, server& s) : stream_(std::move(socket)), server_(s) {
    // Beast reads at most what the buffer has room for: without room, a
    // large body would come 512 bytes (and a timer reset) at a time.
    buffer_.reserve(std::size_t{64} * 1024);
  }
  ~session();

  void start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
  }

  // On shutdown: a connection waiting for a request closes; one mid-request
  // finishes it and then closes.
  void stop() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      self->stopping_ = true;
      if (self->waiting_ && !(self->parser_ && self->parser_->got_some())) {
        beast::error_code ignored;
        self->stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        self->stream_.socket().close(ignored);
      }
    });
  }

 private:
  void read();
  void on_read(beast::error_code ec, std::size_t);
  void send(serve::response r, bool keep_alive);
  void stream(serve::response r, bool keep_alive);
  void write_part(bool keep_alive);
  void on_write(beast::error_code ec, std::size_t, bool keep_alive) {
    if (ec || !keep_alive || stopping_) return close();
    read();
  }
  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<http::response<http::string_body>> response_;
  // A streamed answer: its header, the part being written, and what makes the next.
  std::optional<http::response<http::empty_body>> head_;
  std::optional<http::response_serializer<http::empty_body>> head_writer_;
  std::string part_;
  std::function<bool(std::string&)> more_;
  server& server_;
  bool waiting_ = false;
  bool stopping_ = false;
};

class server {
 public:
  // Each connection lives on one of @p contexts, each run by one thread: a
  // connection's work never moves between threads (no hand-off, no lock).
  server(std::vector<std::unique_ptr<asio::io_context>>& contexts, const serve::service& svc, const server_options& o)
      : contexts_(contexts), acceptor_(*contexts.front()), service_(svc), options_(o) {
    const tcp::endpoint at(asio::ip::make_address(o.bind), o.port);
    acceptor_.open(at.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(at);
    acceptor_.listen(asio::socket_base::max_listen_connections);
  }

  unsigned short port() const { return acceptor_.local_endpoint().port(); }
  const serve::service& service() const { return service_; }
  const server_options& options() const { return options_; }

  void accept() {
    auto& next = *contexts_[accepted_++ % contexts_.size()];
    acceptor_.async_accept(next, [this](beast::error_code ec, tcp::socket socket) {
      if (ec) return;  // the acceptor was closed: shutting down
      if (live_.load() >= options_.max_connections) {
        service_.record_refusal("", 503);
        refuse(std::move(socket));
      } else {
        auto s = std::make_shared<session>(std::move(socket), *this);
        remember(s);
        s->start();
      }
      accept();
    });
  }

  // Stops accepting; each connection finishes the request it is in, then closes.
  void stop() {
    asio::post(acceptor_.get_executor(), [this] {
      beast::error_code ignored;
      acceptor_.close(ignored);
    });
    std::lock_guard lock(mutex_);
    for (auto& weak : sessions_) {
      if (auto s = weak.lock()) s->stop();
    }
  }

  void forget() { --live_; }

 private:
  void remember(const std::shared_ptr<session>& s) {
    ++live_;
    std::lock_guard lock(mutex_);
    sessions_.remove_if([](const std::weak_ptr<session>& w) { return w.expired(); });
    sessions_.push_back(s);
  }

  // Over the connection limit: 503 with a JSON error, then close.
  static void refuse(tcp::socket socket) {
    const std::string body = R"({"error":{"field":"","message":"too many connections; try again"}})";
    std::string text =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
        "Connection: close\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    beast::error_code ignored;
    asio::write(socket, asio::buffer(text), ignored);
    socket.shutdown(tcp::socket::shutdown_both, ignored);
  }

  std::vector<std::unique_ptr<asio::io_context>>& contexts_;
  std::size_t accepted_ = 0;
  tcp::acceptor acceptor_;
  const serve::service& service_;
  server_options options_;
  std::atomic<std::size_t> live_{0};
  std::mutex mutex_;
  std::list<std::weak_ptr<session>> sessions_;
};

session::~session() { server_.forget(); }

void session::read() {
  if (stopping_) return close();
  parser_.emplace();
  parser_->body_limit(server_.options().limits.max_body_bytes);
  parser_->header_limit(static_cast<std::uint32_t>(server_.options().limits.max_header_bytes));
  stream_.expires_after(server_.options().read_timeout);  // a slow client cannot hold the connection
  waiting_ = true;
  http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&session::on_read, shared_from_this()));
}

void session::on_read(beast::error_code ec, std::size_t) {
  waiting_ = false;
  if (ec == http::error::end_of_stream || ec == asio::error::operation_aborted) return close();
  const auto refuse = [&](unsigned status, const std::string& message) {
    server_.service().record_refusal(parser_ ? std::string(parser_->get().target()) : std::string(), status);
    serve::response r;
    r.status = status;
    r.body = R"({"error":{"field":"","message":)";
    write_json_string(r.body, message);
    r.body += "}}";
    send(std::move(r), false);
  };
  if (ec == http::error::body_limit) {
    return refuse(413, "the body is larger than the limit of " +
                           std::to_string(server_.options().limits.max_body_bytes) + " bytes");
  }
  if (ec == http::error::header_limit) return refuse(431, "the request's headers are larger than the limit");
  if (ec == beast::error::timeout) return close();
  if (ec && parser_ && parser_->got_some() &&
      ec.category() == http::make_error_code(http::error::bad_target).category()) {
    return refuse(400, "not a valid HTTP/1.1 request: " + ec.message());
  }
  if (ec) return close();  // the client went away
  stream_.expires_never();
  auto& req = parser_->get();
  serve::request r{std::string(req.method_string()), std::string(req.target()), std::move(req.body()),
                   std::string(req[http::field::accept_language])};
  const bool keep_alive = req.keep_alive();
  send(server_.service().handle(std::move(r)), keep_alive);
}

// The status line and headers of @p r, on a response of either body type.
template <class Body>
void set_head(http::response<Body>& res, const serve::response& r, bool keep_alive) {
  res.version(11);
  res.result(r.status);
  res.set(http::field::server, "citydip");
  res.set(http::field::content_type, r.content_type);
  for (const auto& [name, value] : r.headers) res.set(name, value);
  res.keep_alive(keep_alive);
}

void session::send(serve::response r, bool keep_alive) {
  if (r.more) return stream(std::move(r), keep_alive);
  response_ = std::make_shared<http::response<http::string_body>>();
  auto& res = *response_;
  set_head(res, r, keep_alive && !stopping_);
  res.body() = std::move(r.body);
  res.prepare_payload();
  const bool alive = res.keep_alive();
  http::async_write(stream_, res, [self = shared_from_this(), alive](beast::error_code ec, std::size_t n) {
    self->on_write(ec, n, alive);
  });
}

// A streamed answer goes out in chunks (Transfer-Encoding: chunked), each
// made when the one before it is written: memory stays at about a chunk,
// and a client that stops reading is cut off after the read timeout.
void session::stream(serve::response r, bool keep_alive) {
  head_.emplace();
  auto& res = *head_;
  set_head(res, r, keep_alive && !stopping_);
  res.chunked(true);
  part_ = std::move(r.body);
  more_ = std::move(r.more);
  head_writer_.emplace(res);
  const bool alive = res.keep_alive();
  stream_.expires_after(server_.options().read_timeout);
  http::async_write_header(stream_, *head_writer_,
                           [self = shared_from_this(), alive](beast::error_code ec, std::size_t) {
                             if (ec) return self->close();
                             self->write_part(alive);
                           });
}

void session::write_part(bool keep_alive) {
  if (part_.empty() && more_ && !more_(part_)) more_ = nullptr;  // the next part (the last may be empty)
  stream_.expires_after(server_.options().read_timeout);
  if (part_.empty()) {  // the answer is whole: the last chunk
    more_ = nullptr;
    asio::async_write(stream_, http::make_chunk_last(),
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t n) {
                        self->head_writer_.reset();
                        self->head_.reset();
                        self->stream_.expires_never();
                        self->on_write(ec, n, keep_alive);
                      });
    return;
  }
  asio::async_write(stream_, http::make_chunk(asio::buffer(part_)),
                    [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                      if (ec) return self->close();  // the client went away mid-answer
                      self->part_.clear();
                      self->write_part(keep_alive);
                    });
}

std::size_t count_option(arguments& args, std::string_view name, std::size_t fallback, std::size_t most) {
  const auto text = args.option(name);
  if (!text) return fallback;
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc{} || end != text->data() + text->size() || n > most) {
    throw usage_error{std::string(name) + " takes a whole number from 0 to " + std::to_string(most) + ", not '" +
                      *text + "'"};
  }
  return n;
}

const char* const help = R"(usage: citydip serve [--bind ADDRESS] [--port N] [--rulebook FILE]... [--threads N]
                    [--max-body BYTES] [--max-connections N] [--read-timeout MS]

Serves decisions over HTTP/1.1 (docs/server.md): the built-in rulebooks and
every rulebook FILE, loaded and compiled at start (a file with a problem stops
the start with its located errors). Prints the address it listens on, then
serves until SIGTERM or SIGINT, which stop it accepting, let the requests in
flight finish, and exit 0.

  --bind ADDRESS         the address to listen on (default 127.0.0.1)
  --port N               the port (default 8080; 0: any free port)
  --threads N            threads that serve connections, and decide the pieces
                         of a large batch (default 2)
  --max-body BYTES       the largest request body (default 8388608)
  --max-connections N    connections served at once; more get 503 (default 256)
  --read-timeout MS      time to read a request before the connection closes
                         (default 10000)
)";

}  // namespace

int run_serve(arguments args) {
  if (args.flag("--help")) {
    std::cout << help;
    return exit_ok;
  }
  server_options o;
  o.bind = args.option("--bind").value_or("127.0.0.1");
  o.port = static_cast<unsigned short>(count_option(args, "--port", 8080, 65535));
  o.threads = count_option(args, "--threads", 2, 256);
  if (o.threads == 0) throw usage_error{"--threads takes at least 1"};
  o.limits.max_body_bytes = count_option(args, "--max-body", o.limits.max_body_bytes, std::size_t{1} << 32);
  o.max_connections = count_option(args, "--max-connections", o.max_connections, 100'000);
  o.read_timeout = std::chrono::milliseconds(count_option(args, "--read-timeout", 10'000, 3'600'000));
  std::vector<rulebook> extra;
  for (const std::string& file : args.options("--rulebook")) extra.push_back(open_rulebook(file));
  args.positional(0);

  // One thread per io_context; the helpers decide pieces of large batches
  // beside them (docs/server.md).
  const serve::service svc(std::move(extra), o.limits, o.threads);
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> busy;
  for (std::size_t i = 0; i < o.threads; ++i) {
    contexts.push_back(std::make_unique<asio::io_context>(1));
    busy.push_back(asio::make_work_guard(*contexts.back()));
  }
  auto& ioc = *contexts.front();
  std::optional<server> srv;
  try {
    srv.emplace(contexts, svc, o);
  } catch (const boost::system::system_error& e) {
    throw usage_error{"cannot listen on " + o.bind + ":" + std::to_string(o.port) + ": " + e.code().message()};
  }
  srv->accept();
  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code ec, int) {
    if (ec) return;
    srv->stop();
    for (auto& guard : busy) guard.reset();  // each thread returns once its connections are closed
  });
  std::cout << "citydip serve: listening on http://" << o.bind << ':' << srv->port() << std::endl;

  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < o.threads; ++i) pool.emplace_back([&, i] { contexts[i]->run(); });
  ioc.run();  // returns when the acceptor and every connection are closed
  for (auto& t : pool) t.join();
  std::cout << "citydip serve: stopped" << std::endl;
  return exit_ok;
}

}  // namespace citydip::cli
