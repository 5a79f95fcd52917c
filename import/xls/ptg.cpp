#include "import/xls/ptg.hpp"
#include "import/xls/biff_values.hpp"

#include <cstring>

#include "import/formula/formula.hpp"
#include "import/text_encoding.hpp"
#include "core/concat.hpp"

namespace fundbook::xls {
namespace {

struct Function {
  std::uint16_t index;
  const char *name;
  int args; // for PtgFunc; -1 where only PtgFuncVar is used
};

// The built-in functions finance sheets use, by their BIFF index ([MS-XLS] 2.5.198.17).
constexpr Function kFunctions[] = {
    {0, "COUNT", -1},       {1, "IF", -1},           {2, "ISNA", 1},         {3, "ISERROR", 1},
    {4, "SUM", -1},         {5, "AVERAGE", -1},      {6, "MIN", -1},         {7, "MAX", -1},
    {8, "ROW", -1},         {9, "COLUMN", -1},       {10, "NA", 0},          {11, "NPV", -1},
    {12, "STDEV", -1},      {13, "DOLLAR", -1},      {14, "FIXED", -1},      {15, "SIN", 1},
    {16, "COS", 1},         {17, "TAN", 1},          {18, "ATAN", 1},        {19, "PI", 0},
    {20, "SQRT", 1},        {21, "EXP", 1},          {22, "LN", 1},          {23, "LOG10", 1},
    {24, "ABS", 1},         {25, "INT", 1},          {26, "SIGN", 1},        {27, "ROUND", 2},
    {28, "LOOKUP", -1},     {29, "INDEX", -1},       {30, "REPT", 2},        {31, "MID", 3},
    {32, "LEN", 1},         {33, "VALUE", 1},        {34, "TRUE", 0},        {35, "FALSE", 0},
    {36, "AND", -1},        {37, "OR", -1},          {38, "NOT", 1},         {39, "MOD", 2},
    {48, "TEXT", 2},        {56, "PV", -1},          {57, "FV", -1},         {58, "NPER", -1},
    {59, "PMT", -1},        {60, "RATE", -1},        {62, "IRR", -1},        {63, "RAND", 0},
    {64, "MATCH", -1},      {65, "DATE", 3},         {66, "TIME", 3},        {67, "DAY", 1},
    {68, "MONTH", 1},       {69, "YEAR", 1},         {70, "WEEKDAY", -1},    {74, "NOW", 0},
    {76, "ROWS", 1},        {77, "COLUMNS", 1},      {78, "OFFSET", -1},     {82, "SEARCH", -1},
    {83, "TRANSPOSE", 1},   {86, "TYPE", 1},         {100, "CHOOSE", -1},    {101, "HLOOKUP", -1},
    {102, "VLOOKUP", -1},   {109, "LOG", -1},        {111, "CHAR", 1},       {112, "LOWER", 1},
    {113, "UPPER", 1},      {114, "PROPER", 1},      {115, "LEFT", -1},      {116, "RIGHT", -1},
    {117, "EXACT", 2},      {118, "TRIM", 1},        {119, "REPLACE", 4},    {120, "SUBSTITUTE", -1},
    {121, "CODE", 1},       {124, "FIND", -1},       {125, "CELL", -1},      {126, "ISERR", 1},
    {127, "ISTEXT", 1},     {128, "ISNUMBER", 1},    {129, "ISBLANK", 1},    {130, "T", 1},
    {131, "N", 1},          {140, "DATEVALUE", 1},   {148, "INDIRECT", -1},  {162, "CLEAN", 1},
    {169, "COUNTA", -1},    {183, "PRODUCT", -1},    {184, "FACT", 1},       {190, "ISNONTEXT", 1},
    {197, "TRUNC", -1},     {198, "ISLOGICAL", 1},   {212, "ROUNDUP", 2},    {213, "ROUNDDOWN", 2},
    {216, "RANK", -1},      {219, "ADDRESS", -1},    {220, "DAYS360", -1},   {221, "TODAY", 0},
    {227, "MEDIAN", -1},    {228, "SUMPRODUCT", -1}, {229, "SINH", 1},       {269, "AVEDEV", -1},
    {276, "COMBIN", 2},     {285, "FLOOR", 2},       {288, "CEILING", 2},    {336, "CONCATENATE", -1},
    {337, "POWER", 2},      {342, "RADIANS", 1},     {343, "DEGREES", 1},    {344, "SUBTOTAL", -1},
    {345, "SUMIF", -1},     {346, "COUNTIF", -1},    {347, "COUNTBLANK", 1}, {358, "GETPIVOTDATA", -1},
    {359, "HYPERLINK", -1}, {362, "MAXA", -1},       {363, "MINA", -1},
};

const Function *function(std::uint16_t index) {
  for (auto &f : kFunctions)
    if (f.index == index) return &f;
  return nullptr;
}

class Bytes {
public:
  explicit Bytes(std::string_view s) : s_(s) {}
  bool has(std::size_t n) const { return pos_ + n <= s_.size(); }
  bool done() const { return pos_ >= s_.size(); }
  std::uint8_t u8() { return std::uint8_t(s_[pos_++]); }
  std::uint16_t u16() {
    std::uint16_t v;
    std::memcpy(&v, s_.data() + pos_, 2);
    pos_ += 2;
    return v;
  }
  double f64() {
    double v;
    std::memcpy(&v, s_.data() + pos_, 8);
    pos_ += 8;
    return v;
  }
  std::string_view take(std::size_t n) {
    auto v = s_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  void skip(std::size_t n) { pos_ += n; }

private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

std::string number_text(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// A1 text appended to `out` as formula::a1_text writes it ("$B$12"), without
// its temporaries: every formula of a sheet passes here, 60,000 row totals
// on a tracker saved as .xls.
void append_a1(std::string &out, std::uint32_t row, std::uint32_t col, bool row_abs, bool col_abs) {
  char buf[32];
  char *e = buf + sizeof buf, *p = e;
  for (std::uint32_t n = row + 1; n > 0; n /= 10) *--p = char('0' + n % 10);
  if (row_abs) *--p = '$';
  for (std::uint32_t n = col + 1; n > 0; n = (n - 1) / 26) *--p = char('A' + (n - 1) % 26);
  if (col_abs) *--p = '$';
  out.append(p, std::size_t(e - p));
}

// One end of a reference: rw and the column field with its relative flags.
// `relative_to_cell`: the shared-formula form, whose relative parts are offsets.
void ref_end(std::string &out, std::uint16_t rw, std::uint16_t colf, const PtgContext &ctx, bool relative_to_cell) {
  bool row_rel = colf & 0x8000, col_rel = colf & 0x4000;
  std::uint32_t col = colf & 0x3FFF, row = rw;
  if (relative_to_cell) {
    if (row_rel) row = (ctx.row + std::uint32_t(std::int32_t(std::int16_t(rw)))) & 0xFFFF;
    if (col_rel) col = (ctx.col + std::uint32_t(std::int32_t(std::int8_t(colf & 0xFF)))) & 0xFF;
  }
  append_a1(out, row, col, !row_rel, !col_rel);
}
std::string ref_end(std::uint16_t rw, std::uint16_t colf, const PtgContext &ctx, bool relative_to_cell) {
  std::string out;
  ref_end(out, rw, colf, ctx, relative_to_cell);
  return out;
}

std::string area(std::uint16_t r1, std::uint16_t r2, std::uint16_t c1, std::uint16_t c2, const PtgContext &ctx,
                 bool relative_to_cell) {
  if (r1 == 0 && r2 == 0xFFFF && !relative_to_cell) {
    // Whole columns, as Excel shows them ("C:C").
    auto col = [](std::uint16_t f) { return concat((f & 0x4000) ? "" : "$", column_name(f & 0x3FFF)); };
    return col(c1) + ":" + col(c2);
  }
  std::string out;
  ref_end(out, r1, c1, ctx, relative_to_cell);
  out += ':';
  ref_end(out, r2, c2, ctx, relative_to_cell);
  return out;
}

} // namespace

std::optional<std::string> decompile(std::string_view rgce, const PtgContext &ctx) {
  // The commonest formula there is, a row's or column's total: one area
  // (PtgArea or PtgAreaN, of any class) and PtgAttr's SUM of it, as Excel
  // and LibreOffice write =SUM(D2:I2). Its text is written at once, as the
  // token stack below would leave it.
  if (rgce.size() == 13 && std::uint8_t(rgce[9]) == 0x19 && std::uint8_t(rgce[10]) == 0x10) {
    std::uint8_t ptg = std::uint8_t(rgce[0]);
    std::uint8_t base = ptg < 0x20 ? ptg : std::uint8_t((ptg & 0x1F) | 0x20);
    if (base == 0x25 || base == 0x2D) {
      Bytes a(rgce.substr(1, 8));
      std::uint16_t r1 = a.u16(), r2 = a.u16(), c1 = a.u16(), c2 = a.u16();
      std::string out = "=SUM(";
      out += area(r1, r2, c1, c2, ctx, base == 0x2D);
      out += ')';
      return out;
    }
  }
  Bytes b(rgce);
  std::vector<std::string> stack;
  auto pop = [&](std::string &out) {
    if (stack.empty()) return false;
    out = std::move(stack.back());
    stack.pop_back();
    return true;
  };
  auto sheet = [&](std::uint16_t ixti) -> std::optional<std::string> {
    if (!ctx.sheets || ixti >= ctx.sheets->size() || !(*ctx.sheets)[ixti]) return std::nullopt;
    return formula::sheet_prefix(*(*ctx.sheets)[ixti]);
  };
  std::size_t length = 0;
  while (!b.done()) {
    std::uint8_t ptg = b.u8();
    std::uint8_t base = ptg < 0x20 ? ptg : std::uint8_t((ptg & 0x1F) | 0x20);
    std::string l, r;
    switch (base) {
    case 0x03:
    case 0x04:
    case 0x05:
    case 0x06:
    case 0x07:
    case 0x08:
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x0E:
    case 0x0F:
    case 0x10:
    case 0x11: {
      static const char *ops[] = {"+", "-", "*", "/", "^", "&", "<", "<=", "=", ">=", ">", "<>", " ", ",", ":"};
      if (!pop(r) || !pop(l)) return std::nullopt;
      stack.push_back(concat(l, ops[base - 0x03], r));
      break;
    }
    case 0x12:
    case 0x13:
    case 0x14:
    case 0x15:
      if (!pop(l)) return std::nullopt;
      stack.push_back(base == 0x12 ? "+" + l : base == 0x13 ? "-" + l : base == 0x14 ? l + "%" : "(" + l + ")");
      break;
    case 0x16: stack.emplace_back(); break;
    case 0x17: {
      if (!b.has(2)) return std::nullopt;
      std::uint8_t cch = b.u8(), flags = b.u8();
      std::size_t n = (flags & 1) ? std::size_t(cch) * 2 : cch;
      if (!b.has(n)) return std::nullopt;
      std::string_view bytes = b.take(n);
      std::string s;
      if (flags & 1) {
        for (std::size_t i = 0; i + 1 < n; i += 2)
          append_utf8(s, std::uint16_t(std::uint8_t(bytes[i]) | (std::uint8_t(bytes[i + 1]) << 8)));
      } else {
        for (char c : bytes) append_utf8(s, std::uint8_t(c));
      }
      std::string q = "\"";
      for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      stack.push_back(q + "\"");
      break;
    }
    case 0x19: { // PtgAttr
      if (!b.has(3)) return std::nullopt;
      std::uint8_t grbit = b.u8();
      std::uint16_t w = b.u16();
      if (grbit & 0x04) { // choose: a jump table
        if (!b.has((std::size_t(w) + 1) * 2)) return std::nullopt;
        b.skip((std::size_t(w) + 1) * 2);
      }
      if (grbit & 0x10) { // SUM of one argument
        if (!pop(l)) return std::nullopt;
        stack.push_back("SUM(" + l + ")");
      }
      break;
    }
    case 0x1C:
      if (!b.has(1)) return std::nullopt;
      stack.push_back(error_text(b.u8()));
      break;
    case 0x1D:
      if (!b.has(1)) return std::nullopt;
      stack.push_back(b.u8() ? "TRUE" : "FALSE");
      break;
    case 0x1E:
      if (!b.has(2)) return std::nullopt;
      stack.push_back(std::to_string(b.u16()));
      break;
    case 0x1F:
      if (!b.has(8)) return std::nullopt;
      stack.push_back(number_text(b.f64()));
      break;
    case 0x21:
    case 0x22: { // PtgFunc, PtgFuncVar
      int argc;
      std::uint16_t index;
      if (base == 0x21) {
        if (!b.has(2)) return std::nullopt;
        index = b.u16();
        const Function *f = function(index);
        if (!f || f->args < 0) return std::nullopt;
        argc = f->args;
      } else {
        if (!b.has(3)) return std::nullopt;
        argc = b.u8() & 0x7F;
        index = b.u16();
        if (index & 0x8000) return std::nullopt; // a macro command
      }
      const Function *f = function(index);
      if (!f || stack.size() < std::size_t(argc)) return std::nullopt;
      std::string call = f->name;
      call += '(';
      for (std::size_t i = stack.size() - std::size_t(argc); i < stack.size(); ++i) {
        if (i + argc != stack.size()) call += ',';
        call += stack[i];
      }
      call += ')';
      stack.resize(stack.size() - std::size_t(argc));
      stack.push_back(std::move(call));
      break;
    }
    case 0x24:
    case 0x2C: {
      if (!b.has(4)) return std::nullopt;
      std::uint16_t rw = b.u16(), colf = b.u16();
      stack.push_back(ref_end(rw, colf, ctx, base == 0x2C));
      break;
    }
    case 0x25:
    case 0x2D: {
      if (!b.has(8)) return std::nullopt;
      std::uint16_t r1 = b.u16(), r2 = b.u16(), c1 = b.u16(), c2 = b.u16();
      stack.push_back(area(r1, r2, c1, c2, ctx, base == 0x2D));
      break;
    }
    case 0x3A: {
      if (!b.has(6)) return std::nullopt;
      std::uint16_t ixti = b.u16(), rw = b.u16(), colf = b.u16();
      auto s = sheet(ixti);
      if (!s) return std::nullopt;
      stack.push_back(*s + ref_end(rw, colf, ctx, false));
      break;
    }
    case 0x3B: {
      if (!b.has(10)) return std::nullopt;
      std::uint16_t ixti = b.u16(), r1 = b.u16(), r2 = b.u16(), c1 = b.u16(), c2 = b.u16();
      auto s = sheet(ixti);
      if (!s) return std::nullopt;
      stack.push_back(*s + area(r1, r2, c1, c2, ctx, false));
      break;
    }
    case 0x2A:
    case 0x2B:
    case 0x3C:
    case 0x3D: {
      std::size_t n = base == 0x2A ? 4 : base == 0x2B ? 8 : base == 0x3C ? 6 : 10;
      if (!b.has(n)) return std::nullopt;
      b.skip(n);
      stack.push_back("#REF!");
      break;
    }
    case 0x26:
    case 0x27:
    case 0x28: // the subexpression that follows gives the reference
      if (!b.has(6)) return std::nullopt;
      b.skip(6);
      break;
    case 0x29:
      if (!b.has(2)) return std::nullopt;
      b.skip(2);
      break;
    default: return std::nullopt; // names, arrays, tables, other workbooks
    }
    if (!stack.empty()) length = stack.back().size();
    if (length > formula::kMaxLength || stack.size() > 1024) return std::nullopt;
  }
  if (stack.size() != 1) return std::nullopt;
  std::string out;
  out.reserve(stack.back().size() + 1);
  out += '=';
  out += stack.back();
  return out;
}

} // namespace fundbook::xls
