// This file implements Diagnostics: recording errors (one per line, which also suppresses
// cascades) and printing them in position order through llvm::SourceMgr, so that each error
// reads `file.mg:3:5: error: msg` followed by the source line and a caret, as clang prints.
#include "frontend/diagnostics.h"

#include "frontend/source_file.h"

#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>

namespace minigo {

void Diagnostics::error(Pos pos, std::string message) {
  // A safety net for cascades the checker did not absorb, as types2 has: once an error was
  // reported, a message that mentions an invalid type or operand (not at its start) follows
  // from an earlier error.
  size_t it = message.find("invalid type"), io = message.find("invalid operand");
  if (!diags_.empty() &&
      ((it != std::string::npos && it > 0) || (io != std::string::npos && io > 0)))
    return;
  if (pos.line != 0) {
    if (!lines_.insert(pos.line).second)
      return;
  } else {
    for (const Diagnostic& d : diags_)
      if (d.pos.line == 0 && d.message == message)
        return;
  }
  diags_.push_back(Diagnostic{pos, std::move(message)});
}

void Diagnostics::print(llvm::raw_ostream& os) const {
  std::vector<Diagnostic> sorted = diags_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });

  size_t printed = 0;
  for (const Diagnostic& d : sorted) {
    if (limit_ != 0 && printed == limit_) {
      os << "too many errors\n";
      break;
    }
    ++printed;
    if (d.pos.line == 0) {
      os << file_->path() << ": error: " << d.message << "\n";
      continue;
    }
    // One small buffer per diagnostic holding just the offending line: SourceMgr then
    // renders the line and the caret; the location prefix is ours (line numbers of the
    // whole file, byte columns).
    std::string_view lineText = file_->lineText(d.pos.line);
    std::string buffer(lineText);
    buffer += '\n';
    size_t col = d.pos.col == 0 ? 0 : d.pos.col - 1;
    if (col > lineText.size())
      col = lineText.size();
    llvm::SourceMgr sm;
    sm.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(buffer, file_->path()),
                          llvm::SMLoc());
    const char* start = sm.getMemoryBuffer(1)->getBufferStart();
    // The location prefix is printed here so that it shows the real column even when the
    // caret has to be clamped to the end of the line.
    os << file_->path() << ":" << d.pos.line << ":" << d.pos.col << ": ";
    llvm::SMDiagnostic diag(sm, llvm::SMLoc::getFromPointer(start + col), "",
                            static_cast<int>(d.pos.line), static_cast<int>(col),
                            llvm::SourceMgr::DK_Error, d.message, lineText, {});
    diag.print(nullptr, os, /*ShowColors=*/false);
  }
}

} // namespace minigo
