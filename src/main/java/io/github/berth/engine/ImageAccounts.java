package io.github.berth.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The /etc/passwd and /etc/group of the official images beyond alpine's (which
 * {@link OfficialImages} keeps): the base distribution's accounts (Debian's base-passwd, with
 * apt's {@code _apt}; Oracle Linux's setup package; buildroot's skeleton for busybox) and the
 * lines each image's Dockerfile adds with useradd/groupadd (Debian's defaults: no home made,
 * {@code /home/NAME} and {@code /bin/sh} unless given) or busybox's adduser/addgroup:
 * nginxinc/docker-nginx (nginx 101), docker-library/redis (redis 999), docker-library/postgres
 * (postgres 999), docker-library/mysql (mysql 999), nodejs/docker-node (node 1000). So {@code -u
 * nginx}, {@code id}, {@code whoami}, {@code ls -l} and the prompt find names as they do in the
 * real images.
 */
final class ImageAccounts {
    private ImageAccounts() {}

    /** Debian bookworm's base-passwd 3.6.1 and apt's _apt (uid 42): debian:12, and the images built on it. */
    static final String BOOKWORM_PASSWD = """
            root:x:0:0:root:/root:/bin/bash
            daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
            bin:x:2:2:bin:/bin:/usr/sbin/nologin
            sys:x:3:3:sys:/dev:/usr/sbin/nologin
            sync:x:4:65534:sync:/bin:/bin/sync
            games:x:5:60:games:/usr/games:/usr/sbin/nologin
            man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
            lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
            mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
            news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
            uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
            proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
            www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
            backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
            list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
            irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
            _apt:x:42:65534::/nonexistent:/usr/sbin/nologin
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            """;
    static final String BOOKWORM_GROUP = """
            root:x:0:
            daemon:x:1:
            bin:x:2:
            sys:x:3:
            adm:x:4:
            tty:x:5:
            disk:x:6:
            lp:x:7:
            mail:x:8:
            news:x:9:
            uucp:x:10:
            man:x:12:
            proxy:x:13:
            kmem:x:15:
            dialout:x:20:
            fax:x:21:
            voice:x:22:
            cdrom:x:24:
            floppy:x:25:
            tape:x:26:
            sudo:x:27:
            audio:x:29:
            dip:x:30:
            www-data:x:33:
            backup:x:34:
            operator:x:37:
            list:x:38:
            irc:x:39:
            src:x:40:
            shadow:x:42:
            utmp:x:43:
            video:x:44:
            sasl:x:45:
            plugdev:x:46:
            staff:x:50:
            games:x:60:
            users:x:100:
            nogroup:x:65534:
            """;

    /** Ubuntu 22.04 (base-passwd 3.5.52: gnats still there, _apt 100). */
    static final String JAMMY_PASSWD = BOOKWORM_PASSWD
            .replace("_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n", "")
            .replace("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n",
                    "gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n"
                            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
                            + "_apt:x:100:65534::/nonexistent:/usr/sbin/nologin\n");
    static final String JAMMY_GROUP = BOOKWORM_GROUP.replace("src:x:40:\n", "src:x:40:\ngnats:x:41:\n");

    /** Ubuntu 16.04: ircd under /var/run, _apt with /bin/false. */
    static final String XENIAL_PASSWD = JAMMY_PASSWD.replace("/run/ircd", "/var/run/ircd")
            .replace("_apt:x:100:65534::/nonexistent:/usr/sbin/nologin", "_apt:x:100:65534::/nonexistent:/bin/false");

    /** Ubuntu 24.04: bookworm's accounts and the image's own user, ubuntu (1000). */
    static final String NOBLE_PASSWD = BOOKWORM_PASSWD + "ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n";
    static final String NOBLE_GROUP = BOOKWORM_GROUP + "ubuntu:x:1000:\n";

    /** Oracle Linux 9's setup package (mysql's base, oraclelinux:9-slim). */
    static final String ORACLE_PASSWD = """
            root:x:0:0:root:/root:/bin/bash
            bin:x:1:1:bin:/bin:/sbin/nologin
            daemon:x:2:2:daemon:/sbin:/sbin/nologin
            adm:x:3:4:adm:/var/adm:/sbin/nologin
            lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
            sync:x:5:0:sync:/sbin:/bin/sync
            shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
            halt:x:7:0:halt:/sbin:/sbin/halt
            mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
            operator:x:11:0:operator:/root:/sbin/nologin
            games:x:12:100:games:/usr/games:/sbin/nologin
            ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
            nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin
            """;
    static final String ORACLE_GROUP = """
            root:x:0:
            bin:x:1:
            daemon:x:2:
            sys:x:3:
            adm:x:4:
            tty:x:5:
            disk:x:6:
            lp:x:7:
            mem:x:8:
            kmem:x:9:
            wheel:x:10:
            cdrom:x:11:
            mail:x:12:
            man:x:15:
            dialout:x:18:
            floppy:x:19:
            games:x:20:
            tape:x:33:
            video:x:39:
            ftp:x:50:
            lock:x:54:
            audio:x:63:
            users:x:100:
            nobody:x:65534:
            """;

    /** buildroot's system/skeleton/etc/passwd and group, which the busybox image copies in. */
    static final String BUILDROOT_PASSWD = """
            root:x:0:0:root:/root:/bin/sh
            daemon:x:1:1:daemon:/usr/sbin:/bin/false
            bin:x:2:2:bin:/bin:/bin/false
            sys:x:3:3:sys:/dev:/bin/false
            sync:x:4:100:sync:/bin:/bin/sync
            mail:x:8:8:mail:/var/spool/mail:/bin/false
            www-data:x:33:33:www-data:/var/www:/bin/false
            operator:x:37:37:Operator:/var:/bin/false
            nobody:x:65534:65534:nobody:/home:/bin/false
            """;
    static final String BUILDROOT_GROUP = """
            root:x:0:
            daemon:x:1:
            bin:x:2:
            sys:x:3:
            adm:x:4:
            tty:x:5:
            disk:x:6:
            lp:x:7:
            mail:x:8:
            kmem:x:9:
            wheel:x:10:root
            cdrom:x:11:
            dialout:x:18:
            floppy:x:19:
            video:x:28:
            audio:x:29:
            tape:x:32:
            www-data:x:33:
            operator:x:37:
            utmp:x:43:
            plugdev:x:46:
            staff:x:50:
            lock:x:54:
            netdev:x:82:
            users:x:100:
            nobody:x:65534:
            """;

    /**
     * The image's files with its /etc/passwd and /etc/group added, by the repository and tag it
     * was first listed under ({@code nginx:alpine}, {@code ubuntu:24.04}, ...); images berth has
     * no accounts for are returned as they were.
     */
    static Map<String, String> withAccounts(String reference, Map<String, String> files) {
        String[] accounts = accounts(reference);
        if (accounts == null) {
            return files;
        }
        Map<String, String> all = new LinkedHashMap<>(files);
        all.put("/etc/passwd", accounts[0]);
        all.put("/etc/group", accounts[1]);
        return all;
    }

    /** A directory the image's Dockerfile makes for its user: owner, group and mode. */
    record OwnedDir(int uid, int gid, int mode) {}

    /**
     * The directories the images make for their users (useradd --create-home, the Dockerfiles'
     * mkdir/chown/install lines), by path.
     */
    static Map<String, OwnedDir> ownedDirs(String reference) {
        String repo = reference.contains(":") ? reference.substring(0, reference.indexOf(':')) : reference;
        String tag = reference.contains(":") ? reference.substring(reference.indexOf(':') + 1) : "latest";
        Map<String, OwnedDir> dirs = new LinkedHashMap<>();
        switch (repo) {
            case "node" -> dirs.put("/home/node", new OwnedDir(1000, 1000, 0755));
            case "ubuntu" -> {
                if (!tag.startsWith("16.04") && !tag.startsWith("22.04")) {
                    dirs.put("/home/ubuntu", new OwnedDir(1000, 1000, 0750)); // login.defs HOME_MODE 0750
                }
            }
            case "redis" -> dirs.put("/data", new OwnedDir(999, 999, 0755)); // mkdir /data && chown redis:redis /data
            case "postgres" -> {
                dirs.put("/var/lib/postgresql", new OwnedDir(999, 999, 01777));
                dirs.put("/var/lib/postgresql/data", new OwnedDir(999, 999, 01777));
                dirs.put("/var/run/postgresql", new OwnedDir(999, 999, 03777));
            }
            case "mysql" -> {
                dirs.put("/var/lib/mysql", new OwnedDir(999, 999, 01777));
                dirs.put("/var/run/mysqld", new OwnedDir(999, 999, 01777));
            }
            default -> { }
        }
        return dirs;
    }

    private static String[] accounts(String reference) {
        String repo = reference.contains(":") ? reference.substring(0, reference.indexOf(':')) : reference;
        String tag = reference.contains(":") ? reference.substring(reference.indexOf(':') + 1) : "latest";
        switch (repo) {
            case "ubuntu":
                return tag.startsWith("16.04") ? new String[] {XENIAL_PASSWD, JAMMY_GROUP}
                        : tag.startsWith("22.04") ? new String[] {JAMMY_PASSWD, JAMMY_GROUP}
                        : new String[] {NOBLE_PASSWD, NOBLE_GROUP};
            case "debian":
            case "python":
            case "httpd":
                return new String[] {BOOKWORM_PASSWD, BOOKWORM_GROUP};
            case "nginx":
                if (tag.contains("alpine")) {
                    // adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx
                    return new String[] {OfficialImages.ALPINE_PASSWD + "nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n",
                            OfficialImages.ALPINE_GROUP + "nginx:x:101:nginx\n"};
                }
                // useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx
                return new String[] {BOOKWORM_PASSWD + "nginx:x:101:101:nginx user:/nonexistent:/bin/false\n",
                        BOOKWORM_GROUP + "nginx:x:101:\n"};
            case "redis":
                // useradd -r -g redis -u 999 redis (Debian's defaults: /home/redis, /bin/sh)
                return new String[] {BOOKWORM_PASSWD + "redis:x:999:999::/home/redis:/bin/sh\n",
                        BOOKWORM_GROUP + "redis:x:999:\n"};
            case "postgres":
                // useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres;
                // postgresql-common's postinst puts postgres in ssl-cert
                return new String[] {BOOKWORM_PASSWD + "postgres:x:999:999::/var/lib/postgresql:/bin/bash\n",
                        BOOKWORM_GROUP + "postgres:x:999:\nssl-cert:x:101:postgres\n"};
            case "mysql":
                // useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql
                return new String[] {ORACLE_PASSWD + "mysql:x:999:999::/var/lib/mysql:/bin/bash\n",
                        ORACLE_GROUP + "mysql:x:999:\n"};
            case "node":
                // useradd --uid 1000 --gid node --shell /bin/bash --create-home node
                return new String[] {BOOKWORM_PASSWD + "node:x:1000:1000::/home/node:/bin/bash\n",
                        BOOKWORM_GROUP + "node:x:1000:\n"};
            case "busybox":
                return new String[] {BUILDROOT_PASSWD, BUILDROOT_GROUP};
            default:
                return null;
        }
    }
}
