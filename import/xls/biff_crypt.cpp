#include "import/xls/biff_crypt.hpp"

#include <nettle/arcfour.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "import/read_error.hpp"

namespace fundbook {
namespace {

constexpr std::uint16_t kBof = 0x0809, kFilePass = 0x002F, kBoundSheet = 0x0085, kEof = 0x000A;
constexpr std::size_t kRekeyBlock = 1024; // the key changes every 1024 bytes of the stream

const char *const kNeedsPassword =
    "password-protected: save an unprotected copy (this .xls needs its password to open; Excel's built-in "
    "default password does not open it)";

std::uint16_t u16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size())
    throw ReadError(ReadError::Kind::Damaged, "the encryption record of this .xls is cut short: the file is damaged");
  return std::uint16_t(std::uint8_t(d[off]) | (std::uint8_t(d[off + 1]) << 8));
}
std::uint32_t u32(std::string_view d, std::size_t off) { return u16(d, off) | (std::uint32_t(u16(d, off + 2)) << 16); }

// The default password as the key derivations take it: UTF-16LE, no terminator.
std::string default_password() {
  std::string pw;
  for (char c : std::string_view("VelvetSweatshop")) {
    pw += c;
    pw += '\0';
  }
  return pw;
}

std::array<std::uint8_t, 4> le32(std::uint32_t v) {
  return {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16), std::uint8_t(v >> 24)};
}

// RC4 keyed for one 1024-byte block of the stream.
class BlockKeys {
public:
  virtual ~BlockKeys() = default;
  virtual std::vector<std::uint8_t> key(std::uint32_t block) const = 0;
};

// RC4 ([MS-OFFCRYPTO] 2.3.6.2): MD5 of the password, its first five bytes
// and the salt sixteen times, MD5 again, then per block MD5 of that and the
// block number.
class Rc4Keys final : public BlockKeys {
public:
  explicit Rc4Keys(std::string_view salt) {
    std::string pw = default_password();
    std::uint8_t h0[MD5_DIGEST_SIZE];
    md5_ctx ctx;
    md5_init(&ctx);
    md5_update(&ctx, pw.size(), reinterpret_cast<const std::uint8_t *>(pw.data()));
    md5_digest(&ctx, sizeof h0, h0);
    md5_init(&ctx);
    for (int i = 0; i < 16; ++i) {
      md5_update(&ctx, 5, h0);
      md5_update(&ctx, salt.size(), reinterpret_cast<const std::uint8_t *>(salt.data()));
    }
    md5_digest(&ctx, sizeof h1_, h1_);
  }
  std::vector<std::uint8_t> key(std::uint32_t block) const override {
    auto b = le32(block);
    md5_ctx ctx;
    md5_init(&ctx);
    md5_update(&ctx, 5, h1_);
    md5_update(&ctx, b.size(), b.data());
    std::vector<std::uint8_t> k(MD5_DIGEST_SIZE);
    md5_digest(&ctx, k.size(), k.data());
    return k;
  }

private:
  std::uint8_t h1_[MD5_DIGEST_SIZE];
};

// RC4 CryptoAPI ([MS-OFFCRYPTO] 2.3.5.2): SHA-1 of salt and password, then
// per block SHA-1 of that and the block number, cut to the key size; a
// 40-bit key is padded with zeros to 128 bits.
class CryptoApiKeys final : public BlockKeys {
public:
  CryptoApiKeys(std::string_view salt, std::uint32_t key_bits) : key_bytes_(key_bits ? key_bits / 8 : 5) {
    std::string pw = default_password();
    sha1_ctx ctx;
    sha1_init(&ctx);
    sha1_update(&ctx, salt.size(), reinterpret_cast<const std::uint8_t *>(salt.data()));
    sha1_update(&ctx, pw.size(), reinterpret_cast<const std::uint8_t *>(pw.data()));
    sha1_digest(&ctx, sizeof h0_, h0_);
  }
  std::vector<std::uint8_t> key(std::uint32_t block) const override {
    auto b = le32(block);
    sha1_ctx ctx;
    sha1_init(&ctx);
    sha1_update(&ctx, sizeof h0_, h0_);
    sha1_update(&ctx, b.size(), b.data());
    std::uint8_t h[SHA1_DIGEST_SIZE];
    sha1_digest(&ctx, sizeof h, h);
    std::vector<std::uint8_t> k(h, h + key_bytes_);
    if (key_bytes_ == 5) k.resize(16, 0);
    return k;
  }

private:
  std::size_t key_bytes_;
  std::uint8_t h0_[SHA1_DIGEST_SIZE];
};

// XOR obfuscation ([MS-OFFCRYPTO] 2.3.7, method 1; BIFF5 and some BIFF8
// files): not a cipher but a 16-byte array derived from the password,
// XORed into each byte after a rotation. No library implements it; the
// derivation is LibreOffice's and the specification's.
std::uint8_t rol8(std::uint8_t v, int n) { return std::uint8_t((v << n) | (v >> (8 - n))); }
std::uint16_t rol16(std::uint16_t v, int n, int width = 16) {
  std::uint32_t mask = (1u << width) - 1;
  return std::uint16_t(((std::uint32_t(v) << n) | (std::uint32_t(v) >> (width - n))) & mask);
}

class XorObfuscation {
public:
  XorObfuscation() {
    const std::string_view pw = "VelvetSweatshop";
    std::uint16_t base = 0x8000, end = 0xFFFF;
    key_ = 0;
    for (std::size_t i = pw.size(); i-- > 0;) {
      std::uint8_t ch = std::uint8_t(pw[i]) & 0x7F;
      for (int bit = 0; bit < 8; ++bit) {
        base = rol16(base, 1);
        if (base & 1) base ^= 0x1020;
        if (ch & 1) key_ ^= base;
        ch >>= 1;
        end = rol16(end, 1);
        if (end & 1) end ^= 0x1020;
      }
    }
    key_ ^= end;
    hash_ = std::uint16_t(pw.size()) ^ 0xCE4B;
    for (std::size_t i = 0; i < pw.size(); ++i) hash_ ^= rol16(std::uint8_t(pw[i]), int((i + 1) % 15), 15);
    static const std::uint8_t fill[] = {0xBB, 0xFF, 0xFF, 0xBA, 0xFF, 0xFF, 0xB9, 0x80,
                                        0x00, 0xBE, 0x0F, 0x00, 0xBF, 0x0F, 0x00};
    for (std::size_t i = 0; i < 16; ++i) {
      std::uint8_t c = i < pw.size() ? std::uint8_t(pw[i]) : fill[i - pw.size()];
      c ^= std::uint8_t(i & 1 ? key_ >> 8 : key_);
      array_[i] = rol8(c, 2);
    }
  }
  bool opens(std::uint16_t key, std::uint16_t hash) const { return key == key_ && hash == hash_; }
  // The byte at stream offset `at` of a record whose data starts at `data` and runs `len` bytes.
  std::uint8_t clear(std::uint8_t byte, std::size_t at, std::size_t data, std::size_t len) const {
    return std::uint8_t(rol8(byte, 3) ^ array_[(at - data + data + len) & 0x0F]);
  }

private:
  std::uint16_t key_ = 0, hash_ = 0;
  std::uint8_t array_[16] = {};
};

// Decrypts `n` bytes with block 0's key from the start of its keystream, as
// the verifier is encrypted.
std::string decrypt_from_start(const BlockKeys &keys, std::string_view bytes) {
  auto k = keys.key(0);
  arcfour_ctx rc4;
  arcfour_set_key(&rc4, k.size(), k.data());
  std::string out(bytes.size(), '\0');
  arcfour_crypt(&rc4, bytes.size(), reinterpret_cast<std::uint8_t *>(out.data()),
                reinterpret_cast<const std::uint8_t *>(bytes.data()));
  return out;
}

// The keys, once the default password is shown to be the one the file was encrypted with.
std::unique_ptr<BlockKeys> keys_for(std::string_view filepass) {
  std::uint16_t major = u16(filepass, 2), minor = u16(filepass, 4);
  if (major == 1 && minor == 1) {
    if (filepass.size() < 6 + 48)
      throw ReadError(ReadError::Kind::Damaged, "the encryption record of this .xls is cut short: the file is damaged");
    std::string_view salt = filepass.substr(6, 16), verifier = filepass.substr(22, 32);
    auto keys = std::make_unique<Rc4Keys>(salt);
    std::string plain = decrypt_from_start(*keys, verifier);
    std::uint8_t h[MD5_DIGEST_SIZE];
    md5_ctx ctx;
    md5_init(&ctx);
    md5_update(&ctx, 16, reinterpret_cast<const std::uint8_t *>(plain.data()));
    md5_digest(&ctx, sizeof h, h);
    if (std::memcmp(h, plain.data() + 16, sizeof h) != 0) throw ReadError(ReadError::Kind::Encrypted, kNeedsPassword);
    return keys;
  }
  if ((major == 2 || major == 3 || major == 4) && minor == 2) {
    // Flags, header size, then the EncryptionHeader and EncryptionVerifier.
    std::uint32_t header_size = u32(filepass, 10);
    std::size_t header = 14;
    std::uint32_t alg = u32(filepass, header + 8), key_bits = u32(filepass, header + 16);
    if (alg != 0x6801 && alg != 0) // CALG_RC4 (0: the default, RC4)
      throw ReadError(ReadError::Kind::Encrypted,
                      "this .xls is encrypted with a method fundbook cannot read: save an unprotected copy");
    std::size_t v = header + header_size;
    std::uint32_t salt_size = u32(filepass, v);
    if (salt_size != 16 || v + 4 + 16 + 16 + 4 + 20 > filepass.size())
      throw ReadError(ReadError::Kind::Damaged,
                      "the encryption record of this .xls is damaged: save an unprotected copy");
    std::string_view salt = filepass.substr(v + 4, 16);
    std::string enc = std::string(filepass.substr(v + 20, 16)) + std::string(filepass.substr(v + 40, 20));
    if (key_bits != 0 && (key_bits < 40 || key_bits > 128 || key_bits % 8))
      throw ReadError(ReadError::Kind::Damaged,
                      "the encryption record of this .xls is damaged: save an unprotected copy");
    auto keys = std::make_unique<CryptoApiKeys>(salt, key_bits);
    std::string plain = decrypt_from_start(*keys, enc);
    std::uint8_t h[SHA1_DIGEST_SIZE];
    sha1_ctx ctx;
    sha1_init(&ctx);
    sha1_update(&ctx, 16, reinterpret_cast<const std::uint8_t *>(plain.data()));
    sha1_digest(&ctx, sizeof h, h);
    if (std::memcmp(h, plain.data() + 16, sizeof h) != 0) throw ReadError(ReadError::Kind::Encrypted, kNeedsPassword);
    return keys;
  }
  throw ReadError(ReadError::Kind::Encrypted,
                  "this .xls is encrypted with a method fundbook cannot read: save an unprotected copy");
}

// Records that are never encrypted ([MS-XLS] 2.2.10).
bool left_in_clear(std::uint16_t type) {
  switch (type) {
  case kBof:
  case kFilePass:
  case 0x0194: // UsrExcl
  case 0x0195: // FileLock
  case 0x00E1: // InterfaceHdr
  case 0x0196: // RRDInfo
  case 0x0138: // RRDHead
    return true;
  default: return false;
  }
}

// Calls f(data start, first encrypted byte, end) for each record after
// FILEPASS: every record's data but those left in clear, and a BOUNDSHEET's
// first four bytes (the sheet's stream offset), which stay clear.
template <class F> void for_each_encrypted(const std::string &stream, std::size_t pos, F f) {
  while (pos + 4 <= stream.size()) {
    std::uint16_t type = u16(stream, pos), len = u16(stream, pos + 2);
    std::size_t data = pos + 4, end = std::min(stream.size(), data + len);
    if (!left_in_clear(type)) f(data, type == kBoundSheet ? std::min(end, data + 4) : data, end);
    pos = end;
  }
}

// XORs the keystream for stream offsets [from, to) into `bytes`.
class Keystream {
public:
  explicit Keystream(const BlockKeys &keys) : keys_(keys) {}
  void apply(std::string &bytes, std::size_t from, std::size_t to) {
    for (std::size_t p = from; p < to; ++p) {
      std::size_t block = p / kRekeyBlock;
      if (block != block_) fill(block);
      bytes[p] = char(std::uint8_t(bytes[p]) ^ pad_[p % kRekeyBlock]);
    }
  }

private:
  void fill(std::size_t block) {
    auto k = keys_.key(std::uint32_t(block));
    arcfour_ctx rc4;
    arcfour_set_key(&rc4, k.size(), k.data());
    std::uint8_t zero[kRekeyBlock] = {};
    arcfour_crypt(&rc4, kRekeyBlock, pad_, zero);
    block_ = block;
  }
  const BlockKeys &keys_;
  std::size_t block_ = SIZE_MAX;
  std::uint8_t pad_[kRekeyBlock];
};

// The FILEPASS record's data and where it ends, or an end of 0 when the
// stream has none. FILEPASS follows the globals' BOF (with at most a few
// records between).
struct FilePass {
  std::string_view data;
  std::size_t end = 0;
};
FilePass find_filepass(std::string_view stream) {
  std::size_t pos = 0;
  while (pos + 4 <= stream.size()) {
    std::uint16_t type = u16(stream, pos), len = u16(stream, pos + 2);
    std::size_t end = std::min(stream.size(), pos + 4 + len);
    if (type == kFilePass) return {stream.substr(pos + 4, end - pos - 4), end};
    if (type == kEof || type == kBoundSheet) return {}; // the globals went by without one
    pos = end;
  }
  return {};
}

} // namespace

bool workbook_stream_encrypted(std::string_view stream) { return find_filepass(stream).end != 0; }

bool decrypt_workbook_stream(std::string &stream) {
  FilePass found = find_filepass(stream);
  std::string_view filepass = found.data;
  std::size_t filepass_end = found.end;
  if (filepass_end == 0) return false;
  bool biff8 = stream.size() >= 6 && u16(stream, 4) == 0x0600;

  // XOR obfuscation: BIFF5's only method (key and hash), BIFF8's type 0.
  if (!biff8 || u16(filepass, 0) == 0) {
    std::size_t at = biff8 ? 2 : 0;
    XorObfuscation xor_array;
    if (!xor_array.opens(u16(filepass, at), u16(filepass, at + 2)))
      throw ReadError(ReadError::Kind::Encrypted, kNeedsPassword);
    for_each_encrypted(stream, filepass_end, [&](std::size_t data, std::size_t from, std::size_t end) {
      for (std::size_t p = from; p < end; ++p)
        stream[p] = char(xor_array.clear(std::uint8_t(stream[p]), p, data, end - data));
    });
    return true;
  }
  auto keys = keys_for(filepass);
  Keystream ks(*keys);
  for_each_encrypted(stream, filepass_end,
                     [&](std::size_t, std::size_t from, std::size_t end) { ks.apply(stream, from, end); });
  return true;
}

} // namespace fundbook
