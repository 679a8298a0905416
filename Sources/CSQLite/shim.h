#include <sqlite3.h>

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation. Returns SQLITE_MISUSE when
/// SQLite is already initialised, because the setting applies only before that.
static inline int tend_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
