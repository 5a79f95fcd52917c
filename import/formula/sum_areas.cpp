#include "import/formula/sum_areas.hpp"

namespace fundbook::formula {

namespace {

// Where a call's summed arguments begin: 0 for SUM(...), 1 for
// SUBTOTAL(9|109, ...); nullopt for any other function, which is no plain total.
std::optional<std::size_t> summed_arguments(const Expr &e, const Node &call) {
  if (call.name == "SUM") return 0;
  if (call.name != "SUBTOTAL" || call.kids.size() < 2) return std::nullopt;
  const Node &fn = e.nodes[std::size_t(call.kids[0])];
  if (fn.kind != Node::Kind::Number || (fn.number != 9 && fn.number != 109)) return std::nullopt;
  return 1;
}

// summed_areas of a formula plain_sum does not read, by its parse.
std::optional<std::vector<Area>> parsed_areas(std::string_view text) {
  auto e = parse(text);
  if (!e) return std::nullopt;
  std::vector<Area> out;
  bool plain = true;
  auto walk = [&](auto &self, int i) -> void {
    const Node &n = e->nodes[std::size_t(i)];
    switch (n.kind) {
    case Node::Kind::Ref:
      if (n.area.has_sheet) plain = false;
      out.push_back(n.area);
      break;
    case Node::Kind::Add:
      for (int k : n.kids) self(self, k);
      break;
    case Node::Kind::Call: {
      auto first = summed_arguments(*e, n);
      if (!first) {
        plain = false;
        break;
      }
      for (std::size_t k = *first; k < n.kids.size(); ++k) {
        const Node &a = e->nodes[std::size_t(n.kids[k])];
        if (a.kind != Node::Kind::Ref || a.area.has_sheet) {
          plain = false;
          break;
        }
        out.push_back(a.area);
      }
      break;
    }
    default: plain = false;
    }
  };
  walk(walk, e->root);
  if (!plain || out.empty()) return std::nullopt;
  return out;
}

} // namespace

std::optional<std::vector<Area>> summed_areas(std::string_view text) {
  if (PlainSum plain; plain_sum(text, plain)) {
    std::vector<Area> out(plain.count);
    for (std::size_t k = 0; k < plain.count; ++k) {
      out[k].first = plain.areas[k].first;
      out[k].last = plain.areas[k].last;
    }
    return out;
  }
  return parsed_areas(text);
}

SummedAreas::SummedAreas(std::string_view text) {
  if (PlainSum plain; plain_sum(text, plain)) {
    count_ = plain.count;
    for (std::size_t k = 0; k < plain.count; ++k) {
      fixed_[k].first = plain.areas[k].first;
      fixed_[k].last = plain.areas[k].last;
    }
    ok_ = true;
    return;
  }
  if (auto parsed = parsed_areas(text)) {
    parsed_ = std::move(*parsed);
    ok_ = true;
  }
}

std::optional<std::vector<SignedArea>> added_areas(std::string_view text) {
  auto e = parse(text);
  if (!e || e->root < 0) return std::nullopt;
  std::vector<SignedArea> out;
  bool plain = true;
  auto ref = [&](const Node &n, bool minus) {
    if (n.kind != Node::Kind::Ref || n.area.has_sheet || n.area.whole_columns) {
      plain = false;
      return;
    }
    out.push_back({n.area, minus});
  };
  auto walk = [&](auto &self, int i, bool minus) -> void {
    if (!plain) return;
    const Node &n = e->nodes[std::size_t(i)];
    switch (n.kind) {
    case Node::Kind::Ref: ref(n, minus); break;
    case Node::Kind::Neg:
      for (int k : n.kids) self(self, k, !minus);
      break;
    case Node::Kind::Add:
      for (int k : n.kids) self(self, k, minus);
      break;
    case Node::Kind::Sub:
      for (std::size_t k = 0; k < n.kids.size(); ++k) self(self, n.kids[k], k == 0 ? minus : !minus);
      break;
    case Node::Kind::Call: {
      auto first = summed_arguments(*e, n);
      if (!first) {
        plain = false;
        return;
      }
      for (std::size_t k = *first; k < n.kids.size(); ++k) ref(e->nodes[std::size_t(n.kids[k])], minus);
      break;
    }
    default: plain = false;
    }
  };
  walk(walk, e->root, false);
  if (!plain || out.empty()) return std::nullopt;
  return out;
}

} // namespace fundbook::formula
