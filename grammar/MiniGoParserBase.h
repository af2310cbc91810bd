// MiniGoParserBase: the base class of the generated MiniGoParser. It keeps Go's `xnest`
// counter, which decides whether a composite literal with a bare type name may appear
// (`if x == T{} {` is refused; `if x == (T{}) {` is fine). Headers of if/for/switch set it to
// -1; parentheses, brackets, braces of literal values and function bodies set it to 0. The
// grammar calls enter*/leave* in matched pairs around those constructs; a syntax error may
// skip a leave*, so the parser resets the counter before each parse.
#pragma once

#include "antlr4-runtime.h"

#include <vector>

class MiniGoParserBase : public antlr4::Parser {
public:
  explicit MiniGoParserBase(antlr4::TokenStream* input) : antlr4::Parser(input) {}

  // Forgets the nesting state (before a parse or a re-parse).
  void resetNesting() {
    xnest_ = 0;
    saved_.clear();
  }

protected:
  void enterHeader() { push(-1); }
  void leaveHeader() { pop(); }
  void enterNested() { push(0); }
  void leaveNested() { pop(); }
  bool compositeLitAllowed() const { return xnest_ >= 0; }

private:
  void push(int value) {
    saved_.push_back(xnest_);
    xnest_ = value;
  }
  void pop() {
    if (!saved_.empty()) {
      xnest_ = saved_.back();
      saved_.pop_back();
    }
  }

  int xnest_ = 0;
  std::vector<int> saved_;
};
