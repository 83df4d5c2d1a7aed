package io.github.berth.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * postgres 17.5's first start in the official image: initdb's report, then the server's log
 * lines. The temporary server's own lines between the two are left out.
 */
final class PostgresServer {

    private PostgresServer() {}

    static Servers.Plan plan(Servers.Launch at) {
        List<Servers.Line> log = new ArrayList<>();
        log.add(new Servers.Line(false, """
                The files belonging to this database system will be owned by user "postgres".
                This user must also own the server process.

                The database cluster will be initialized with locale "en_US.utf8".
                The default database encoding has accordingly been set to "UTF8".
                The default text search configuration will be set to "english".

                Data page checksums are disabled.

                fixing permissions on existing directory /var/lib/postgresql/data ... ok
                creating subdirectories ... ok
                selecting dynamic shared memory implementation ... posix
                selecting default "max_connections" ... 100
                selecting default "shared_buffers" ... 128MB
                selecting default time zone ... Etc/UTC
                creating configuration files ... ok
                running bootstrap script ... ok
                performing post-bootstrap initialization ... ok
                syncing data to disk ... ok


                Success. You can now start the database server using:

                    pg_ctl -D /var/lib/postgresql/data -l logfile start

                """));
        log.add(Servers.Line.out("PostgreSQL init process complete; ready for start up."));
        log.add(Servers.Line.out(""));
        String t = LogTimes.POSTGRES.format(at.now().plusMillis(1500));
        log.add(Servers.Line.err(t + " [1] LOG:  starting PostgreSQL 17.5 (Debian 17.5-1.pgdg120+1) on"
                + " x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit"));
        log.add(Servers.Line.err(t + " [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432"));
        log.add(Servers.Line.err(t + " [1] LOG:  listening on IPv6 address \"::\", port 5432"));
        log.add(Servers.Line.err(t + " [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\""));
        log.add(Servers.Line.err(t + " [64] LOG:  database system was shut down at " + LogTimes.POSTGRES.format(at.now().plusMillis(1400))));
        log.add(Servers.Line.err(t + " [1] LOG:  database system is ready to accept connections"));
        // an HTTP request is not a startup packet: the server logs it and closes the connection
        Servers.Site site = (method, path, agent, now, accessLog) -> {
            accessLog.add(Servers.Line.err(LogTimes.POSTGRES.format(now) + " [70] LOG:  invalid length of startup packet"));
            return new HttpReply.Closed();
        };
        return new Servers.Plan.Serve(log, 5432, site, List.of("postgres", "postgres: checkpointer ",
                "postgres: background writer ", "postgres: walwriter ", "postgres: autovacuum launcher ",
                "postgres: logical replication launcher "));
    }
}
