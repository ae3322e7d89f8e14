#include "platform/cli/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace starcart::cli {

Result<std::string> read_file(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return make_error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno), Location{path});
  std::string out;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) out.reserve(static_cast<size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return make_error(ErrorCode::kIo, "read error", Location{path});
  return out;
}

Status write_file(const std::string& path, const std::string& bytes) {
  FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (!f) return make_error(ErrorCode::kIo, std::string("cannot create: ") + std::strerror(errno), Location{path});
  size_t n = std::fwrite(bytes.data(), 1, bytes.size(), f);
  bool ok = n == bytes.size();
  if (f != stdout) ok = std::fclose(f) == 0 && ok;
  if (!ok) return make_error(ErrorCode::kIo, "write error", Location{path});
  return ok_status();
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace starcart::cli
