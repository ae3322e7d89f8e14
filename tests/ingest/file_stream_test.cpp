#include <doctest.h>

#include <string>

#include "core/hash.h"
#include "ingest/file_stream.h"

using namespace starcart;

TEST_CASE("the streamed fingerprint equals hash_bytes of the whole, for every chunking") {
  std::string data;
  for (int i = 0; i < 1000; ++i) data += static_cast<char>((i * 37 + 11) & 0xFF);
  const uint64_t whole = hash_bytes(data.data(), data.size());
  for (size_t chunk : {1, 3, 7, 8, 9, 64, 999, 1000, 5000}) {
    CAPTURE(chunk);
    StreamFingerprint f(data.size());
    for (size_t at = 0; at < data.size(); at += chunk) f.feed(std::string_view(data).substr(at, chunk));
    CHECK(f.finish() == whole);
  }
  StreamFingerprint empty(0);
  CHECK(empty.finish() == hash_bytes("", 0));
}

TEST_CASE("chunks are cut between UTF-8 sequences, never inside one") {
  const std::string e = "ab\xC3\xA9";         // é is 2 bytes
  CHECK(utf8_complete_prefix(e) == 4);
  CHECK(utf8_complete_prefix(e.substr(0, 3)) == 2);
  const std::string euro = "x\xE2\x82\xAC";   // € is 3 bytes
  CHECK(utf8_complete_prefix(euro.substr(0, 2)) == 1);
  CHECK(utf8_complete_prefix(euro.substr(0, 3)) == 1);
  CHECK(utf8_complete_prefix(euro) == 4);
  CHECK(utf8_complete_prefix("plain") == 5);
  CHECK(first_invalid_utf8_at("ok \xA3 5") == 3);
  CHECK(first_invalid_utf8_at("ok \xC2\xA3 5") == -1);
}
