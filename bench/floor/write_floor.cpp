// The write floor: libxlsxwriter in constant-memory mode writing N cells
// (numbers and short strings, as a report's Data sheet holds).
//
//   write_floor OUT.xlsx CELLS
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv) {
  if (argc != 3) return 2;
  long cells = std::atol(argv[2]);
  lxw_workbook_options o{};
  o.constant_memory = LXW_TRUE;
  lxw_workbook *wb = workbook_new_opt(argv[1], &o);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Data");
  const int cols = 9;
  for (long i = 0; i < cells; ++i) {
    lxw_row_t r = lxw_row_t(i / cols);
    lxw_col_t c = lxw_col_t(i % cols);
    if (c == 5)
      worksheet_write_number(ws, r, c, double(i % 1000), nullptr);
    else
      worksheet_write_string(ws, r, c, "C/R.5.305", nullptr);
  }
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
