// This file implements exact compile-time constants, as Go's go/constant does: untyped
// integer constants are arbitrary-precision integers (APSInt, 2304 bits wide, limited to
// 512 bits of magnitude like Go's compiler), floating-point constants are exact fractions
// while numerator and denominator stay small (as go/constant keeps rationals: 0.1+0.2 == 0.3
// holds), else IEEE quad precision (APFloat), plus booleans and strings.
#pragma once

#include "frontend/ast.h"

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APSInt.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace minigo {

enum class BasicKind;

class Constant {
public:
  enum Kind { Bool, String, Int, Float };
  Kind kind;
  bool boolVal = false;
  std::string strVal;
  llvm::APSInt intVal;
  llvm::APFloat floatVal{llvm::APFloat::IEEEquad()}; // a Float's value (rounded when exact)
  // A Float that is exactly num/den (den > 0, lowest terms); floatVal is then its rounding.
  bool exact = false;
  llvm::APSInt num, den;

  // Wide enough for the product of two exact fractions' parts (kRatBits in constant.cpp):
  // Go's constants hold 256-bit mantissas at float64's range (max64 + ulp64/2 - 2^768).
  static constexpr unsigned kIntWidth = 2304;
  static constexpr unsigned kMaxBits = 512; // larger magnitudes are "constant overflow"

  explicit Constant(Kind k) : kind(k) {}

  bool isIntegral() const; // an Int, or a Float with an integral value
  // Go's way of showing a constant in a message: 300, 1.5, 1e+100, "s", true.
  std::string toString() const;
  // The value as int64/uint64/double, when it fits.
  std::optional<int64_t> toInt64() const;
  std::optional<uint64_t> toUint64() const;
  double toDouble() const;
};

// Creates and combines constants; owns them.
class ConstantPool {
public:
  const Constant* makeBool(bool b);
  const Constant* makeString(std::string s);
  const Constant* makeInt(int64_t v);
  const Constant* makeInt(const llvm::APSInt& v); // any width; extended to kIntWidth
  const Constant* makeFloat(const llvm::APFloat& v);
  const Constant* makeFloat(double d);
  // num/den as an exact Float, or null when the reduced fraction is too large to keep.
  const Constant* makeRat(llvm::APSInt num, llvm::APSInt den);

  // Parses a literal as written in source ("0x_1F", "1e3", "'\\n'", "`raw`").
  // Returns null and sets `error` on a malformed literal.
  const Constant* fromLiteral(LitKind kind, const std::string& text, std::string& error);

  const Constant* toFloat(const Constant* c);
  // Null when c is a Float with a fractional part.
  const Constant* toInt(const Constant* c);

  // x op y for arithmetic, bitwise and logical ops. `intDivision` selects truncated integer
  // division for `/` when both operands are integer constants. Returns null and sets error
  // ("division by zero", "constant overflow") when undefined.
  const Constant* binaryOp(Op op, const Constant* x, const Constant* y, bool intDivision,
                           std::string& error);
  const Constant* shift(Op op, const Constant* x, uint64_t s, std::string& error);
  bool compare(Op op, const Constant* x, const Constant* y);
  // unary + - ^ !; for ^ on a typed unsigned constant, `unsignedBits` gives its size.
  const Constant* unaryOp(Op op, const Constant* x, unsigned unsignedBits, std::string& error);

  // Whether c can be represented in basic kind `k`; on success `rounded` receives the value
  // as stored (floats rounded to float32/float64).
  bool representable(const Constant* c, BasicKind k, const Constant** rounded);

private:
  Constant* fresh(Constant::Kind k);
  std::deque<std::unique_ptr<Constant>> pool_;
};

} // namespace minigo
