#include <sys/types.h>
#include <sys/socket.h>
#include <stdarg.h>
#include <stdint.h>
#include <microhttpd.h>

/* Returns the port the daemon listens on, or 0 when libmicrohttpd cannot tell.
 * MHD_get_daemon_info is variadic, so Swift does not import it; this
 * non-variadic wrapper makes the bound port readable after binding to port 0. */
static inline uint16_t tend_mhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return (NULL == info) ? 0 : info->port;
}
