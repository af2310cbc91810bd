// The one header generated programs include: every part of the runtime that generated C++
// calls (values, panics, fmt, goroutines, channels, select, timers, sync, and the supported
// standard-library packages).
#pragma once

#include <cstddef>
#include <cstdint>
#include <tuple>

#include "minigo/gc.h"
#include "minigo/panic.h"
#include "minigo/ops.h"
#include "minigo/string.h"
#include "minigo/slice.h"
#include "minigo/array.h"
#include "minigo/map.h"
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/typeinfo.h"
#include "minigo/rterror.h"
#include "minigo/convert.h"
#include "minigo/defer.h"
#include "minigo/print.h"
#include "minigo/fmt.h"
#include "minigo/os.h"
#include "minigo/pkg_os.h"
#include "minigo/errors.h"
#include "minigo/strconv.h"
#include "minigo/sched.h"
#include "minigo/chan.h"
#include "minigo/select.h"
#include "minigo/time.h"
#include "minigo/sync.h"
#include "minigo/time_fmt.h"
#include "minigo/unicode.h"
#include "minigo/rand.h"
#include "minigo/math.h"
#include "minigo/sort.h"
#include "minigo/bufio.h"
#include "minigo/strings.h"
#include "minigo/context.h"
#include "minigo/atomic.h"
#include "minigo/pkg_runtime.h"
