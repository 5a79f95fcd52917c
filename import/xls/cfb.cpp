#include "import/xls/cfb.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "import/read_error.hpp"

namespace fundbook {
namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kFree = 0xFFFFFFFF;

std::uint32_t u32(std::string_view d, std::size_t off) {
  if (off + 4 > d.size())
    throw ReadError(ReadError::Kind::Damaged, "the Office container is truncated: ask for a fresh copy");
  std::uint32_t v;
  std::memcpy(&v, d.data() + off, 4);
  return v;
}
std::uint16_t u16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size())
    throw ReadError(ReadError::Kind::Damaged, "the Office container is truncated: ask for a fresh copy");
  std::uint16_t v;
  std::memcpy(&v, d.data() + off, 2);
  return v;
}

std::string fold(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

} // namespace

Cfb Cfb::open(const std::string &path, const Limits &limits) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw ReadError(ReadError::Kind::System, "could not open the file");
  // Read in one go into a string of the file's size: through a string
  // stream, a 16 MB workbook was copied twice more on its way in.
  std::streamoff size = in.tellg();
  if (size < 0) throw ReadError(ReadError::Kind::System, "could not read the file");
  if (std::uint64_t(size) > limits.max_file_bytes)
    throw ReadError(ReadError::Kind::TooLarge, "the file is over the size limit");
  auto bytes = std::make_unique_for_overwrite<char[]>(std::size_t(size));
  in.seekg(0);
  in.read(bytes.get(), size);
  // A file cut short meanwhile: what was there.
  return from_buffer(std::move(bytes), std::size_t(in.gcount()));
}

Cfb Cfb::from_bytes(std::string bytes) {
  auto copy = std::make_unique_for_overwrite<char[]>(bytes.size());
  std::memcpy(copy.get(), bytes.data(), bytes.size());
  return from_buffer(std::move(copy), bytes.size());
}

Cfb Cfb::from_buffer(std::unique_ptr<char[]> bytes, std::size_t size) {
  Cfb c;
  c.bytes_ = std::move(bytes);
  c.data_ = std::string_view(c.bytes_.get(), size);
  std::string_view d = c.data_;
  if (d.size() < 512)
    throw ReadError(ReadError::Kind::Damaged, "the Office container is truncated: ask for a fresh copy");
  std::uint16_t shift = u16(d, 0x1E);
  if (shift != 9 && shift != 12)
    throw ReadError(ReadError::Kind::Damaged, "the Office container has an invalid header: the file is damaged");
  c.sector_size_ = 1u << shift;
  std::uint16_t mshift = u16(d, 0x20);
  if (mshift != 6)
    throw ReadError(ReadError::Kind::Damaged, "the Office container has an invalid header: the file is damaged");
  c.mini_sector_size_ = 1u << mshift;
  c.mini_cutoff_ = u32(d, 0x38);
  std::uint32_t n_fat = u32(d, 0x2C);
  std::uint32_t first_dir = u32(d, 0x30);
  std::uint32_t first_minifat = u32(d, 0x3C);
  std::uint32_t n_minifat = u32(d, 0x40);
  std::uint32_t first_difat = u32(d, 0x44);
  std::uint32_t n_difat = u32(d, 0x48);

  const std::uint64_t n_sectors = (d.size() - std::min<std::size_t>(d.size(), c.sector_size_)) / c.sector_size_ + 1;
  auto sector_off = [&](std::uint32_t s) -> std::size_t {
    std::uint64_t off = (std::uint64_t(s) + 1) * c.sector_size_;
    if (off + c.sector_size_ > d.size() + c.sector_size_ || off >= d.size()) {
      throw ReadError(ReadError::Kind::Damaged,
                      "the Office container points past its end: the file is damaged or truncated");
    }
    return std::size_t(off);
  };

  // DIFAT: 109 entries in the header, then chained DIFAT sectors.
  std::vector<std::uint32_t> difat;
  for (int i = 0; i < 109; ++i) {
    std::uint32_t s = u32(d, 0x4C + std::size_t(i) * 4);
    if (s == kFree || s == kEndOfChain) continue;
    difat.push_back(s);
  }
  std::uint32_t ds = first_difat;
  for (std::uint32_t k = 0; k < n_difat && ds != kEndOfChain && ds != kFree; ++k) {
    if (k > n_sectors)
      throw ReadError(ReadError::Kind::Damaged, "the Office container's sector table loops: the file is damaged");
    std::size_t off = sector_off(ds);
    std::uint32_t per = c.sector_size_ / 4 - 1;
    for (std::uint32_t i = 0; i < per; ++i) {
      std::uint32_t s = u32(d, off + std::size_t{i} * 4);
      if (s != kFree && s != kEndOfChain) difat.push_back(s);
    }
    ds = u32(d, off + std::size_t{per} * 4);
  }
  if (difat.size() > n_fat && n_fat > 0) difat.resize(n_fat);
  for (std::uint32_t s : difat) {
    std::size_t off = sector_off(s);
    for (std::uint32_t i = 0; i < c.sector_size_ / 4; ++i) {
      std::size_t p = off + std::size_t{i} * 4;
      c.fat_.push_back(p + 4 <= d.size() ? u32(d, p) : kFree);
    }
  }
  if (c.fat_.empty())
    throw ReadError(ReadError::Kind::Damaged, "the Office container has no sector table: the file is damaged");

  std::string dir = c.chain(first_dir, UINT64_MAX, false);
  for (std::size_t off = 0; off + 128 <= dir.size(); off += 128) {
    Entry e;
    std::uint16_t name_len = u16(dir, off + 0x40);
    e.type = std::uint8_t(dir[off + 0x42]);
    if (e.type == 0) {
      c.entries_.push_back(e);
      continue;
    }
    for (std::uint16_t i = 0; i + 2 < name_len && i < 64; i += 2) {
      std::uint16_t ch = u16(dir, off + i);
      e.name += ch < 0x80 ? char(ch) : '?';
    }
    e.start = u32(dir, off + 0x74);
    e.size = u32(dir, off + 0x78);
    if (c.sector_size_ == 4096) e.size |= std::uint64_t(u32(dir, off + 0x7C)) << 32;
    c.entries_.push_back(e);
  }
  if (c.entries_.empty() || c.entries_[0].type != 5)
    throw ReadError(ReadError::Kind::Damaged, "the Office container has no root entry: the file is damaged");
  if (n_minifat > 0 && first_minifat != kEndOfChain) {
    std::string mf = c.chain(first_minifat, UINT64_MAX, false);
    for (std::size_t p = 0; p + 4 <= mf.size(); p += 4) c.minifat_.push_back(u32(mf, p));
    c.ministream_ = c.chain(c.entries_[0].start, c.entries_[0].size, false);
  }
  return c;
}

std::string Cfb::chain(std::uint32_t start, std::uint64_t size, bool mini, std::string *damage) const {
  if (gathered_ && !mini) throw std::logic_error("Cfb: a stream was gathered over the container's other sectors");
  std::string out;
  const auto &table = mini ? minifat_ : fat_;
  std::string_view src = mini ? std::string_view(ministream_) : data_;
  std::uint32_t unit = mini ? mini_sector_size_ : sector_size_;
  // Grown a sector at a time, a 16 MB stream was copied and its pages
  // touched about twice over on the way.
  if (size != UINT64_MAX) out.reserve(std::size_t(std::min<std::uint64_t>(size, src.size())));
  std::uint32_t s = start;
  std::size_t steps = 0;
  auto broken = [&](const char *refusal, const char *what) {
    if (!damage) throw ReadError(ReadError::Kind::Damaged, refusal);
    *damage = what;
  };
  while (s != kEndOfChain && out.size() < size) {
    if (s >= table.size() || ++steps > table.size()) {
      broken("the Office container has a broken sector chain: the file is damaged or truncated",
             "its sector chain is broken");
      break;
    }
    std::uint64_t off = mini ? std::uint64_t(s) * unit : (std::uint64_t(s) + 1) * unit;
    if (off >= src.size()) {
      broken("the Office container points past its end: the file is damaged or truncated",
             "it points past the end of the file");
      break;
    }
    std::size_t n = std::size_t(std::min<std::uint64_t>(unit, src.size() - off));
    out.append(src.substr(std::size_t(off), n));
    s = table[s];
  }
  if (size != UINT64_MAX) {
    if (out.size() < size) {
      if (!damage)
        throw ReadError(ReadError::Kind::Damaged,
                        "a stream in the Office container is shorter than it says: the file is truncated");
      if (damage->empty()) *damage = "its sector chain ends early";
    } else {
      out.resize(std::size_t(size));
    }
  }
  return out;
}

const Cfb::Entry *Cfb::find(const std::string &name) const {
  std::string want = fold(name);
  for (auto &e : entries_) {
    if (e.type == 2 && fold(e.name) == want) return &e;
  }
  return nullptr;
}

bool Cfb::has_stream(const std::string &name) const { return find(name) != nullptr; }

std::string Cfb::read_stream(const std::string &name) const {
  const Entry *e = find(name);
  if (!e) throw ReadError(ReadError::Kind::Damaged, "the Office container has no " + name + " stream");
  bool mini = e->size < mini_cutoff_ && !minifat_.empty();
  return chain(e->start, e->size, mini);
}

std::optional<std::string_view> Cfb::gather(std::uint32_t start, std::uint64_t size) {
  struct Run {
    std::uint64_t from, bytes;
  };
  std::vector<Run> runs;
  std::uint64_t got = 0;
  std::size_t steps = 0;
  for (std::uint32_t s = start; got < size; s = fat_[s]) {
    if (s == kEndOfChain || s >= fat_.size() || ++steps > fat_.size()) return std::nullopt;
    std::uint64_t off = (std::uint64_t(s) + 1) * sector_size_;
    if (off >= data_.size()) return std::nullopt;
    std::uint64_t n = std::min<std::uint64_t>(sector_size_, data_.size() - off);
    if (n < sector_size_ && got + n < size) return std::nullopt; // the file ends inside the stream
    if (!runs.empty() && runs.back().from + runs.back().bytes == off)
      runs.back().bytes += n;
    else if (runs.empty() || off > runs.back().from + runs.back().bytes)
      runs.push_back({off, n});
    else
      return std::nullopt; // a run before the last: moving it down would overwrite what is not yet moved
    got += n;
  }
  // Each run moves down to just after the ones before it, never over a
  // later run (those lie further on).
  std::uint64_t to = runs.front().from;
  for (const Run &r : runs) {
    if (r.from != to) std::memmove(bytes_.get() + to, bytes_.get() + r.from, std::size_t(r.bytes));
    to += r.bytes;
  }
  if (runs.size() > 1) gathered_ = true;
  return data_.substr(std::size_t(runs.front().from), std::size_t(size));
}

std::string Cfb::salvage(const Entry &e, const std::string &name, std::string &damage) const {
  bool mini = e.size < mini_cutoff_ && !minifat_.empty();
  std::string why;
  std::string out = chain(e.start, e.size, mini, &why);
  if (!why.empty()) {
    damage = "the " + name + " stream is " + std::to_string(out.size()) + " bytes where the file's directory says " +
             std::to_string(e.size) + " (" + why +
             "): the file is damaged or truncated, and only the records before the damage were read; ask for a "
             "fresh copy";
  }
  return out;
}

std::string_view Cfb::stream_salvaging(const std::string &name, std::string &damage, std::string &copy) {
  const Entry *e = find(name);
  if (!e) throw ReadError(ReadError::Kind::Damaged, "the Office container has no " + name + " stream");
  bool mini = e->size < mini_cutoff_ && !minifat_.empty();
  if (!mini && e->size > 0 && !gathered_) {
    if (auto view = gather(e->start, e->size)) return *view;
  }
  copy = salvage(*e, name, damage);
  return copy;
}

} // namespace fundbook
