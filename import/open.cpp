#include "import/open.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "import/container.hpp"
#include "import/format_probe.hpp"
#include "import/formats.hpp"
#include "import/formula/evaluate.hpp"
#include "import/read_error.hpp"
#include "import/text_encoding.hpp"
#include "import/xls/cfb.hpp"
#include "import/zip_package.hpp"

namespace fundbook {
namespace {

std::string head_bytes(const std::string &path, std::size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string buf(n, '\0');
  in.read(buf.data(), std::streamsize(n));
  buf.resize(std::size_t(in.gcount()));
  return buf;
}

// Text has no NUL byte and next to no other control bytes. A few are found
// in real exports (a DOS end-of-file mark, a form feed between report pages,
// an escape byte pasted into a label) and do not make the file binary.
bool few_controls(const std::string &head) {
  std::size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return false;
    controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t';
  }
  return controls <= std::max<std::size_t>(4, head.size() / 32);
}

bool looks_like_text(const std::string &head) { return !head.empty() && few_controls(head); }

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

bool looks_delimited(const std::string &head) {
  // At least one line break and a delimiter on the first line.
  auto nl = head.find('\n');
  std::string first = head.substr(0, nl);
  return nl != std::string::npos && (first.find(',') != std::string::npos || first.find(';') != std::string::npos ||
                                     first.find('\t') != std::string::npos);
}

} // namespace

Container sniff_container(const std::string &path) {
  std::string head = head_bytes(path, 4096);
  if (head.empty()) return Container::Empty;
  if (head.size() >= 4 && head.compare(0, 4, "PK\x03\x04") == 0) {
    // The ODF mimetype is stored first and uncompressed by convention.
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") != std::string::npos) return Container::Ods;
    return Container::Zip;
  }
  if (head.size() >= 4 && (head.compare(0, 4, "PK\x05\x06") == 0)) return Container::Zip;
  if (head.size() >= 8 && head.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == 0) return Container::Cfb;
  if (head.size() >= 8 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04) && head[3] == 0 &&
      head[2] >= 4 && head[2] <= 16) {
    // A bare BIFF2-4 record stream: a BOF, its length and a sheet kind.
    std::uint16_t kind = std::uint16_t(std::uint8_t(head[6]) | (std::uint8_t(head[7]) << 8));
    if (kind == 0x0010 || kind == 0x0020 || kind == 0x0040 || kind == 0x0100) return Container::Biff;
  }
  if (Utf16Bom bom = utf16_bom(head); bom != Utf16Bom::None) {
    // UTF-16 text (Excel's "Unicode Text", Notepad's "Unicode"): its zero
    // bytes are not binary; judge the characters instead.
    std::string text = utf16_to_utf8(std::string_view(head).substr(2), bom == Utf16Bom::Big);
    return looks_delimited(text) ? Container::Csv : Container::Text;
  }
  if (looks_like_text(head) || (head.size() >= 3 && head.compare(0, 3, "\xEF\xBB\xBF") == 0)) {
    std::string l = lowercase(head);
    auto first = l.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (first != std::string::npos && l[first] == '<') {
      if (l.find("urn:schemas-microsoft-com:office:spreadsheet") != std::string::npos) return Container::Xml2003;
      if (l.find("<html") != std::string::npos || l.find("<table") != std::string::npos ||
          l.find("<!doctype html") != std::string::npos)
        return Container::Html;
    }
    return looks_delimited(head) ? Container::Csv : Container::Text;
  }
  return Container::Unknown;
}

namespace {
Workbook read_workbook(const std::string &path, const Limits &limits, RowSink *sink);
} // namespace

Workbook open_workbook(const std::string &path, const Limits &limits, RowSink *sink) {
  Workbook wb = read_workbook(path, limits, sink);
  // Every writer saves at least one sheet; a workbook that lists none has lost
  // its sheet list, and "nothing checked" would hide that it was not read.
  if (wb.sheets.empty())
    throw ReadError(ReadError::Kind::Damaged,
                    "no sheet was found in it: the file is damaged; open it in Excel or LibreOffice and save it "
                    "again, or ask for a fresh copy");
  // A formula saved with no value (as scripts write them) is worked out
  // before anything reads the grid, when it is arithmetic fundbook can do.
  formula::fill_missing_values(wb);
  return wb;
}

namespace {
// Files that look like a format of the list but that no reader of it can
// read: refused before the list is tried, saying what to do instead.
void refuse_unreadable_kin(FormatProbe &probe) {
  if (probe.container() == Container::Zip && !probe.head_has("[Content_Types].xml")) {
    if (probe.zip().has("xl/workbook.bin"))
      throw ReadError(ReadError::Kind::Unsupported, "binary .xlsb workbooks are not supported: save as .xlsx");
    const std::string &mt = probe.odf_media_type();
    if (!mt.empty() && !probe.odf_spreadsheet())
      throw ReadError(ReadError::Kind::Unsupported, "this is an OpenDocument file but not a spreadsheet (" + mt + ")");
  }
  if (probe.container() == Container::Cfb &&
      (probe.cfb().has_stream("EncryptedPackage") || probe.cfb().has_stream("EncryptionInfo")))
    throw ReadError(ReadError::Kind::Encrypted, "password-protected: save an unprotected copy");
}

// No format of the list took the file: say what it is instead.
[[noreturn]] void refuse_what_it_is(const FormatProbe &probe) {
  Container c = probe.container();
  if (c == Container::Zip)
    throw ReadError(ReadError::Kind::Unsupported,
                    "this is a zip file, not a workbook: unzip it and give fundbook the workbooks inside");
  if (c == Container::Cfb)
    throw ReadError(ReadError::Kind::Unsupported,
                    "this is an Office container but not an Excel workbook (perhaps a Word or Outlook file saved with "
                    "a spreadsheet name)");
  if (c == Container::Html)
    throw ReadError(ReadError::Kind::Unsupported,
                    "this is a web page saved with an ." +
                        (probe.extension().empty() ? std::string("xls") : probe.extension()) +
                        " name: open it in Excel and save as .xlsx");
  if (c == Container::Xml2003)
    throw ReadError(ReadError::Kind::Unsupported,
                    "this is an Excel 2003 XML spreadsheet: open it in Excel and save as .xlsx");
  if (c == Container::Text) throw ReadError(ReadError::Kind::Unsupported, "this is a plain text file, not a workbook");
  throw ReadError(ReadError::Kind::Unsupported,
                  "this is not a workbook fundbook can read (expected " + workbook_extensions_in_words() + ")");
}

Workbook read_workbook(const std::string &path, const Limits &limits, RowSink *sink) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    int e = errno;
    if (e == ENOENT) throw ReadError(ReadError::Kind::NotFound, "no such file");
    throw ReadError(ReadError::Kind::System, std::string("cannot be opened: ") + std::strerror(e));
  }
  if (S_ISDIR(st.st_mode)) throw ReadError(ReadError::Kind::NotAFile, "this is a folder, not a workbook");
  if (std::uint64_t(st.st_size) > limits.max_file_bytes) {
    throw ReadError(ReadError::Kind::TooLarge, "the file is " + std::to_string(std::uint64_t(st.st_size) >> 20) +
                                                   " MB, over the " + std::to_string(limits.max_file_bytes >> 20) +
                                                   " MB limit");
  }
  // Opened once here for the exact reason it cannot be: a file fundbook may
  // not read is not "empty" (what reading nothing from it would suggest).
  if (int fd = ::open(path.c_str(), O_RDONLY); fd < 0) {
    int e = errno;
    if (e == EACCES || e == EPERM)
      throw ReadError(ReadError::Kind::Permission,
                      std::string("cannot be opened: ") + std::strerror(e) +
                          " (this account may not read it; ask for read access, or copy it somewhere you can read)");
    throw ReadError(ReadError::Kind::System, std::string("cannot be opened: ") + std::strerror(e));
  } else {
    ::close(fd);
  }
  FormatProbe probe(path, limits);
  if (probe.container() == Container::Empty)
    throw ReadError(ReadError::Kind::Empty,
                    "the file is empty (0 bytes): it may not have finished saving; ask for a fresh copy");
  refuse_unreadable_kin(probe);
  for (const WorkbookFormat &format : workbook_formats()) {
    if (!format.sniff(probe)) continue;
    probe.close(); // the reader opens the file itself (an .xls reader takes the container already read)
    return format.read(probe, sink);
  }
  refuse_what_it_is(probe);
}
} // namespace

} // namespace fundbook
