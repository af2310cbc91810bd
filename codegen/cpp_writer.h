// A small text writer for generated C++: indentation, and #line directives that map each
// statement back to its .mg line (emitted only when the line changes).
#pragma once

#include <string>

namespace minigo {

class CppWriter {
public:
  CppWriter(std::string file, bool lineDirectives)
      : file_(std::move(file)), lines_(lineDirectives) {}

  void indent() { depth_++; }
  void dedent() { depth_--; }
  // Writes one line at the current indentation.
  void line(const std::string& text);
  // Emits `#line N "file"` before the next statement when N differs from the last one.
  void at(unsigned srcLine);
  // Forgets the last #line (after emitting code that has no source position).
  void resetLine() { lastLine_ = 0; }
  void raw(const std::string& text) { out_ += text; }
  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

private:
  std::string file_;
  bool lines_;
  std::string out_;
  int depth_ = 0;
  unsigned lastLine_ = 0;
  bool pendingLine_ = false;
  unsigned pending_ = 0;
};

} // namespace minigo
