#pragma once
// .xls encryption ([MS-XLS] 2.2.10, [MS-OFFCRYPTO] 2.3.5-2.3.6): a FILEPASS
// record after the first BOF says the rest of the Workbook stream is RC4
// encrypted. Excel encrypts with the built-in password "VelvetSweatshop"
// when a workbook's structure is protected and opens such files without
// asking; so do LibreOffice and fundbook. A file with its own password is
// refused. The ciphers and hashes are nettle's.
#include <string>
#include <string_view>

namespace fundbook {

// Decrypts the Workbook stream in place when it has a FILEPASS record with
// RC4 (or RC4 CryptoAPI) under Excel's default password, and then returns
// true; returns false for a stream that is not encrypted. Throws ReadError
// (saying "password-protected") when it needs a password fundbook does not
// have, or uses a method fundbook cannot decrypt.
bool decrypt_workbook_stream(std::string &stream);

// Whether the Workbook stream has a FILEPASS record: decrypt_workbook_stream
// has work to do, on a copy of the stream that it may change.
bool workbook_stream_encrypted(std::string_view stream);

} // namespace fundbook
