// This file implements SourceFile: loading a source file into memory with clear errors for
// the ways that can fail (missing, unreadable, a directory, not a regular file), and the
// line index that diagnostics use. Encoding checks (UTF-8, NUL) are the token source's job,
// which reports them at their positions.
#include "frontend/source_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace minigo {

namespace {

// Go's wording for an errno value ("no such file or directory", "permission denied", ...).
std::string errnoText(int err) {
  std::string s = std::strerror(err);
  if (!s.empty())
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

} // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n')
      lineStarts_.push_back(i + 1);
}

std::unique_ptr<SourceFile> SourceFile::load(const std::string& path, std::string& error) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    error = "open " + path + ": " + errnoText(errno);
    return nullptr;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "read " + path + ": is a directory";
    return nullptr;
  }
  if (!S_ISREG(st.st_mode)) {
    error = "read " + path + ": not a regular file";
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "open " + path + ": " + errnoText(errno ? errno : EACCES);
    return nullptr;
  }
  std::string text;
  text.resize(static_cast<size_t>(st.st_size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) {
    error = "read " + path + ": " + errnoText(errno ? errno : EIO);
    return nullptr;
  }
  text.resize(static_cast<size_t>(in.gcount()));
  // The file may have grown since stat(): read the rest.
  std::ostringstream rest;
  rest << in.rdbuf();
  text += rest.str();
  return std::unique_ptr<SourceFile>(new SourceFile(path, std::move(text)));
}

std::unique_ptr<SourceFile> SourceFile::fromString(std::string path, std::string text) {
  return std::unique_ptr<SourceFile>(new SourceFile(std::move(path), std::move(text)));
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size())
    return {};
  size_t start = lineStarts_[line - 1];
  size_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : text_.size();
  std::string_view s(text_.data() + start, end - start);
  if (!s.empty() && s.back() == '\r')
    s.remove_suffix(1);
  return s;
}

} // namespace minigo
