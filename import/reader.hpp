#pragma once
// One interface for every format's reader.
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"

namespace fundbook {

class Reader {
public:
  virtual ~Reader() = default;
  // Reads the whole workbook or throws ReadError saying why not.
  virtual Workbook read(const std::string &path, const Limits &limits) const = 0;
};

class RowSink;
enum class XmlParser;
class XlsxReader final : public Reader {
public:
  // With a sink, each finished row is offered to it first (see row_sink.hpp).
  explicit XlsxReader(RowSink *sink = nullptr) : sink_(sink) {}
  Workbook read(const std::string &path, const Limits &limits) const override;

private:
  Workbook read_by(const std::string &path, const Limits &limits, XmlParser parser) const;
  Workbook read_with(const std::string &path, const Limits &limits, RowSink *sink, XmlParser parser) const;
  RowSink *sink_;
};
class OdsReader final : public Reader {
public:
  Workbook read(const std::string &path, const Limits &limits) const override;
};
class Cfb;
class XlsReader final : public Reader {
public:
  Workbook read(const std::string &path, const Limits &limits) const override;
  // The same from its Office container, already read (while the format was
  // worked out); its Workbook stream is gathered in place, so the container
  // gives no other stream afterwards.
  Workbook read(Cfb &cfb, const std::string &path, const Limits &limits) const;
};
class CsvReader final : public Reader {
public:
  Workbook read(const std::string &path, const Limits &limits) const override;
};

} // namespace fundbook
