#include "import/layout/structure/total_words.hpp"

#include "core/concat.hpp"
#include "import/layout/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace fundbook::structure {

namespace {
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool has_word(std::string_view s, std::string_view w) {
  for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + 1)) {
    bool start = p == 0 || !letter(s[p - 1]);
    bool end = p + w.size() >= s.size() || !letter(s[p + w.size()]);
    if (start && end) return true;
  }
  return false;
}
} // namespace

namespace {
// The words of a heading whose figures are no amounts and never add: a
// percentage, a ratio, a code or reference, a quantity. Not "rate"
// (business rates, rate relief), "date" (spend to date) or "year" (prior
// year adjustments): amounts are named so too.
// A '%' that stands for the figures' unit ('% of total', 'Change %',
// '2024/25 %', 'Q1 %'), as opposed to a rate quoted as a number of its own
// ('Administration (5%)', 'Pay award 2.5 %'), which says what the amounts
// are about. A year or a period before the sign is no quoted rate.
bool percent_of_figures(std::string_view label) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t p = label.find('%'); p != std::string_view::npos; p = label.find('%', p + 1)) {
    std::size_t end = p;
    while (end > 0 && label[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && (digit(label[start - 1]) || label[start - 1] == '.' || label[start - 1] == ',')) --start;
    const std::string_view number = label.substr(start, end - start);
    const bool stands_alone = start == 0 || label[start - 1] == ' ' || label[start - 1] == '(';
    const bool year = number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
    if (number.empty() || !digit(number.front()) || !stands_alone || year) return true;
  }
  return false;
}

bool names_no_sum(std::string_view label) {
  if (percent_of_figures(label)) return true;
  static constexpr std::array<std::string_view, 8> kWords = {"percent", "percentage", "per cent", "ratio",
                                                             "code",    "ref",        "quantity", "id"};
  for (auto w : kWords)
    if (has_word(label, w)) return true;
  return false;
}
} // namespace

bool names_count(std::string_view label) {
  static constexpr std::array<std::string_view, 5> kWords = {"count", "number of", "no. of", "headcount", "fte"};
  for (auto w : kWords)
    if (has_word(label, w)) return true;
  return false;
}

bool names_count_column(std::string_view label) {
  if (!names_count(label) || names_no_sum(label)) return false;
  // A statistic of counts, or a count per something ("Average FTE",
  // "Number of staff per manager", "FTE rate"): no sum of its lines.
  for (std::string_view w : {"average", "avg", "mean", "median", "minimum", "maximum", "min", "max", "per", "rate"})
    if (has_word(label, w)) return false;
  return true;
}

bool names_headcount(std::string_view label) {
  if (!names_count_column(label) || has_word(label, "fte")) return false;
  for (std::string_view w : {"headcount", "staff", "employees", "people", "persons", "workers"})
    if (has_word(label, w)) return true;
  return false;
}

bool names_extreme_or_rate(std::string_view label) {
  for (std::string_view w :
       {"highest", "lowest", "maximum", "minimum", "max", "min", "peak", "largest", "smallest", "greatest", "rate"})
    if (has_word(label, w)) return true;
  return false;
}

bool names_non_amount(std::string_view label) { return names_no_sum(label) || names_count(label); }

bool names_rate(std::string_view raw) {
  // The words as written, lowered, with their unit: normalising drops a
  // "\xC2\xA3000" this needs.
  std::string written(raw);
  for (char &c : written)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  if (percent_of_figures(written)) return true;
  // A column in thousands or millions of a currency is amounts whatever else
  // its heading says ('Index-linked gilts \xC2\xA3000', 'Average-based grants
  // \xC2\xA3m'): averages and rates are written in whole units.
  const bool currency = names_currency(written);
  if (currency &&
      (written.find("000") != std::string::npos || has_word(written, "m") || has_word(written, "thousand") ||
       has_word(written, "thousands") || has_word(written, "million") || has_word(written, "millions")))
    return false;
  const std::string heading = heading_words(raw);
  // Not "per" ("Per band D council tax", "Cost per head" of one population:
  // per-unit figures of one divisor add up), nor "rate" ("Rate relief").
  for (std::string_view w : {"average", "avg", "mean", "median", "ratio", "percent", "percentage", "per cent"})
    if (has_word(heading, w)) return true;
  // "Index" heads a price or deprivation index, but also money that is
  // index-linked or allocated by one: only a heading with no currency.
  return !currency && has_word(heading, "index");
}

bool names_identifier(std::string_view heading) {
  // "Charity Number", "Company No.", "Transaction Number": the number names
  // each row's thing; a count is "Number of ..." (names_non_amount), or
  // "Number" alone over a column of counts that add up.
  while (!heading.empty() && (heading.back() == ' ' || heading.back() == '.' || heading.back() == ':'))
    heading.remove_suffix(1);
  for (std::string_view w : {std::string_view("number"), std::string_view("no")}) {
    if (heading.size() < w.size() || heading.substr(heading.size() - w.size()) != w) continue;
    std::size_t p = heading.size() - w.size();
    if (p > 1 && !letter(heading[p - 1])) return true;
  }
  return false;
}

namespace {
bool lower_case(char c) { return c >= 'a' && c <= 'z'; }
bool upper_case(char c) { return c >= 'A' && c <= 'Z'; }
} // namespace

bool runs_words_together(std::string_view raw) {
  for (std::size_t i = 1; i < raw.size(); ++i)
    if (upper_case(raw[i]) && lower_case(raw[i - 1])) return true;
  return false;
}

std::string heading_words(std::string_view raw) {
  std::string spaced;
  spaced.reserve(raw.size() + 4);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (i > 0 && upper_case(raw[i]) && lower_case(raw[i - 1])) spaced += ' ';
    spaced += raw[i];
  }
  return normalise_label(spaced);
}

bool names_year_column(std::string_view heading) {
  // "This year", "Last year", "Year to date": a period whose amounts the
  // column holds, not a column of years.
  for (std::string_view w : {"this", "last", "next", "current", "prior", "previous", "full", "to date", "ytd"})
    if (has_word(heading, w)) return false;
  for (std::string_view w : {"year", "years", "yr", "version", "fy"})
    if (has_word(heading, w)) return true;
  return false;
}

bool names_code_column(std::string_view heading) {
  if (names_identifier(heading)) return true;
  for (std::string_view w : {"id", "code", "codes", "ref", "ref.", "reference", "identifier", "urn", "postcode",
                             "post code", "uprn", "account no", "acc no", "cost centre", "cost center"})
    if (has_word(heading, w)) return true;
  return false;
}

bool names_currency(std::string_view heading) {
  for (std::string_view sign : {"\xc2\xa3", "$", "\xe2\x82\xac"}) // pound, dollar, euro
    if (heading.find(sign) != std::string_view::npos) return true;
  return false;
}

bool names_money(std::string_view heading) {
  if (names_currency(heading)) return true;
  for (std::string_view w :
       {"amount", "amounts", "value",   "cost",        "costs",    "spend",      "paid",         "payment", "payments",
        "total",  "budget",  "income",  "expenditure", "net",      "gross",      "grant",        "award",   "awarded",
        "price",  "balance", "salary",  "salaries",    "pay",      "wage",       "wages",        "fee",     "fees",
        "rent",   "charge",  "charges", "revenue",     "receipts", "allocation", "contribution", "funding", "debit",
        "credit", "sum",     "actual",  "forecast",    "outturn",  "estimate",   "rate",         "rates",   "tax"})
    if (has_word(heading, w)) return true;
  return false;
}

namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view w) { return !w.empty() && std::all_of(w.begin(), w.end(), digit); }

// A month's name, in full or cut to three letters or more ("sept").
bool month_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                               "may",       "june",     "july",     "august",
                                                               "september", "october",  "november", "december"};
  if (w.size() < 3) return false;
  return std::any_of(kMonths.begin(), kMonths.end(), [&](std::string_view m) { return m.substr(0, w.size()) == w; });
}

bool year_number(std::string_view w) {
  if (!all_digits(w)) return false;
  if (w.size() == 2) return true; // "23" of "2023-24" or "Jan-23"
  if (w.size() != 4) return false;
  int y = std::stoi(std::string(w));
  return y >= 1900 && y <= 2100;
}

// One word that names a period on its own: a month, a year, "Q1", "P12", "FY23".
bool period_word(std::string_view w) {
  if (month_word(w) || (w.size() == 4 && year_number(w))) return true;
  if (w.size() >= 2 && w.size() <= 3 && (w[0] == 'q' || w[0] == 'p') && all_digits(w.substr(1))) return true;
  return w.size() >= 4 && w.substr(0, 2) == "fy" && year_number(w.substr(2));
}

// A word that is only the unit its figures are written in, after a
// currency sign: "£m", "£000", "(£'000)", "$k", "€bn".
bool unit_word(std::string_view w) {
  while (!w.empty() && w.front() == '(') w.remove_prefix(1);
  while (!w.empty() && w.back() == ')') w.remove_suffix(1);
  bool sign = false;
  for (std::string_view s : {"\xc2\xa3", "$", "\xe2\x82\xac"}) // pound, dollar, euro
    if (w.starts_with(s)) {
      w.remove_prefix(s.size());
      sign = true;
      break;
    }
  if (!sign) return false;
  if (w.starts_with("'")) w.remove_prefix(1);
  if (w.starts_with("\xe2\x80\x99")) w.remove_prefix(3); // a typographic apostrophe
  for (std::string_view unit : {"", "m", "000", "000s", "k", "bn"})
    if (w == unit) return true;
  return false;
}

// A word that names a period with the number after it: "Quarter 3", "Year 1", "FY 2023".
bool numbering_word(std::string_view w) {
  for (std::string_view n : {"q", "qtr", "quarter", "year", "month", "period", "fy"})
    if (w == n) return true;
  return false;
}
} // namespace

bool names_period(std::string_view heading) {
  std::string h;
  for (char c : heading) h += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  // Words between spaces, dashes, slashes, dots and commas.
  std::vector<std::string_view> words;
  std::string_view rest = h;
  while (!rest.empty()) {
    std::size_t e = rest.find_first_of(" -/.,");
    if (e != 0) words.push_back(rest.substr(0, e));
    if (e == std::string_view::npos) break;
    rest.remove_prefix(e + 1);
  }
  bool period = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    bool numbered = k + 1 < words.size() && all_digits(words[k + 1]) && words[k + 1].size() <= 4;
    if (period_word(w)) {
      period = true;
    } else if (numbered && numbering_word(w)) {
      period = true;
      ++k;
    } else if (unit_word(w)) {
      continue; // "£m" of "2026/27 £m": how the period's figures are written
    } else if (!all_digits(w) || w.size() > 4) {
      return false; // a word that is no part of a period: "Total", "Change", "%"
    }
  }
  return period;
}

bool names_note_column(std::string_view heading) {
  for (std::string_view h : {"note", "notes", "note no", "note no.", "note ref", "note reference", "see note"})
    if (heading == h) return true;
  return false;
}

bool names_running_total(std::string_view label) {
  return has_word(label, "cumulative") || label.find("running total") != std::string_view::npos;
}

bool names_net_line(std::string_view label) {
  return label.size() > 4 && label.substr(0, 3) == "net" && !letter(label[3]);
}

bool names_statistic_row(std::string_view label) {
  static constexpr std::array<std::string_view, 8> kStatistics = {"average", "avg",     "mean", "median",
                                                                  "minimum", "maximum", "min",  "max"};
  // What a statistic's word may be followed by: what it is taken over.
  static constexpr std::array<std::string_view, 7> kOver = {"per", "of", "for", "across", "over", "in", "by"};
  for (std::string_view w : kStatistics) {
    if (!label.starts_with(w) || (label.size() > w.size() && letter(label[w.size()]))) continue;
    std::string_view rest = label.substr(w.size());
    if (rest.starts_with(".")) rest.remove_prefix(1); // "max.", "avg."
    if (rest.empty() || rest.front() != ' ') return rest.empty() || !letter(rest.front());
    rest.remove_prefix(1);
    const std::size_t end = std::min(rest.find(' '), rest.size());
    const std::string_view next = rest.substr(0, end);
    return !letter(rest.front()) || std::find(kOver.begin(), kOver.end(), next) != kOver.end();
  }
  return false;
}

bool names_gross_line(std::string_view label) {
  return label.size() > 6 && label.substr(0, 5) == "gross" && !letter(label[5]);
}

bool names_opening_balance(std::string_view label) {
  for (std::string_view opening :
       {"brought forward", "b/f", "b/fwd", "opening", "balance at start", "balance at the start", "balance at 1 april"})
    if (label.find(opening) != std::string_view::npos) return true;
  return false;
}

namespace {
// Whether `label` opens with `phrase` as whole words.
bool opens_with(std::string_view label, std::string_view phrase) {
  return label.starts_with(phrase) &&
         (label.size() == phrase.size() || !letter(label[phrase.size()]) || !letter(phrase.back()));
}

// Whether `label` ends with `phrase` as whole words.
bool closes_with(std::string_view label, std::string_view phrase) {
  if (!label.ends_with(phrase)) return false;
  const std::size_t p = label.size() - phrase.size();
  return p == 0 || !letter(label[p - 1]) || !letter(phrase.front());
}

// "at [the] start of [the] year", "at end of quarter", "at year end",
// "at the end of the period": the date a balance is taken at, closing its
// label ("Cash at end of period", "Reserves at the start of the year").
// Which end: +1 the end, -1 the start, 0 none.
int closes_with_date(std::string_view label) {
  for (std::string_view unit : {"year", "period", "quarter", "month"}) {
    for (std::string_view the : {"", "the "})
      for (std::string_view the2 : {"", "the "}) {
        for (std::string_view start : {"start", "beginning"})
          if (closes_with(label, concat("at ", the, start, " of ", the2, unit))) return -1;
        if (closes_with(label, concat("at ", the, "end of ", the2, unit))) return 1;
      }
    for (std::string_view dash : {" ", "-"})
      if (closes_with(label, concat("at ", unit, dash, "end"))) return 1;
  }
  return 0;
}
} // namespace

PeriodLine period_line(std::string_view label) {
  // A bullet, number or bracket before the words ("1. Opening balance").
  while (!label.empty() && !letter(label.front()) && label.front() != '%') label.remove_prefix(1);
  if (label.empty()) return PeriodLine::Flow;
  for (std::string_view w : {"opening", "balance brought forward", "balance b/f", "balance b/fwd", "brought forward",
                             "b/f", "b/fwd", "balance at start", "balance at the start", "balance at beginning",
                             "balance at the beginning", "balance at 1 april"})
    if (opens_with(label, w)) return PeriodLine::Opening;
  for (std::string_view w :
       {"closing", "balance carried forward", "balance c/f", "balance c/fwd", "carried forward", "c/f", "c/fwd",
        "balance as at", "as at", "balance at end", "balance at the end", "balance at close"})
    if (opens_with(label, w)) return PeriodLine::Closing;
  // "End of year" or "Year end" opens a flow as often ("Year end
  // adjustments"): a balance only with the stock it takes ("End of year
  // balance", "Year-end reserves").
  for (std::string_view when : {"end of year", "end of the year", "end of period", "end of quarter", "end of month",
                                "year end", "year-end", "period end", "quarter end", "month end"}) {
    if (!opens_with(label, when)) continue;
    std::string_view rest = label.substr(when.size());
    while (!rest.empty() && !letter(rest.front())) rest.remove_prefix(1);
    for (std::string_view stock : {"balance", "balances", "position", "reserves", "reserve", "cash", "debt"})
      if (rest.empty() || opens_with(rest, stock)) return PeriodLine::Closing;
  }
  if (const int date = closes_with_date(label)) return date > 0 ? PeriodLine::Closing : PeriodLine::Opening;
  for (std::string_view w : {"brought forward", "b/f", "b/fwd"})
    if (closes_with(label, w)) return PeriodLine::Opening;
  for (std::string_view w : {"carried forward", "c/f", "c/fwd"})
    if (closes_with(label, w)) return PeriodLine::Closing;
  if (has_word(label, "as at")) return PeriodLine::Closing;
  // A percentage, by the words opening the label or the unit closing it,
  // whatever it is a percentage of ("% of budget spent").
  for (std::string_view w : {"percentage", "percent", "per cent", "% of", "proportion of"})
    if (opens_with(label, w)) return PeriodLine::Measure;
  for (std::string_view w : {"%", "(%)", "(percent)", "(percentage)", "(points)", "(pts)"})
    if (closes_with(label, w)) return PeriodLine::Measure;
  // A count, so opened or closed; not where money is named too ("FTE costs").
  bool count = false;
  for (std::string_view w : {"number of", "no. of", "no of", "count of", "headcount", "fte", "ftes"})
    count = count || opens_with(label, w);
  for (std::string_view w :
       {"(fte)", "fte", "ftes", "(number)", "(no.)", "(no)", "(count)", "headcount", "(headcount)"})
    count = count || closes_with(label, w);
  if (!count || names_currency(label)) return PeriodLine::Flow;
  for (std::string_view money : {"cost", "costs", "pay", "spend", "spending", "expenditure", "income", "salary",
                                 "salaries", "budget", "pounds", "amount", "value"})
    if (has_word(label, money)) return PeriodLine::Flow;
  return PeriodLine::Measure;
}

bool names_worked_out_line(std::string_view label, bool sum_only) {
  for (std::string_view w : {"plus", "minus"}) {
    if (sum_only && w == "minus") continue;
    if (has_word(label, w) && !label.starts_with(w)) return true;
  }
  return false;
}

std::optional<std::pair<std::string_view, std::string_view>> plus_sides(std::string_view label) {
  constexpr std::string_view kPlus = " plus ";
  const std::size_t at = label.find(kPlus);
  if (at == std::string_view::npos || at == 0 || label.find(kPlus, at + 1) != std::string_view::npos) return {};
  std::string_view right = label.substr(at + kPlus.size());
  if (right.empty()) return {};
  return std::make_pair(label.substr(0, at), right);
}

bool names_result_line(std::string_view label) {
  if (total_word(label) != TotalWord::None || names_net_line(label)) return true;
  if (names_worked_out_line(label)) return true;
  if (names_opening_balance(label)) return false;
  for (std::string_view w :
       {"requirement", "position", "balance", "balances", "surplus", "deficit", "shortfall", "carried forward", "c/f"})
    if (has_word(label, w)) return true;
  return false;
}

bool names_deduction(std::string_view label) {
  // A bullet or bracket before the word ("- Less refunds", "(Less) refunds")
  // and any mark after it ("Less- refunds") still open the line with it.
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t p = 0;
  while (p < label.size() && !letter(label[p]) && !digit(label[p])) ++p;
  label.remove_prefix(p);
  for (std::string_view w : {"less", "deduct", "minus"})
    if (label.starts_with(w) && (label.size() == w.size() || !(letter(label[w.size()]) || digit(label[w.size()]))))
      return true;
  return false;
}

bool names_part_of_line_above(std::string_view label) {
  std::size_t p = 0;
  while (p < label.size() && !letter(label[p]) && (label[p] < '0' || label[p] > '9')) ++p;
  label.remove_prefix(p);
  for (std::string_view w : {"of which", "o/w"})
    if (label.substr(0, w.size()) == w && (label.size() == w.size() || !letter(label[w.size()]))) return true;
  // A line that says its figure is already in the lines above ("Memo: ICT
  // recharges included above"), wherever the words stand. A memo line that
  // does not say so may be an extra the total leaves out, or adds.
  // Not where it says the opposite ("Capital financing costs not included
  // above"), nor on a line taken off ("Less: recharges included above"),
  // which the total counts.
  if (names_deduction(label)) return false;
  for (std::string_view w : {"included above", "included in the above", "included within the above"})
    for (std::size_t p = label.find(w); p != std::string_view::npos; p = label.find(w, p + 1)) {
      std::string_view before = label.substr(0, p);
      while (!before.empty() && !letter(before.back())) before.remove_suffix(1);
      if (!before.ends_with("not") && !before.ends_with("n't") && !before.ends_with("nor")) return true;
    }
  return false;
}

namespace {
TotalWord total_word_of(std::string_view label, bool count) {
  // "total", "totals", "subtotal", "sub-total", "sub total"; not "totally".
  bool found = false, sub = false;
  for (std::size_t p = label.find("total"); p != std::string_view::npos; p = label.find("total", p + 1)) {
    std::size_t e = p + 5;
    if (e < label.size() && label[e] == 's') ++e;
    if (e < label.size() && letter(label[e])) continue;
    bool start = p == 0 || !letter(label[p - 1]);
    bool is_sub = p >= 3 && label.substr(p - 3, 3) == "sub";
    bool is_sub_sep = p >= 4 && (label.substr(p - 4, 4) == "sub-" || label.substr(p - 4, 4) == "sub ");
    if (!start && !is_sub) continue;
    found = true;
    sub = sub || is_sub || is_sub_sep;
  }
  if (!found) return TotalWord::None;
  if (count ? !names_count_column(label) : names_non_amount(label)) return TotalWord::None;
  if (has_word(label, "grand")) return TotalWord::Grand;
  return sub ? TotalWord::Subtotal : TotalWord::Total;
}
} // namespace

TotalWord total_word(std::string_view label) { return total_word_of(label, false); }

TotalWord count_total_word(std::string_view label) { return total_word_of(label, true); }

} // namespace fundbook::structure
