package io.github.berth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official images beyond hello-world, alpine and busybox, linux/amd64. Config (Env in the
 * order the image's config keeps it, Entrypoint, Cmd, WorkingDir, ExposedPorts, StopSignal) comes
 * from each image's Dockerfile at the commit docker-library/official-images' library file named
 * around June 2025 (official-images f26e5d3, 2025-06-05), or, where that commit was not
 * available offline, the newest Dockerfile that was: python 3.12.11 and 3.13.4 (docker-library/python
 * a25c9ad, c9ebb15), node 22.16.0 and 24.1.0 (nodejs/docker-node 292dea0), httpd 2.4.63
 * (docker-library/httpd 329f85a), postgres 17.5 (docker-library/postgres d9c4773), mysql 9.3.0
 * (docker-library/mysql 1b9d0c1); nginx 1.27.4 (nginxinc/docker-nginx b430bec, the newest
 * available: the library file names 1.27.5) and redis 7.4.1 (redis/docker-library-redis e5650da,
 * the newest available: the library file names 8.0.2). ubuntu and debian are rootfs imports
 * (Cmd /bin/bash and bash). Image ids, digests, layer ids, sizes and creation times cannot be
 * looked up offline: they are derived from the reference, plausible but not Docker Hub's.
 */
final class OfficialImages {
    private static final String PATH = HubImages.DEFAULT_PATH;

    private OfficialImages() {}

    /** An image and its files other than executables ({@code /etc/os-release}, web roots). */
    record Entry(HubImage image, Map<String, String> files) {}

    static List<HubImage> all() {
        return entries().stream().map(Entry::image).toList();
    }

    static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        Entry noble = image("ubuntu:24.04", 1, 78_100_000L, 1748512800L /* 2025-05-29T10:00:00Z */,
                ubuntuLabels(new ImageConfig(List.of("PATH=" + PATH), null, List.of("/bin/bash"), ""), "24.04"),
                debianBase(false), osRelease(UBUNTU_2404));
        all.add(noble);
        all.add(alias(noble, "ubuntu:latest"));
        all.add(alias(noble, "ubuntu:noble"));
        Entry jammy = image("ubuntu:22.04", 1, 77_900_000L, 1748599200L /* 2025-05-30T10:00:00Z */,
                ubuntuLabels(new ImageConfig(List.of("PATH=" + PATH), null, List.of("/bin/bash"), ""), "22.04"),
                debianBase(false), osRelease(UBUNTU_2204));
        all.add(jammy);
        all.add(alias(jammy, "ubuntu:jammy"));
        Entry xenial = image("ubuntu:16.04", 4, 135_000_000L, 1630372890L /* 2021-08-31T01:21:30Z */,
                new ImageConfig(List.of("PATH=" + PATH), null, List.of("/bin/bash"), ""), debianBase(false),
                osRelease(UBUNTU_1604));
        all.add(xenial);
        all.add(alias(xenial, "ubuntu:xenial"));
        Entry bookworm = image("debian:bookworm", 1, 117_000_000L, 1747699200L /* 2025-05-20T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH), null, List.of("bash"), ""), debianBase(false),
                osRelease(DEBIAN_12));
        all.add(bookworm);
        all.add(alias(bookworm, "debian:latest"));
        all.add(alias(bookworm, "debian:12"));

        // docker-library/python 3.12/bookworm (FROM buildpack-deps:bookworm) and slim-bookworm
        List<String> py312 = List.of("PATH=/usr/local/bin:" + PATH, "LANG=C.UTF-8",
                "GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305", "PYTHON_VERSION=3.12.11",
                "PYTHON_SHA256=c30bb24b7f1e9a19b11b55a546434f74e739bb4c271a3e3a80ff4380d49f7adb");
        Entry python312 = image("python:3.12", 8, 1_020_000_000L, 1748995200L /* 2025-06-04T00:00:00Z */,
                new ImageConfig(py312, null, List.of("python3"), ""), python("3.12", debianBase(true)),
                osRelease(DEBIAN_12));
        all.add(python312);
        all.add(alias(python312, "python:3.12-bookworm"));
        all.add(alias(python312, "python:3.12.11"));
        Entry python312slim = image("python:3.12-slim", 4, 124_000_000L, 1748995200L /* 2025-06-04T00:00:00Z */,
                new ImageConfig(py312, null, List.of("python3"), ""), python("3.12", debianBase(false)),
                osRelease(DEBIAN_12));
        all.add(python312slim);
        all.add(alias(python312slim, "python:3.12-slim-bookworm"));
        // 3.13/bookworm: no LANG (Python 3.13's Dockerfile dropped it)
        Entry python313 = image("python:3.13", 8, 1_020_000_000L, 1748995200L /* 2025-06-04T00:00:00Z */,
                new ImageConfig(List.of("PATH=/usr/local/bin:" + PATH,
                        "GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305", "PYTHON_VERSION=3.13.4",
                        "PYTHON_SHA256=27b15a797562a2971dce3ffe31bb216042ce0b995b39d768cf15f784cc757365"),
                        null, List.of("python3"), ""), python("3.13", debianBase(true)), osRelease(DEBIAN_12));
        all.add(python313);
        all.add(alias(python313, "python:latest"));
        all.add(alias(python313, "python:3"));

        // nodejs/docker-node 22/bookworm and 24/bookworm (FROM buildpack-deps:bookworm)
        Entry node22 = image("node:22", 8, 1_120_000_000L, 1747785600L /* 2025-05-21T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "NODE_VERSION=22.16.0", "YARN_VERSION=1.22.22"),
                        List.of("docker-entrypoint.sh"), List.of("node"), ""), node(), osRelease(DEBIAN_12));
        all.add(node22);
        all.add(alias(node22, "node:lts"));
        all.add(alias(node22, "node:22-bookworm"));
        all.add(alias(node22, "node:22.16.0"));
        Entry node24 = image("node:24", 8, 1_130_000_000L, 1747785600L /* 2025-05-21T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "NODE_VERSION=24.1.0", "YARN_VERSION=1.22.22"),
                        List.of("docker-entrypoint.sh"), List.of("node"), ""), node(), osRelease(DEBIAN_12));
        all.add(node24);
        all.add(alias(node24, "node:latest"));
        all.add(alias(node24, "node:current"));

        // nginxinc/docker-nginx mainline/debian and mainline/alpine
        Entry nginx = image("nginx:latest", 7, 192_000_000L, 1738713600L /* 2025-02-05T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "NGINX_VERSION=1.27.4", "NJS_VERSION=0.8.9",
                        "NJS_RELEASE=1~bookworm", "PKG_RELEASE=1~bookworm", "DYNPKG_RELEASE=1~bookworm"),
                        List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"), "",
                        List.of("80/tcp"), "SIGQUIT").withLabels(NGINX_LABELS), nginx(debianBase(false)),
                nginxFiles(DEBIAN_12));
        all.add(nginx);
        all.add(alias(nginx, "nginx:1.27"));
        all.add(alias(nginx, "nginx:1.27.4"));
        all.add(alias(nginx, "nginx:mainline"));
        Map<String, String> nginxAlpinePrograms = nginx(alpineBase());
        nginxAlpinePrograms.put("/usr/bin/curl", "curl"); // "apk add --no-cache curl ca-certificates"
        Entry nginxAlpine = image("nginx:alpine", 10, 47_900_000L, 1738713600L /* 2025-02-05T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "NGINX_VERSION=1.27.4", "PKG_RELEASE=1",
                        "DYNPKG_RELEASE=1", "NJS_VERSION=0.8.9", "NJS_RELEASE=1"),
                        List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"), "",
                        List.of("80/tcp"), "SIGQUIT").withLabels(NGINX_LABELS), nginxAlpinePrograms,
                nginxFiles(ALPINE_3_21));
        all.add(nginxAlpine);

        // docker-library/httpd 2.4 (FROM debian:bookworm-slim)
        Map<String, String> httpd = debianBase(false);
        for (String bin : List.of("httpd", "apachectl", "ab", "htpasswd", "htdigest", "rotatelogs")) {
            httpd.put("/usr/local/apache2/bin/" + bin, bin.equals("httpd") ? "httpd" : bin);
        }
        httpd.put("/usr/local/bin/httpd-foreground", "httpd-foreground");
        Map<String, String> httpdFiles = osRelease(DEBIAN_12);
        httpdFiles.put("/usr/local/apache2/htdocs/index.html", "<html><body><h1>It works!</h1></body></html>\n");
        Entry httpdImage = image("httpd:latest", 6, 148_000_000L, 1737590400L /* 2025-01-23T00:00:00Z */,
                new ImageConfig(List.of("PATH=/usr/local/apache2/bin:" + PATH, "HTTPD_PREFIX=/usr/local/apache2",
                        "HTTPD_VERSION=2.4.63",
                        "HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab",
                        "HTTPD_PATCHES="), null, List.of("httpd-foreground"), "/usr/local/apache2",
                        List.of("80/tcp"), "SIGWINCH"), httpd, httpdFiles);
        all.add(httpdImage);
        all.add(alias(httpdImage, "httpd:2.4"));
        all.add(alias(httpdImage, "httpd:2.4.63"));

        // redis/docker-library-redis 7.4/debian (FROM debian:bookworm-slim)
        Map<String, String> redis = debianBase(false);
        for (String bin : List.of("redis-server", "redis-cli", "redis-benchmark", "redis-check-aof",
                "redis-check-rdb", "redis-sentinel", "gosu")) {
            redis.put("/usr/local/bin/" + bin, bin);
        }
        redis.put("/usr/local/bin/docker-entrypoint.sh", "redis-entrypoint");
        Entry redisImage = image("redis:latest", 8, 117_000_000L, 1728000000L /* 2024-10-04T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "GOSU_VERSION=1.17", "REDIS_VERSION=7.4.1",
                        "REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz",
                        "REDIS_DOWNLOAD_SHA=bc34b878eb89421bbfca6fa78752343bf37af312a09eb0fae47c9575977dfaa2"),
                        List.of("docker-entrypoint.sh"), List.of("redis-server"), "/data", List.of("6379/tcp"), ""),
                redis, osRelease(DEBIAN_12));
        all.add(redisImage);
        all.add(alias(redisImage, "redis:7.4"));
        all.add(alias(redisImage, "redis:7.4.1"));

        // docker-library/postgres 17/bookworm (FROM debian:bookworm-slim)
        Map<String, String> postgres = debianBase(false);
        for (String bin : List.of("postgres", "initdb", "pg_ctl", "psql", "pg_dump", "pg_restore", "createdb")) {
            postgres.put("/usr/lib/postgresql/17/bin/" + bin, bin);
        }
        postgres.put("/usr/bin/psql", "psql");
        postgres.put("/usr/local/bin/gosu", "gosu");
        postgres.put("/usr/local/bin/docker-entrypoint.sh", "postgres-entrypoint");
        postgres.put("/usr/local/bin/docker-ensure-initdb.sh", "docker-ensure-initdb.sh");
        Entry postgresImage = image("postgres:latest", 14, 438_000_000L, 1746748800L /* 2025-05-09T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH + ":/usr/lib/postgresql/17/bin", "GOSU_VERSION=1.17",
                        "LANG=en_US.utf8", "PG_MAJOR=17", "PG_VERSION=17.5-1.pgdg120+1",
                        "PGDATA=/var/lib/postgresql/data"), List.of("docker-entrypoint.sh"), List.of("postgres"), "",
                        List.of("5432/tcp"), "SIGINT"), postgres, osRelease(DEBIAN_12));
        all.add(postgresImage);
        all.add(alias(postgresImage, "postgres:17"));
        all.add(alias(postgresImage, "postgres:17.5"));

        // docker-library/mysql innovation/Dockerfile.oracle (FROM oraclelinux:9-slim)
        Map<String, String> mysql = new LinkedHashMap<>();
        bin(mysql, "/usr/bin/", COREUTILS + " bash sh microdnf");
        bin(mysql, "/usr/sbin/", "mysqld");
        bin(mysql, "/usr/bin/", "mysql mysqladmin mysqldump mysqlsh");
        mysql.put("/usr/local/bin/gosu", "gosu");
        mysql.put("/usr/local/bin/docker-entrypoint.sh", "mysql-entrypoint");
        Entry mysqlImage = image("mysql:latest", 11, 859_000_000L, 1744675200L /* 2025-04-15T00:00:00Z */,
                new ImageConfig(List.of("PATH=" + PATH, "GOSU_VERSION=1.17", "MYSQL_MAJOR=innovation",
                        "MYSQL_VERSION=9.3.0-1.el9", "MYSQL_SHELL_VERSION=9.3.0-1.el9"),
                        List.of("docker-entrypoint.sh"), List.of("mysqld"), "", List.of("3306/tcp", "33060/tcp"), ""),
                mysql, osRelease(ORACLE_9));
        all.add(mysqlImage);
        all.add(alias(mysqlImage, "mysql:9"));
        all.add(alias(mysqlImage, "mysql:9.3"));
        return all;
    }

    /** Files other than executables each image holds, by image id (an image's {@code /etc/os-release}, ...). */
    static Map<String, Map<String, String>> files() {
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            files.putIfAbsent(entry.image().imageId(),
                    ImageAccounts.withAccounts(entry.image().ref().familiarString(), entry.files()));
        }
        files.put(HubImages.busybox().imageId(), ImageAccounts.withAccounts("busybox", Map.of()));
        Map<String, String> alpine = osRelease(ALPINE_3_21);
        alpine.put("/etc/passwd", ALPINE_PASSWD);
        alpine.put("/etc/group", ALPINE_GROUP);
        files.put(HubImages.alpine().imageId(), alpine);
        return files;
    }

    /** The directories images make for their users, by image id (see {@link ImageAccounts#ownedDirs}). */
    static Map<String, Map<String, ImageAccounts.OwnedDir>> ownedDirs() {
        Map<String, Map<String, ImageAccounts.OwnedDir>> dirs = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            dirs.putIfAbsent(entry.image().imageId(), ImageAccounts.ownedDirs(entry.image().ref().familiarString()));
        }
        return dirs;
    }

    /**
     * alpine-baselayout-data 3.6's /etc/passwd and /etc/group (Alpine 3.21), so that {@code -u
     * nobody} finds its entry and root's supplementary groups are the image's.
     */
    static final String ALPINE_PASSWD = """
            root:x:0:0:root:/root:/bin/sh
            bin:x:1:1:bin:/bin:/sbin/nologin
            daemon:x:2:2:daemon:/sbin:/sbin/nologin
            lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
            sync:x:5:0:sync:/sbin:/bin/sync
            shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
            halt:x:7:0:halt:/sbin:/sbin/halt
            mail:x:8:12:mail:/var/mail:/sbin/nologin
            news:x:9:13:news:/usr/lib/news:/sbin/nologin
            uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
            cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
            ftp:x:21:21::/var/lib/ftp:/sbin/nologin
            sshd:x:22:22:sshd:/dev/null:/sbin/nologin
            games:x:35:35:games:/usr/games:/sbin/nologin
            ntp:x:123:123:NTP:/var/empty:/sbin/nologin
            guest:x:405:100:guest:/dev/null:/sbin/nologin
            nobody:x:65534:65534:nobody:/:/sbin/nologin
            """;
    static final String ALPINE_GROUP = """
            root:x:0:root
            bin:x:1:root,bin,daemon
            daemon:x:2:root,bin,daemon
            sys:x:3:root,bin
            adm:x:4:root,daemon
            tty:x:5:
            disk:x:6:root
            lp:x:7:lp
            kmem:x:9:
            wheel:x:10:root
            floppy:x:11:root
            mail:x:12:mail
            news:x:13:news
            uucp:x:14:uucp
            cron:x:16:cron
            audio:x:18:
            cdrom:x:19:
            dialout:x:20:root
            ftp:x:21:
            sshd:x:22:
            input:x:23:
            tape:x:26:root
            video:x:27:root
            netdev:x:28:
            kvm:x:34:kvm
            games:x:35:
            shadow:x:42:
            www-data:x:82:
            users:x:100:games
            ntp:x:123:
            abuild:x:300:
            utmp:x:406:
            ping:x:999:
            nogroup:x:65533:
            nobody:x:65534:
            """;

    private static Entry image(String reference, int layers, long size, long created, ImageConfig config,
                                  Map<String, String> programs, Map<String, String> files) {
        String id = "sha256:" + sha256("berth image " + reference);
        List<String> layerIds = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            layerIds.add(sha256("berth layer " + reference + " " + i).substring(0, 12));
        }
        return new Entry(new HubImage(ImageRef.parse(reference), "sha256:" + sha256("berth index " + reference),
                layerIds, id, size, Instant.ofEpochSecond(created), config, programs), Map.copyOf(files));
    }

    /** Another tag of the same image: same id, digest and layers. */
    private static Entry alias(Entry entry, String reference) {
        HubImage image = entry.image();
        return new Entry(new HubImage(ImageRef.parse(reference), image.repoDigest(), image.layerIds(), image.imageId(),
                image.size(), image.created(), image.config(), image.programs()), entry.files());
    }

    /**
     * 64 hex digits standing in for a digest, derived from {@code text} (no real digest can be
     * known offline; a cheap generator keeps startup free of the SHA-256 provider).
     */
    private static String sha256(String text) {
        java.util.Random random = new java.util.Random(text.hashCode() * 31L + text.length());
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(random.nextLong());
            hex.append("0".repeat(16 - part.length())).append(part);
        }
        return hex.toString();
    }

    /** Everyday commands of a Debian-family base (coreutils, grep, sed, findutils, ...). */
    private static final String COREUTILS = "cat chmod chown cp cut date df du echo env expr false find grep head"
            + " hostname id kill ln ls mkdir mktemp mv nproc printenv pwd readlink rm rmdir sed seq sleep sort stat"
            + " tail tar tee test touch tr true uname uniq wc which whoami xargs yes basename dirname gzip more";

    /**
     * Debian bookworm and Ubuntu (merged /usr: /bin is /usr/bin, so each is in both) with bash,
     * dash as sh, apt and dpkg, and no curl or wget; {@code buildpackDeps} adds what
     * buildpack-deps:bookworm (the base of python and node) installs: curl, wget, git, gcc, make, ps.
     */
    private static Map<String, String> debianBase(boolean buildpackDeps) {
        Map<String, String> programs = new LinkedHashMap<>();
        String names = COREUTILS + " bash sh dash apt apt-get apt-cache dpkg perl su mount umount login getent";
        if (buildpackDeps) {
            names += " curl wget git gcc g++ make ps top free patch unzip xz";
        }
        bin(programs, "/bin/", names);
        bin(programs, "/usr/bin/", names);
        bin(programs, "/usr/sbin/", "useradd groupadd chroot");
        programs.put("/bin/sh", "dash");
        programs.put("/usr/bin/sh", "dash");
        return programs;
    }

    private static Map<String, String> alpineBase() {
        return new LinkedHashMap<>(HubImages.alpine().programs());
    }

    /** python, python3, pip... in /usr/local/bin (the Dockerfile's "for src in idle3 pip3 pydoc3 python3 python3-config" links). */
    private static Map<String, String> python(String version, Map<String, String> base) {
        for (String name : List.of("python", "python3", "python" + version)) {
            base.put("/usr/local/bin/" + name, "python");
        }
        for (String name : List.of("pip", "pip3", "pip" + version)) {
            base.put("/usr/local/bin/" + name, "pip");
        }
        for (String name : List.of("pydoc", "pydoc3", "idle", "idle3", "python-config", "python3-config")) {
            base.put("/usr/local/bin/" + name, name);
        }
        return base;
    }

    private static Map<String, String> node() {
        Map<String, String> programs = debianBase(true);
        for (String name : List.of("node", "nodejs", "npm", "npx", "corepack", "yarn", "yarnpkg")) {
            programs.put("/usr/local/bin/" + name, name.equals("nodejs") ? "node" : name.equals("yarnpkg") ? "yarn" : name);
        }
        programs.put("/usr/local/bin/docker-entrypoint.sh", "node-entrypoint");
        return programs;
    }

    /** nginxinc/docker-nginx's Dockerfiles: LABEL maintainer=… */
    private static final Map<String, String> NGINX_LABELS = Map.of("maintainer",
            "NGINX Docker Maintainers <docker-maint@nginx.com>");

    /** Canonical's ubuntu images (since 2023): LABEL org.opencontainers.image.ref.name=ubuntu, .version=$RELEASE. */
    private static ImageConfig ubuntuLabels(ImageConfig config, String release) {
        return config.withLabels(Map.of("org.opencontainers.image.ref.name", "ubuntu",
                "org.opencontainers.image.version", release));
    }

    private static Map<String, String> nginx(Map<String, String> base) {
        base.put("/usr/sbin/nginx", "nginx");
        base.put("/usr/sbin/nginx-debug", "nginx");
        base.put("/usr/bin/envsubst", "envsubst");
        base.put("/docker-entrypoint.sh", "nginx-entrypoint");
        for (String script : List.of("10-listen-on-ipv6-by-default.sh", "15-local-resolvers.envsh",
                "20-envsubst-on-templates.sh", "30-tune-worker-processes.sh")) {
            base.put("/docker-entrypoint.d/" + script, script);
        }
        return base;
    }

    private static Map<String, String> nginxFiles(String osRelease) {
        Map<String, String> files = osRelease(osRelease);
        files.put("/usr/share/nginx/html/index.html", NginxPages.WELCOME);
        files.put("/usr/share/nginx/html/50x.html", NginxPages.ERROR_50X);
        files.put("/etc/nginx/conf.d/default.conf", NginxPages.DEFAULT_CONF);
        files.put("/etc/nginx/nginx.conf", NginxConfig.MAIN_CONF);
        files.put("/etc/nginx/mime.types", NginxConfig.MIME_TYPES);
        return files;
    }

    private static void bin(Map<String, String> programs, String dir, String names) {
        for (String name : names.trim().split("\\s+")) {
            programs.put(dir + name, name);
        }
    }

    private static Map<String, String> osRelease(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("/etc/os-release", text);
        if (text.equals(ALPINE_3_21)) {
            files.put("/etc/alpine-release", "3.21.3\n"); // alpine-release 3.21.3's one line
        }
        return files;
    }

    static final String UBUNTU_2404 = """
            PRETTY_NAME="Ubuntu 24.04.2 LTS"
            NAME="Ubuntu"
            VERSION_ID="24.04"
            VERSION="24.04.2 LTS (Noble Numbat)"
            VERSION_CODENAME=noble
            ID=ubuntu
            ID_LIKE=debian
            HOME_URL="https://www.ubuntu.com/"
            SUPPORT_URL="https://help.ubuntu.com/"
            BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
            PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
            UBUNTU_CODENAME=noble
            LOGO=ubuntu-logo
            """;
    static final String UBUNTU_2204 = """
            PRETTY_NAME="Ubuntu 22.04.5 LTS"
            NAME="Ubuntu"
            VERSION_ID="22.04"
            VERSION="22.04.5 LTS (Jammy Jellyfish)"
            VERSION_CODENAME=jammy
            ID=ubuntu
            ID_LIKE=debian
            HOME_URL="https://www.ubuntu.com/"
            SUPPORT_URL="https://help.ubuntu.com/"
            BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
            PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
            UBUNTU_CODENAME=jammy
            """;
    static final String UBUNTU_1604 = """
            NAME="Ubuntu"
            VERSION="16.04.7 LTS (Xenial Xerus)"
            ID=ubuntu
            ID_LIKE=debian
            PRETTY_NAME="Ubuntu 16.04.7 LTS"
            VERSION_ID="16.04"
            HOME_URL="http://www.ubuntu.com/"
            SUPPORT_URL="http://help.ubuntu.com/"
            BUG_REPORT_URL="http://bugs.launchpad.net/ubuntu/"
            VERSION_CODENAME=xenial
            UBUNTU_CODENAME=xenial
            """;
    static final String DEBIAN_12 = """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            NAME="Debian GNU/Linux"
            VERSION_ID="12"
            VERSION="12 (bookworm)"
            VERSION_CODENAME=bookworm
            ID=debian
            HOME_URL="https://www.debian.org/"
            SUPPORT_URL="https://www.debian.org/support"
            BUG_REPORT_URL="https://bugs.debian.org/"
            """;
    static final String ALPINE_3_21 = """
            NAME="Alpine Linux"
            ID=alpine
            VERSION_ID=3.21.3
            PRETTY_NAME="Alpine Linux v3.21"
            HOME_URL="https://alpinelinux.org/"
            BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
            """;
    static final String ORACLE_9 = """
            NAME="Oracle Linux Server"
            VERSION="9.5"
            ID="ol"
            ID_LIKE="fedora"
            VARIANT="Server"
            VARIANT_ID="server"
            VERSION_ID="9.5"
            PLATFORM_ID="platform:el9"
            PRETTY_NAME="Oracle Linux Server 9.5"
            ANSI_COLOR="0;31"
            CPE_NAME="cpe:/o:oracle:linux:9:5:server"
            HOME_URL="https://linux.oracle.com/"
            BUG_REPORT_URL="https://github.com/oracle/oracle-linux"
            """;
}
