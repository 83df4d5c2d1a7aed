package io.github.berth.engine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How each official image's server stamps its log lines (in UTC, as in a container), shared by what the
 * server writes when it starts, on Ctrl-C and on {@code docker stop}.
 */
final class LogTimes {
    private LogTimes() {}

    /**
     * The HTTP {@code Date} header every server here writes (RFC 9110's IMF-fixdate, a two-digit day:
     * nginx's ngx_http_time, httpd's apr_rfc822_date, Python's email.utils.formatdate):
     * {@code Mon, 05 Jan 2026 09:00:02 GMT}. Java's RFC_1123_DATE_TIME would write {@code 5 Jan}.
     */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    /** nginx's error log: {@code 2026/01/05 09:00:02}. */
    static final DateTimeFormatter NGINX = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneOffset.UTC);
    /** httpd's error log: {@code Mon Jan 05 09:00:02.000000 2026}. */
    static final DateTimeFormatter APACHE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    /** redis-server: {@code 05 Jan 2026 09:00:02.000}. */
    static final DateTimeFormatter REDIS = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** postgres: {@code 2026-01-05 09:00:02.000 UTC}. */
    static final DateTimeFormatter POSTGRES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    /** mysqld: {@code 2026-01-05T09:00:02.000000Z}. */
    static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
}
