// A source file loaded into memory, with the checks every later phase relies on:
// readable regular file, valid UTF-8, no NUL bytes. Lines are indexed for diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minigo {

class SourceFile {
public:
  // Reads `path`. On failure returns nullptr and sets `error` to a message such as
  // "open x.mg: no such file or directory" or "read dir: is a directory".
  static std::unique_ptr<SourceFile> load(const std::string& path, std::string& error);
  static std::unique_ptr<SourceFile> fromString(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The text of 1-based line `line`, without its newline.
  std::string_view lineText(uint32_t line) const;

private:
  SourceFile(std::string path, std::string text);
  std::string path_;
  std::string text_;
  std::vector<size_t> lineStarts_;
};

} // namespace minigo
