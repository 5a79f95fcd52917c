// Business-case overviews (2018-19 business cases): a key-value "Project
// Overview" block giving one scheme's title, a single saving figure
// ("£594K"), its business-planning reference and its senior officer.
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

// The cells right of the key, joined; and the first of them.
std::vector<const Cell *> values_after(const SheetView &v, std::uint32_t r, std::uint32_t key_col) {
  std::vector<const Cell *> out;
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e; ++c) {
    if (c->col > key_col && !trim(v.text(*c)).empty()) out.push_back(c);
  }
  return out;
}

} // namespace

void business_cases(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  // A financial year named in a heading of the sheet gives the saving's year.
  std::optional<std::string> sheet_year;
  // Only sheets with a "Project Title" key (the first cell of an unclaimed row) qualify.
  bool any_case = false;
  const auto &keys = ctx.vocab.list("business_case.title");
  for (std::uint32_t r : rows) {
    auto [b, e] = v.row(r);
    if (b != e && !ctx.is_claimed(r) && Vocabulary::in(keys, v.label(*b))) {
      any_case = true;
      break;
    }
  }
  if (!any_case) return;
  for (const Cell &c : v.sheet().cells) {
    if (c.type != CellType::String) continue;
    std::string t(v.workbook().text(c));
    if (t.size() > 120) continue;
    // "Business cases 2018-19": look at each word.
    std::size_t p = 0;
    while (p < t.size() && !sheet_year) {
      std::size_t q = t.find(' ', p);
      if (q == std::string::npos) q = t.size();
      sheet_year = parse_financial_year(t.substr(p, q - p));
      p = q + 1;
    }
    if (sheet_year) break;
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t r = rows[i];
    if (ctx.is_claimed(r)) continue;
    auto [b, e] = v.row(r);
    if (b == e || !ctx.vocab.is_label("business_case.title", v.label(*b))) continue;
    SchemeRecord s;
    s.kind = SchemeKind::BusinessCase;
    s.source.sheet = ctx.sheet_name;
    std::uint32_t key_col = b->col;
    auto title_cells = values_after(v, r, key_col);
    if (title_cells.empty()) continue;
    s.source.cell = CellRef{r, title_cells.front()->col};
    // A title given twice (short and long) keeps the longer.
    std::string title;
    for (const Cell *c : title_cells) {
      std::string t = trim(v.text(*c));
      if (t.size() > title.size()) title = t;
    }
    if (auto f = find_reference(title)) s.ref = f->ref;
    s.title = strip_reference(title);
    ctx.claim(r);
    for (std::size_t j = i + 1; j < rows.size() && rows[j] <= r + 8; ++j) {
      std::uint32_t rr = rows[j];
      auto [kb, ke] = v.row(rr);
      if (kb == ke || kb->type != CellType::String) continue;
      std::string key(v.workbook().text(*kb));
      if (ctx.vocab.is("business_case.title", key)) break;
      auto vals = values_after(v, rr, kb->col);
      std::string joined;
      for (const Cell *c : vals) joined += v.text(*c) + " ";
      if (ctx.vocab.is("business_case.saving", key) && !vals.empty()) {
        // "£594K" alone, or "£594K Business Planning Reference A/R.6.204".
        const Cell *c = vals.front();
        Figure f;
        f.ref = CellRef{rr, c->col};
        std::optional<Money> amount;
        if (c->type == CellType::Number) {
          amount = Money::from_units(c->number, 100000);
          if (!amount) ctx.out.notes.push_back({NoteKind::FigureOutOfRange, v.sheet().name, f.ref, v.text(*c)});
        } else {
          std::string t = trim(v.text(*c));
          std::string token = t.substr(0, t.find(' '));
          auto p = parse_figure(token, ctx.figures);
          if (p.kind == ParsedFigure::Kind::Number) {
            amount = Money::from_units(p.value, p.own_unit ? p.own_unit : 100000);
            if (!amount) ctx.out.notes.push_back({NoteKind::FigureOutOfRange, v.sheet().name, f.ref, t});
          } else {
            ctx.out.notes.push_back({NoteKind::NonNumeric, v.sheet().name, f.ref, t});
          }
        }
        bool ok = amount.has_value();
        if (ok) f.amount = *amount;
        if (ok) {
          // A business case states the saving as a positive amount; the
          // council's tables carry savings negative.
          if (f.amount.positive()) f.amount = -f.amount;
          s.stated_saving = f;
          if (sheet_year) s.saving[*sheet_year] = f;
        }
        if (!s.ref) {
          if (auto fr = find_reference(joined)) s.ref = fr->ref;
        }
        ctx.claim(rr);
      } else if (ctx.vocab.is("business_case.reference", key)) {
        if (auto fr = find_reference(joined)) s.ref = fr->ref;
        ctx.claim(rr);
      } else if (ctx.vocab.is("business_case.officer", key) && !vals.empty()) {
        std::string officer;
        for (const Cell *c : vals) officer += trim(v.text(*c));
        s.officer = officer;
        ctx.claim(rr);
      }
    }
    ctx.out.schemes.push_back(std::move(s));
  }
}

} // namespace fundbook::layout
