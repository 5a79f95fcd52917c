#include "cli/http_body.hpp"

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace fundbook::cli {

bool is_loopback(const std::string &remote_addr) {
  return remote_addr.rfind("127.", 0) == 0 || remote_addr == "::1" || remote_addr.rfind("::ffff:127.", 0) == 0;
}

std::string gzip(const std::string &text, int level) {
  z_stream z{};
  // 15 + 16: a gzip wrapper rather than zlib's own.
  if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, uLong(text.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
  z.avail_in = uInt(text.size());
  z.next_out = reinterpret_cast<Bytef *>(out.data());
  z.avail_out = uInt(out.size());
  int rc = deflate(&z, Z_FINISH);
  std::size_t n = z.total_out;
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return {};
  out.resize(n);
  return out;
}

namespace {
bool accepts_gzip(const httplib::Request &req) {
  std::string ae = req.get_header_value("Accept-Encoding");
  return ae.find("gzip") != std::string::npos;
}
bool compressible(const std::string &type) {
  return type.rfind("text/", 0) == 0 || type.rfind("application/json", 0) == 0;
}
} // namespace

void set_uncompressed(httplib::Response &res, std::string body, const std::string &type) {
  if (body.empty()) {
    res.set_content(body, type);
    return;
  }
  auto shared = std::make_shared<std::string>(std::move(body));
  // A sized provider: httplib writes it as given, without compressing it.
  res.set_content_provider(shared->size(), type,
                           [shared](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
                             return sink.write(shared->data() + offset, std::min(length, shared->size() - offset));
                           });
}

void send_body(const httplib::Request &req, httplib::Response &res, std::string body, const std::string &type) {
  if (!is_loopback(req.remote_addr) && accepts_gzip(req) && compressible(type) && body.size() > 1024 &&
      body.size() < (1u << 31)) {
    std::string z = gzip(body);
    if (!z.empty()) {
      body = std::move(z);
      res.set_header("Content-Encoding", "gzip");
    }
  }
  res.set_header("Vary", "Accept-Encoding");
  set_uncompressed(res, std::move(body), type);
}

} // namespace fundbook::cli
