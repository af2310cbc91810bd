// Go's math package: the functions as mg::math::<Name> (thin wrappers where C's libm agrees
// with Go, explicit code where Go's special cases differ: Max/Min with NaN and signed zeros,
// Round half away from zero, Mod's sign), and the constants for runtime use (codegen folds
// Go constants itself).
#pragma once
#include <cmath>
#include <cstdint>
#include <limits>

namespace mg::math {

inline constexpr double Pi = 3.14159265358979323846264338327950288419716939937510582097494459;
inline constexpr double E = 2.71828182845904523536028747135266249775724709369995957496696763;
inline constexpr double Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974;
inline constexpr double Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009;
inline constexpr double MaxFloat64 = std::numeric_limits<double>::max();
inline constexpr double SmallestNonzeroFloat64 = 4.9406564584124654e-324;
inline constexpr double MaxFloat32 = 3.40282346638528859811704183484516925440e+38;
inline constexpr std::int64_t MaxInt = INT64_MAX, MinInt = INT64_MIN, MaxInt64 = INT64_MAX,
                              MinInt64 = INT64_MIN, MaxInt32 = INT32_MAX, MinInt32 = INT32_MIN,
                              MaxInt16 = INT16_MAX, MinInt16 = INT16_MIN, MaxInt8 = INT8_MAX,
                              MinInt8 = INT8_MIN;
inline constexpr std::uint64_t MaxUint64 = UINT64_MAX, MaxUint = UINT64_MAX;
inline constexpr std::uint32_t MaxUint32 = UINT32_MAX;
inline constexpr std::uint16_t MaxUint16 = UINT16_MAX;
inline constexpr std::uint8_t MaxUint8 = UINT8_MAX;

inline double Abs(double x) {
  return std::fabs(x);
}
inline double Ceil(double x) {
  return std::ceil(x);
}
inline double Floor(double x) {
  return std::floor(x);
}
inline double Trunc(double x) {
  return std::trunc(x);
}
inline double Round(double x) {
  return std::round(x);
}
inline double RoundToEven(double x) {
  return std::nearbyint(x);
}
inline double Sqrt(double x) {
  return std::sqrt(x);
}
// libm's cbrt can be an ulp off where Go's is exact (Cbrt(27) = 3); one Newton step on its
// result snaps perfect cubes to the exact root.
inline double Cbrt(double x) {
  double t = std::cbrt(x);
  if (t == 0 || !std::isfinite(t))
    return t;
  return t - (t * t * t - x) / (3 * t * t);
}
inline double Pow(double x, double y) {
  return std::pow(x, y);
}
inline double Exp(double x) {
  return std::exp(x);
}
inline double Exp2(double x) {
  return std::exp2(x);
}
inline double Log(double x) {
  return std::log(x);
}
inline double Log2(double x) {
  return std::log2(x);
}
inline double Log10(double x) {
  return std::log10(x);
}
inline double Log1p(double x) {
  return std::log1p(x);
}
inline double Mod(double x, double y) {
  return std::fmod(x, y);
}
inline double Remainder(double x, double y) {
  return std::remainder(x, y);
}
inline double Sin(double x) {
  return std::sin(x);
}
inline double Cos(double x) {
  return std::cos(x);
}
inline double Tan(double x) {
  return std::tan(x);
}
inline double Asin(double x) {
  return std::asin(x);
}
inline double Acos(double x) {
  return std::acos(x);
}
inline double Atan(double x) {
  return std::atan(x);
}
inline double Atan2(double y, double x) {
  return std::atan2(y, x);
}
inline double Sinh(double x) {
  return std::sinh(x);
}
inline double Cosh(double x) {
  return std::cosh(x);
}
inline double Tanh(double x) {
  return std::tanh(x);
}
inline double Hypot(double p, double q) {
  return std::hypot(p, q);
}
inline double Copysign(double f, double sign) {
  return std::copysign(f, sign);
}
inline bool Signbit(double x) {
  return std::signbit(x);
}
inline double Dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}
// Go: Max(x, +Inf) = +Inf, Max(x, NaN) = NaN, Max(+0, -0) = +0.
inline double Max(double x, double y) {
  if (std::isinf(x) && x > 0)
    return x;
  if (std::isinf(y) && y > 0)
    return y;
  if (std::isnan(x) || std::isnan(y))
    return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y)
    return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
inline double Min(double x, double y) {
  if (std::isinf(x) && x < 0)
    return x;
  if (std::isinf(y) && y < 0)
    return y;
  if (std::isnan(x) || std::isnan(y))
    return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y)
    return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
inline double Inf(std::int64_t sign) {
  return sign >= 0 ? std::numeric_limits<double>::infinity()
                   : -std::numeric_limits<double>::infinity();
}
inline bool IsInf(double f, std::int64_t sign) {
  return (sign >= 0 && f > std::numeric_limits<double>::max()) ||
         (sign <= 0 && f < -std::numeric_limits<double>::max());
}
inline double NaN() {
  return std::numeric_limits<double>::quiet_NaN();
}
inline bool IsNaN(double f) {
  return f != f;
}
inline std::uint64_t Float64bits(double f) {
  std::uint64_t u;
  __builtin_memcpy(&u, &f, 8);
  return u;
}
inline double Float64frombits(std::uint64_t u) {
  double f;
  __builtin_memcpy(&f, &u, 8);
  return f;
}
inline std::uint32_t Float32bits(float f) {
  std::uint32_t u;
  __builtin_memcpy(&u, &f, 4);
  return u;
}
inline float Float32frombits(std::uint32_t u) {
  float f;
  __builtin_memcpy(&f, &u, 4);
  return f;
}

} // namespace mg::math
