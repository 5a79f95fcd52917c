// .xls ([MS-XLS]): the BIFF8 (and BIFF5) record stream inside a CFB
// container. The globals come first (xls_globals), then each sheet's
// substream (xls_sheet); BIFF2-4 streams go to the old-BIFF reader.
#include <string>
#include <string_view>
#include <vector>

#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/xls/biff_crypt.hpp"
#include "import/xls/biff_old.hpp"
#include "import/xls/biff_records.hpp"
#include "import/xls/cfb.hpp"
#include "import/xls/xls_globals.hpp"
#include "import/xls/xls_sheet.hpp"

namespace fundbook {

Workbook XlsReader::read(const std::string &path, const Limits &limits) const {
  Cfb cfb = Cfb::open(path, limits);
  return read(cfb, path, limits);
}

Workbook XlsReader::read(Cfb &cfb, const std::string &path, const Limits &limits) const {
  if (cfb.has_stream("EncryptedPackage"))
    throw ReadError(ReadError::Kind::Encrypted, "password-protected: save an unprotected copy");
  std::string damage;
  std::string copy; // the stream's bytes where they cannot be read in place, or are decrypted
  std::string_view stream = cfb.stream_salvaging(cfb.has_stream("Workbook") ? "Workbook" : "Book", damage, copy);
  if (workbook_stream_encrypted(stream)) {
    if (stream.data() != copy.data()) copy.assign(stream);
    decrypt_workbook_stream(copy); // Excel's default password; any other is refused
    stream = copy;
  }
  Workbook wb;
  wb.path = path;
  wb.format = "xls";
  if (!damage.empty()) wb.warnings.push_back(damage);

  if (is_old_biff(stream)) { // BIFF2-4 in a container
    Workbook old = read_old_biff(stream, path, limits);
    old.warnings.insert(old.warnings.begin(), wb.warnings.begin(), wb.warnings.end());
    return old;
  }
  xls::RecordStream rs(stream);
  xls::Record r;
  if (!rs.next(r) || r.type != 0x0809)
    throw ReadError(ReadError::Kind::Damaged,
                    "the workbook stream does not start with a BOF record: the file is damaged");
  // BIFF8 says 0x0600; anything else under this BOF is BIFF5 (writers put
  // 0x0500 or nearby), as LibreOffice reads it.
  bool biff8 = xls::rd16(r.data, 0) == 0x0600;
  rs.set_biff8(biff8);
  xls::Globals globals = xls::read_globals(rs, biff8, wb);

  std::vector<std::string> sheet_names;
  sheet_names.reserve(globals.sheets.size());
  for (const xls::BoundSheet &b : globals.sheets) sheet_names.push_back(b.name.substr(0, 31));
  auto extern_sheets = globals.externs.names(sheet_names);
  xls::SheetContext context{globals, extern_sheets, limits, !damage.empty()};
  for (const xls::BoundSheet &b : globals.sheets) xls::read_sheet(rs, b, context, wb);
  return wb;
}

} // namespace fundbook
