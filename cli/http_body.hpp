#pragma once
// How fundbook serve sends a body. cpp-httplib, as Debian builds it, compresses
// every text and JSON answer with Brotli at its slowest setting whenever the
// browser offers "br" (every browser does): a few MB of findings then take
// minutes to send. Bodies go out through a sized content provider, which
// httplib sends as is; gzip at a fast level is applied here, only for a
// client that is not on this machine (on loopback it costs more than it saves).
#include <httplib.h>

#include <memory>
#include <string>

namespace fundbook::cli {

// True when the address is a loopback address (127.0.0.0/8, ::1, ::ffff:127.x).
bool is_loopback(const std::string &remote_addr);

// Gzips text at zlib level 1..9; empty on failure.
std::string gzip(const std::string &text, int level = 4);

// Sets the response body: gzipped when the client is remote, accepts gzip
// and the body is text worth compressing; never Brotli.
void send_body(const httplib::Request &req, httplib::Response &res, std::string body, const std::string &type);
// Sets the body as it is, never compressed (small answers, and workbooks,
// which are zips already).
void set_uncompressed(httplib::Response &res, std::string body, const std::string &type);

} // namespace fundbook::cli
