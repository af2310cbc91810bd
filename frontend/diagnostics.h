// Diagnostics for minigo: one place that owns the wording format, the order (by position),
// the limit (10 errors, then "too many errors", as Go's compiler does; no limit with
// `-e`, as `go build -gcflags=-e`) and the rendering
// (`file.mg:3:5: error: msg`, the source line and a caret, through llvm::SourceMgr).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace minigo {

// A position in the one source file being compiled: 1-based line and 1-based byte column,
// as Go's compiler reports them. Line 0 means "no position".
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
  friend bool operator<(Pos a, Pos b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }
};

struct Diagnostic {
  Pos pos;
  std::string message;
};

class SourceFile;

// Collects errors while a file is parsed and checked; prints them sorted at the end.
class Diagnostics {
public:
  explicit Diagnostics(const SourceFile& file) : file_(&file) {}

  // Records an error. A second error on the same line is dropped (Go's compiler reports one
  // error per line), which also suppresses cascades, as are later errors whose message
  // mentions an invalid type or operand (types2 drops those follow-on errors too).
  void error(Pos pos, std::string message);

  bool hasErrors() const { return !diags_.empty(); }
  size_t count() const { return diags_.size(); }
  const std::vector<Diagnostic>& all() const { return diags_; }

  // How many errors print() shows before "too many errors"; 0 means all of them.
  static constexpr size_t kDefaultLimit = 10;
  void setLimit(size_t limit) { limit_ = limit; }
  size_t limit() const { return limit_; }

  // Prints at most limit() errors in position order, each as `path:line:col: error: msg`
  // followed by the source line and a caret, then "too many errors" if some were left out.
  void print(llvm::raw_ostream& os) const;

private:
  const SourceFile* file_;
  size_t limit_ = kDefaultLimit;
  std::vector<Diagnostic> diags_;
  std::unordered_set<uint32_t> lines_; // lines that have an error (for one error per line)
};

} // namespace minigo
