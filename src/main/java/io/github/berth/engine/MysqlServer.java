package io.github.berth.engine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * docker-library/mysql's docker-entrypoint.sh for mysqld (innovation, 9.3.0): its notes, the
 * error without a root password option (mysql_error: exit 1), or the first start. The server's
 * own InnoDB lines during initialisation are left out.
 */
final class MysqlServer {
    private static final DateTimeFormatter ENTRYPOINT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private MysqlServer() {}

    static Servers.Plan plan(Servers.Launch at) {
        String t = ENTRYPOINT.format(at.now());
        String version = at.env().getOrDefault("MYSQL_VERSION", "9.3.0-1.el9");
        List<Servers.Line> log = new ArrayList<>();
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Entrypoint script for MySQL Server " + version + " started."));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Switching to dedicated user 'mysql'"));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Entrypoint script for MySQL Server " + version + " started."));
        boolean hasPassword = !at.env().getOrDefault("MYSQL_ROOT_PASSWORD", "").isEmpty()
                || !at.env().getOrDefault("MYSQL_ALLOW_EMPTY_PASSWORD", "").isEmpty()
                || !at.env().getOrDefault("MYSQL_RANDOM_ROOT_PASSWORD", "").isEmpty();
        if (!hasPassword) {
            log.add(new Servers.Line(true, t + " [ERROR] [Entrypoint]: Database is uninitialized and password option"
                    + " is not specified\n"
                    + "    You need to specify one of the following as an environment variable:\n"
                    + "    - MYSQL_ROOT_PASSWORD\n"
                    + "    - MYSQL_ALLOW_EMPTY_PASSWORD\n"
                    + "    - MYSQL_RANDOM_ROOT_PASSWORD\n"));
            return new Servers.Plan.Exit(1, log);
        }
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Initializing database files"));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Database files initialized"));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Starting temporary server"));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Temporary server started."));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Stopping temporary server"));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: Temporary server stopped"));
        log.add(Servers.Line.out(""));
        log.add(Servers.Line.out(t + " [Note] [Entrypoint]: MySQL init process done. Ready for start up."));
        log.add(Servers.Line.out(""));
        String s = LogTimes.MYSQL.format(at.now());
        log.add(Servers.Line.err(s + " 0 [System] [MY-015015] [Server] MySQL Server - start."));
        log.add(Servers.Line.err(s + " 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 9.3.0) starting as"
                + " process 1"));
        log.add(Servers.Line.err(s + " 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address:"
                + " '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"));
        log.add(Servers.Line.err(s + " 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections."
                + " Version: '9.3.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."));
        // the server speaks first: its binary greeting is not HTTP
        Servers.Site site = (method, path, agent, now, accessLog) -> new HttpReply.Raw("J\0\0\0\n9.3.0\0");
        return new Servers.Plan.Serve(log, 3306, site, List.of("mysqld"));
    }
}
