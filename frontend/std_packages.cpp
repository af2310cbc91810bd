// This file implements the standard-library packages minigo supports, declared in Go syntax
// (signatures without bodies) and checked by the same checker as user code. The runtime
// implements each function as mg::<package>::<Name>; docs/stdlib.md lists what is supported.
#include "frontend/checker.h"
#include "frontend/parser.h"

#include <llvm/Support/raw_ostream.h>

namespace minigo {

namespace {

struct StdPackage {
  const char* path;
  const char* source;
};

const StdPackage kStdPackages[] = {
    {"fmt", R"go(package fmt
import "io"
type Stringer interface { String() string }
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
)go"},
    {"io", R"go(package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
var EOF error
var ErrUnexpectedEOF error
)go"},
    {"os", R"go(package os
type File struct { fd int }
type FileMode uint32
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Read(b []byte) (n int, err error)
var Args []string
var Stdin, Stdout, Stderr *File
func Exit(code int)
func Getenv(key string) string
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
type PathError struct {
	Op string
	Path string
	Err error
}
func (e *PathError) Error() string
func (e *PathError) Unwrap() error
var ErrNotExist, ErrExist, ErrPermission error
)go"},
    {"errors", R"go(package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
)go"},
    {"runtime", R"go(package runtime
type Error interface {
	error
	RuntimeError()
}
func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
)go"},
    {"sync", R"go(package sync
type Locker interface { Lock(); Unlock() }
type Mutex struct { state int32; sema uint32 }
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct { w Mutex; readerCount int32 }
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
type WaitGroup struct { state uint64; sema uint32 }
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
type Once struct { done uint32; m Mutex }
func (o *Once) Do(f func())
type Cond struct { L Locker; waiters uint32 }
func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()
)go"},
    {"sync/atomic", R"go(package atomic
func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
type Int32 struct { v int32 }
func (x *Int32) Load() int32
func (x *Int32) Store(val int32)
func (x *Int32) Add(delta int32) (new int32)
func (x *Int32) Swap(new int32) (old int32)
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)
type Int64 struct { v int64 }
func (x *Int64) Load() int64
func (x *Int64) Store(val int64)
func (x *Int64) Add(delta int64) (new int64)
func (x *Int64) Swap(new int64) (old int64)
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)
type Uint32 struct { v uint32 }
func (x *Uint32) Load() uint32
func (x *Uint32) Store(val uint32)
func (x *Uint32) Add(delta uint32) (new uint32)
func (x *Uint32) Swap(new uint32) (old uint32)
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)
type Uint64 struct { v uint64 }
func (x *Uint64) Load() uint64
func (x *Uint64) Store(val uint64)
func (x *Uint64) Add(delta uint64) (new uint64)
func (x *Uint64) Swap(new uint64) (old uint64)
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)
type Bool struct { v uint32 }
func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Bool) Swap(new bool) (old bool)
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)
type Value struct { v any }
func (v *Value) Load() (val any)
func (v *Value) Store(val any)
func (v *Value) Swap(new any) (old any)
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
)go"},
    {"time", R"go(package time
type Duration int64
const (
	Nanosecond Duration = 1
	Microsecond = 1000 * Nanosecond
	Millisecond = 1000 * Microsecond
	Second = 1000 * Millisecond
	Minute = 60 * Second
	Hour = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
type Month int
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)
func (m Month) String() string
type Weekday int
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)
func (d Weekday) String() string
const (
	ANSIC = "Mon Jan _2 15:04:05 2006"
	UnixDate = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822 = "02 Jan 06 15:04 MST"
	RFC822Z = "02 Jan 06 15:04 -0700"
	RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339 = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen = "3:04PM"
	Stamp = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano = "Jan _2 15:04:05.000000000"
	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
)
type Location struct { name string; offset int; local bool }
var UTC *Location
var Local *Location
func (l *Location) String() string
func FixedZone(name string, offset int) *Location
type Time struct { wall uint64; ext int64; loc *Location }
func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) Zone() (name string, offset int)
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) In(loc *Location) Time
func (t Time) Location() *Location
func (t Time) Format(layout string) string
func (t Time) String() string
func (t Time) GoString() string
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Sleep(d Duration)
type Timer struct { C <-chan Time; r int }
func NewTimer(d Duration) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time
func AfterFunc(d Duration, f func()) *Timer
type Ticker struct { C <-chan Time; r int }
func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time
)go"},
    {"context", R"go(package context
import "time"
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}
type CancelFunc func()
var Canceled error
var DeadlineExceeded error
func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
)go"},
    {"strings", R"go(package strings
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func EqualFold(s, t string) bool
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexFunc(s string, f func(rune) bool) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func Map(mapping func(rune) rune, s string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func Trim(s, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeft(s, cutset string) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string
func Compare(a, b string) int
type Builder struct { buf []byte }
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
type Replacer struct { r int }
func NewReplacer(oldnew ...string) *Replacer
func (r *Replacer) Replace(s string) string
type Reader struct { s string; i int64 }
func NewReader(s string) *Reader
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) Len() int
func (r *Reader) Size() int64
)go"},
    {"strconv", R"go(package strconv
var ErrSyntax error
var ErrRange error
type NumError struct {
	Func string
	Num string
	Err error
}
func (e *NumError) Error() string
func (e *NumError) Unwrap() error
func Itoa(i int) string
func Atoi(s string) (int, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func Unquote(s string) (string, error)
func AppendInt(dst []byte, i int64, base int) []byte
)go"},
    {"math", R"go(package math
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848338354476106911296455738186889
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)
const (
	intSize = 64
	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)
func Abs(x float64) float64
func Ceil(x float64) float64
func Floor(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Trunc(x float64) float64
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Dim(x, y float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func NaN() float64
func IsNaN(f float64) (is bool)
func Signbit(x float64) bool
func Copysign(f, sign float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Hypot(p, q float64) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
)go"},
    {"math/rand", R"go(package rand
type Source interface {
	Int63() int64
	Seed(seed int64)
}
type Rand struct { src Source }
func NewSource(seed int64) Source
func New(src Source) *Rand
func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func (r *Rand) Int63() int64
func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)
)go"},
    {"sort", R"go(package sort
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool
func Reverse(data Interface) Interface
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func IntsAreSorted(x []int) bool
func StringsAreSorted(x []string) bool
func Float64sAreSorted(x []float64) bool
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
func SearchStrings(a []string, x string) int
func SearchFloat64s(a []float64, x float64) int
)go"},
    {"unicode", R"go(package unicode
const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
)go"},
    {"unicode/utf8", R"go(package utf8
const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)
func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func RuneLen(r rune) int
func DecodeRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func ValidString(s string) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func RuneStart(b byte) bool
func FullRuneInString(s string) bool
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
)go"},
    {"bufio", R"go(package bufio
import "io"
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)
const MaxScanTokenSize = 64 * 1024
type Scanner struct { r io.Reader }
func NewScanner(r io.Reader) *Scanner
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Buffer(buf []byte, max int)
type Reader struct { rd io.Reader }
func NewReader(rd io.Reader) *Reader
func NewReaderSize(rd io.Reader, size int) *Reader
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) Read(p []byte) (n int, err error)
type Writer struct { wr io.Writer }
func NewWriter(w io.Writer) *Writer
func NewWriterSize(w io.Writer, size int) *Writer
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) Flush() error
func (b *Writer) Buffered() int
func (b *Writer) Available() int
)go"},
};

} // namespace

Package* Checker::importPackage(const std::string& path, Pos pos) {
  if (auto it = packages.find(path); it != packages.end())
    return it->second;
  const StdPackage* found = nullptr;
  for (const auto& p : kStdPackages)
    if (path == p.path)
      found = &p;
  if (!found) {
    error(pos, "package " + path + " is not supported by minigo");
    return nullptr;
  }
  auto src = SourceFile::fromString("<std:" + path + ">", found->source);
  Diagnostics pkgDiags(*src);
  File* file = parseFile(*src, comp.ast, pkgDiags);
  if (!file || pkgDiags.hasErrors()) {
    pkgDiags.print(llvm::errs());
    error(pos, "internal error: cannot load package " + path);
    return nullptr;
  }
  std::string name = file->packageName ? file->packageName->name : path;
  auto* p = new Package(path, name); // lives for the whole compilation
  p->scope = std::make_unique<Scope>(universe, "package");
  packages[path] = p;
  comp.imported[path] = p;
  Package* savedPkg = pkg;
  Scope* savedScope = scope;
  pkg = p;
  Scope* fileScope = objects.newScope(p->scope.get(), "file");
  collectPackageObjects(file, p, p->scope.get(), fileScope);
  checkPackageDecls(file, p, fileScope, /*isMain=*/false);
  pkg = savedPkg;
  scope = savedScope;
  // Keep the source alive: AST positions refer to it only for diagnostics, which are empty.
  static std::vector<std::unique_ptr<SourceFile>> keep;
  keep.push_back(std::move(src));
  return p;
}

} // namespace minigo
