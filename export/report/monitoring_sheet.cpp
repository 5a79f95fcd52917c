// "Monitoring": the RAG overview (per rating and in total) and the
// exceptions table of Red and Amber schemes, as in the quarterly report.
#include "export/report/context.hpp"
#include "core/concat.hpp"

namespace fundbook::report {

void monitoring(Context &ctx) {
  lxw_worksheet *ws = add_sheet(ctx, "Monitoring");
  write_text(ws, 0, 0, ctx.style.label("monitoring_title"), ctx.f.title);
  lxw_row_t row = 2;
  const char *heads[] = {"RAG Rating",
                         "No of Schemes",
                         "Investment to date (£000)",
                         "Savings / Income to date (£000)",
                         "Total Investment Committed (£000)",
                         "Total Projected Saving/income over lifetime of scheme (£000)"};
  const char *keys[] = {"investment_to_date", "savings_to_date", "committed", "projected"};
  lxw_row_t header = row;
  worksheet_set_row(ws, header, 45, nullptr);
  for (lxw_col_t c = 0; c < 6; ++c) write_text(ws, row, c, heads[c], c ? ctx.f.header_num : ctx.f.header);
  ++row;
  if (ctx.result.rag_overviews.empty()) {
    write_text(ws, row++, 0, "No RAG overview was read.", ctx.f.note);
  } else {
    const RagRef &source = ctx.result.rag_overviews.front();
    const RagOverview &ov = source.overview;
    // Each figure as the overview states it, marked where a finding disagrees.
    auto at = [&](const std::optional<Figure> &f) {
      return f ? findings_at(ctx, source.path, ov.sheet, f->ref) : nullptr;
    };
    lxw_row_t first = row;
    std::vector<Money> totals(5);
    for (auto &r : ov.rows) {
      if (r.rating == "Total") continue;
      write_text(ws, row, 0, r.rating, rag_format(ctx, r.rating));
      Money count = r.count ? r.count->amount : Money();
      totals[0] += count;
      write_stated(ctx, ws, row, 1, count, at(r.count), ctx.f.count, ctx.f.count_marked, true);
      for (std::size_t k = 0; k < 4; ++k) {
        auto it = r.sums.find(keys[k]);
        std::optional<Figure> f = it == r.sums.end() ? std::nullopt : std::optional<Figure>(it->second);
        Money v = f ? f->amount : Money();
        totals[k + 1] += v;
        write_stated(ctx, ws, row, lxw_col_t(k + 2), v, at(f), ctx.f.money, ctx.f.money_marked);
      }
      ++row;
    }
    write_text(ws, row, 0, "Total", ctx.f.label_total);
    for (lxw_col_t c = 1; c < 6; ++c) {
      write_formula(ws, row, c, "=SUM(" + range_name(first, c, row - 1, c) + ")", totals[c - 1], ctx.f.money_total);
    }
    ++row;
    write_text(ws, row++, 0, "As stated in " + source.path + "; " + ctx.style.label("marked_note"), ctx.f.note);
  }
  row += 1;
  write_text(ws, row++, 0, ctx.style.label("exceptions_title"), ctx.f.subtitle);
  const char *eh[] = {"Scheme",
                      "Reference",
                      "Original investment",
                      "Original saving",
                      "Expenditure to date",
                      "Savings to date",
                      "Projected total saving",
                      "Variance",
                      "Progress & Commentary",
                      "RAG"};
  lxw_row_t eh_row = row;
  worksheet_set_row(ws, eh_row, 30, nullptr);
  for (lxw_col_t c = 0; c < 10; ++c)
    write_text(ws, row, c, eh[c], c == 8 ? ctx.f.header_prose : (c >= 2 && c <= 7) ? ctx.f.header_num : ctx.f.header);
  ++row;
  for (int pass = 0; pass < 2; ++pass) {
    const char *want = pass == 0 ? "Red" : "Amber";
    for (std::size_t i = 0; i < ctx.result.schemes.size(); ++i) {
      const SchemeRecord &s = ctx.result.schemes[i];
      const SchemeResults &worked = ctx.result.scheme_results[i];
      if (!worked.monitoring || worked.monitoring->rag != std::optional<std::string>(want)) continue;
      const auto &m = *worked.monitoring;
      write_title(ws, row, 0, s.title, ctx.f.wrap);
      write_text(ws, row, 1, s.ref.value_or(""), ctx.f.text);
      auto put = [&](lxw_col_t c, const std::optional<Money> &v) {
        if (v) write_money(ws, row, c, *v, ctx.f.money);
      };
      std::optional<Money> oi = m.original_investment ? m.original_investment : investment_total(s);
      std::optional<Money> os = m.original_saving ? m.original_saving : saving_total(s);
      // The original figures as the exceptions table states them, marked
      // where a finding is about their cell.
      auto put_stated = [&](lxw_col_t c, const std::optional<Money> &v, const std::optional<Figure> &stated) {
        if (!v) return;
        const auto *about = stated && *v == stated->amount && !ctx.by_cell.empty()
                                ? findings_at(ctx, s.source.path.str(), s.source.sheet, stated->ref)
                                : nullptr;
        write_stated(ctx, ws, row, c, *v, about, ctx.f.money, ctx.f.money_marked);
      };
      put_stated(2, oi, s.stated_investment);
      put_stated(3, os, s.stated_saving);
      put(4, m.spent_to_date);
      put(5, m.saved_to_date);
      put(6, m.projected_saving);
      if (m.projected_saving && os) {
        write_formula(ws, row, 7, concat("=", cell_name(row, 6), "-", cell_name(row, 3)), *m.projected_saving - *os,
                      ctx.f.money);
      }
      write_text(ws, row, 8, m.commentary.value_or(""), ctx.f.prose);
      write_text(ws, row, 9, want, rag_format(ctx, want));
      fit_row(ctx, ws, row, {{s.title, 40}, {m.commentary.value_or(""), ctx.style.width("commentary", 60)}});
      ++row;
    }
  }
  worksheet_set_column(ws, 0, 0, 40, nullptr);
  worksheet_set_column(ws, 1, 7, 13, nullptr);
  worksheet_set_column(ws, 8, 8, ctx.style.width("commentary", 60), nullptr);
  worksheet_set_column(ws, 9, 9, 9, nullptr);
  print_setup(ctx, ws, "Monitoring", eh_row, eh_row);
}

} // namespace fundbook::report
