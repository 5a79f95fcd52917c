#include "export/json.hpp"

#include <cmath>
#include <sstream>

#include "engine/rules/registry.hpp"
#include "export/json_writer.hpp"

namespace fundbook {

namespace {

void money(JsonWriter &w, const std::optional<Money> &m, std::int64_t unit = 100000) {
  if (m && !m->is_too_large()) // a sum too large to hold is unknown, never a wrapped figure
    w.raw_number(m->decimal(unit));
  else
    w.null();
}

void provenance(JsonWriter &w, const Provenance &p) {
  w.begin_object();
  w.key("path").string(p.path);
  w.key("sheet").string(p.sheet);
  w.key("cell").string(a1(p.cell));
  w.end_object();
}

Money amount_of(const Money &m) { return m; }
Money amount_of(const Figure &f) { return f.amount; }

template <class M> void year_map(JsonWriter &w, const M &m) {
  w.begin_object();
  for (auto &[y, v] : m) money(w.key_text(y), amount_of(v));
  w.end_object();
}

template <class Text> void opt_string(JsonWriter &w, const std::optional<Text> &s) {
  if (s)
    w.string(static_cast<const std::string &>(*s));
  else
    w.null();
}

void scheme(JsonWriter &w, const SchemeRecord &s, const SchemeResults &worked) {
  w.begin_object();
  w.key("ref");
  opt_string(w, s.ref);
  w.key("title").string(s.title);
  w.key("workstream");
  opt_string(w, s.workstream);
  w.key("kind").string(to_string(s.kind));
  w.key("source");
  provenance(w, s.source);
  w.key("investment");
  year_map(w, s.investment);
  w.key("saving");
  year_map(w, s.saving);
  w.key("investment_total");
  money(w, investment_total(s));
  w.key("saving_total");
  money(w, saving_total(s));
  if (s.officer) w.key("senior_responsible_officer").string(*s.officer);
  w.key("return_on_investment");
  if (auto roi = return_on_investment(s))
    w.number(std::round(*roi * 100) / 100);
  else
    w.null();
  w.key("payback_year");
  opt_string(w, payback_year(s));
  if (worked.monitoring) {
    const auto &m = *worked.monitoring;
    w.key("monitoring").begin_object();
    w.key("rag");
    opt_string(w, m.rag);
    w.key("spent_to_date");
    money(w, m.spent_to_date);
    w.key("saved_to_date");
    money(w, m.saved_to_date);
    w.key("projected_saving");
    money(w, m.projected_saving);
    w.key("original_investment");
    money(w, m.original_investment);
    w.key("original_saving");
    money(w, m.original_saving);
    w.key("share_of_investment_spent");
    if (m.share_spent)
      w.number(std::round(*m.share_spent * 1000) / 1000);
    else
      w.null();
    w.key("projected_variance");
    money(w, m.variance);
    w.end_object();
  }
  w.end_object();
}

} // namespace

void write_check_json(std::ostream &out, const CheckResult &r) {
  // Written as it is made: a hundred thousand schemes are tens of megabytes
  // of JSON, never held whole (export/json_writer.hpp).
  JsonWriter w(out);
  w.begin_object();
  w.key("tool").string("fundbook");
  w.key("schema").number(1);
  w.key("inputs").begin_array();
  for (auto &in : r.inputs) {
    w.begin_object();
    w.key("path").string(in.path);
    w.key("format").string(in.format);
    w.key("status").string(in.ok ? "ok" : "error");
    w.key("error");
    if (in.ok)
      w.null();
    else
      w.string(in.error);
    w.end_object();
  }
  w.end_array();
  w.key("schemes").begin_array();
  r.for_each_scheme([&](const SchemeRecord &s, const SchemeResults &worked) { scheme(w, s, worked); });
  w.end_array();
  w.key("findings").begin_array();
  for (auto &f : r.findings) {
    w.begin_object();
    w.key("severity").string(severity_name(f.severity));
    w.key("rule").string(f.rule);
    w.key("path").string(f.path);
    w.key("sheet");
    opt_string(w, f.sheet);
    w.key("cell");
    if (f.cell)
      w.string(a1(*f.cell));
    else
      w.null();
    w.key("stated");
    money(w, f.stated, f.unit);
    w.key("computed");
    money(w, f.computed, f.unit);
    w.key("message").string(f.message);
    if (!f.related.empty()) {
      w.key("related").begin_array();
      for (const Place &p : f.related) {
        w.begin_object();
        w.key("path").string(p.path);
        w.key("sheet").string(p.sheet);
        w.key("cell").string(a1(p.cell));
        w.end_object();
      }
      w.end_array();
    }
    if (!f.rows.empty()) {
      // A register's repeats are hundreds of thousands of rows: listed without spaces.
      w.key("rows").begin_array(JsonWriter::Spacing::Tight);
      for (auto r : f.rows) w.number(double(r));
      w.end_array();
      w.key("years").begin_array();
      for (auto &y : f.years) w.string(y);
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.key("tables").begin_array();
  for (auto &t : r.checked) {
    w.begin_object();
    w.key("path").string(t.path);
    w.key("sheet").string(t.sheet);
    w.key("range").string(a1(t.first) + ":" + a1(t.last));
    w.key("kind").string(to_string(t.kind));
    w.key("totals_checked").number(double(t.totals_checked));
    w.key("formulas_checked").number(double(t.formulas_checked));
    if (!t.not_checked.empty()) w.key("not_checked").string(t.not_checked);
    w.end_object();
  }
  w.end_array();
  w.key("unchecked").begin_array();
  for (auto &u : r.unchecked) {
    w.begin_object();
    w.key("path").string(u.path);
    w.key("sheet").string(u.block.sheet);
    w.key("range").string(a1(u.block.first) + ":" + a1(u.block.last));
    w.key("figures").number(double(u.block.figures));
    w.key("why").string(u.block.why);
    w.end_object();
  }
  w.end_array();
  w.key("totals").begin_object();
  w.key("by_year").begin_object();
  w.key("investment");
  year_map(w, r.totals.by_year.investment);
  w.key("saving");
  year_map(w, r.totals.by_year.saving);
  w.end_object();
  w.key("by_workstream").begin_object();
  for (auto &[ws, t] : r.totals.by_workstream) {
    w.key_text(ws).begin_object();
    w.key("investment");
    year_map(w, t.investment);
    w.key("saving");
    year_map(w, t.saving);
    w.end_object();
  }
  w.end_object();
  w.end_object();
  w.key("summary").begin_object();
  w.key("inputs").number(double(r.inputs.size()));
  w.key("schemes").number(double(r.scheme_count()));
  w.key("tables").number(double(r.checked.size()));
  w.key("totals_checked").number(double(r.totals_checked()));
  w.key("unchecked_figures").number(double(r.unchecked_figures()));
  w.key("errors").number(double(r.errors()));
  w.key("warnings").number(double(r.warnings()));
  w.key("infos").number(double(r.infos()));
  w.end_object();
  w.end_object();
  w.raw("\n");
  w.flush();
}

std::string rule_texts_json() {
  std::string out = "{";
  for (const rules::Rule &r : rules::kRules) {
    if (out.size() > 1) out += ",\n";
    append_json_string(out, r.id);
    out += ": [";
    append_json_string(out, r.meaning);
    out += ", ";
    append_json_string(out, r.guidance);
    out += "]";
  }
  return out + "}";
}

std::string check_json(const CheckResult &r) {
  std::ostringstream o;
  write_check_json(o, r);
  return std::move(o).str();
}

std::string inspect_json(const Workbook &wb, bool cells) {
  JsonWriter w;
  w.begin_object();
  w.key("tool").string("fundbook");
  w.key("schema").number(1);
  w.key("path").string(wb.path);
  w.key("format").string(wb.format);
  w.key("sheets").begin_array();
  for (auto &s : wb.sheets) {
    w.begin_object();
    w.key("name").string(s.name);
    w.key("hidden").boolean(s.hidden);
    if (cells) {
      w.key("cells").begin_array();
      auto formula = s.formulas.begin(); // both row-major: walked side by side
      for (auto &c : s.cells) {
        w.begin_array();
        w.string(a1(c.row, c.col));
        w.string(cell_type_name(c.type));
        switch (c.type) {
        case CellType::String:
        case CellType::Error:
        case CellType::Date: w.string(wb.text(c)); break;
        case CellType::Number: w.number(c.number); break;
        case CellType::Bool: w.boolean(c.number != 0); break;
        case CellType::EmptyFormula: w.null(); break;
        }
        while (formula != s.formulas.end() && (formula->row < c.row || (formula->row == c.row && formula->col < c.col)))
          ++formula;
        if (formula != s.formulas.end() && formula->row == c.row && formula->col == c.col) w.string(wb.text(*formula));
        w.end_array();
      }
      w.end_array();
    } else {
      w.key("cells_count").number(double(s.cells.size()));
    }
    w.key("merged").begin_array();
    for (auto &m : s.merges) w.string(a1(m.first) + ":" + a1(m.last));
    w.end_array();
    w.end_object();
  }
  w.end_array();
  if (!wb.warnings.empty() || !wb.placed_warnings.empty()) {
    w.key("warnings").begin_array();
    for (auto &s : wb.warnings) w.string(s);
    for (auto &p : wb.placed_warnings) w.string(p.what);
    w.end_array();
  }
  w.end_object();
  return w.str() + "\n";
}

std::string inspect_error_json(const std::string &path, const std::string &error) {
  JsonWriter w;
  w.begin_object();
  w.key("tool").string("fundbook");
  w.key("schema").number(1);
  w.key("path").string(path);
  w.key("error").string(error);
  w.end_object();
  return w.str() + "\n";
}

} // namespace fundbook
