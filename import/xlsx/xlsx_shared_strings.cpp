#include "import/xlsx/xlsx_shared_strings.hpp"

#include "import/read_error.hpp"
#include "import/xlsx/xlsx_package.hpp"
#include "import/xlsx/xstring.hpp"

namespace fundbook::xlsx {
namespace {

struct SharedStringsHandler : XmlHandler {
  Workbook &wb;
  std::vector<std::uint32_t> &index;
  const Limits &limits;
  std::string cur;
  bool in_si = false, in_t = false;
  int in_rph = 0;
  SharedStringsHandler(Workbook &w, std::vector<std::uint32_t> &i, const Limits &l) : wb(w), index(i), limits(l) {}
  // sstItem: Excel 2007 beta's name for si (its files are still about).
  static bool item(std::string_view name) { return name == "si" || name == "sstItem"; }
  void start(std::string_view name, const XmlAttrs &) override {
    if (item(name)) {
      in_si = true;
      cur.clear();
    } else if (name == "rPh")
      ++in_rph;
    else if (name == "t" && in_si && !in_rph)
      in_t = true;
  }
  void end(std::string_view name) override {
    if (item(name)) {
      decode_xstring(cur);
      index.push_back(wb.intern(std::move(cur)));
      cur.clear();
      in_si = false;
    } else if (name == "rPh")
      --in_rph;
    else if (name == "t")
      in_t = false;
  }
  void text(std::string_view s) override {
    if (!in_t) return;
    if (cur.size() + s.size() > limits.max_string_bytes)
      throw ReadError(ReadError::Kind::TooLarge, "a shared string is longer than the limit");
    cur.append(s);
  }
};

} // namespace

std::vector<std::uint32_t> read_shared_strings(ZipPackage &zip, const std::string &part, Workbook &wb,
                                               const Limits &limits, XmlParser parser) {
  std::vector<std::uint32_t> index;
  SharedStringsHandler h(wb, index, limits);
  stream_xml_part(zip, part, h, limits, parser);
  return index;
}

} // namespace fundbook::xlsx
