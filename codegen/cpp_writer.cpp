// This file implements CppWriter.
#include "codegen/cpp_writer.h"

#include <algorithm>

namespace minigo {

void CppWriter::line(const std::string& text) {
  if (pendingLine_) {
    pendingLine_ = false;
    if (pending_ != lastLine_) {
      std::string escaped;
      for (char c : file_) {
        if (c == '"' || c == '\\')
          escaped += '\\';
        escaped += c;
      }
      out_ += "#line " + std::to_string(pending_) + " \"" + escaped + "\"\n";
      lastLine_ = pending_;
    }
  }
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  out_ += text;
  out_ += '\n';
  // Each emitted line advances the compiler's idea of the current line; embedded text with
  // its own #line directives (function literals) leaves it unknown.
  if (text.find("\n#line") != std::string::npos || text.find("#line") == 0)
    lastLine_ = 0;
  else if (lastLine_)
    lastLine_ += 1 + static_cast<unsigned>(std::count(text.begin(), text.end(), '\n'));
}

void CppWriter::at(unsigned srcLine) {
  if (!lines_ || srcLine == 0)
    return;
  pendingLine_ = true;
  pending_ = srcLine;
}

} // namespace minigo
