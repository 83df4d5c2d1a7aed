package io.github.berth.shell.programs;

import java.util.List;
import java.util.Map;

/**
 * The small built-in package lists of berth's package managers (there is no network): each
 * package with a version, a download size, the packages it pulls in and the executables it puts
 * on $PATH. Versions are those of Ubuntu 24.04 (noble), Alpine 3.21, PyPI and npm in mid 2025.
 */
final class PackageCatalog {
    /** One package: {@code size} in kB (download), {@code deps} by name, {@code bins} installed in /usr/bin. */
    record Pkg(String name, String version, int size, List<String> deps, List<String> bins) {}

    private PackageCatalog() {}

    private static Pkg p(String name, String version, int size, List<String> deps, String... bins) {
        return new Pkg(name, version, size, deps, List.of(bins));
    }

    static final Map<String, Pkg> APT = Map.ofEntries(
            Map.entry("curl", p("curl", "8.5.0-2ubuntu10.6", 227, List.of("ca-certificates", "libcurl4t64"), "curl")),
            Map.entry("ca-certificates", p("ca-certificates", "20240203", 159, List.of("openssl"))),
            Map.entry("openssl", p("openssl", "3.0.13-0ubuntu3.5", 1002, List.of(), "openssl")),
            Map.entry("libcurl4t64", p("libcurl4t64", "8.5.0-2ubuntu10.6", 341, List.of())),
            Map.entry("wget", p("wget", "1.21.4-1ubuntu4.1", 334, List.of("ca-certificates"), "wget")),
            Map.entry("git", p("git", "1:2.43.0-1ubuntu7.2", 3679, List.of("ca-certificates", "libcurl4t64", "less"), "git")),
            Map.entry("less", p("less", "590-2ubuntu2.1", 142, List.of(), "less")),
            Map.entry("vim", p("vim", "2:9.1.0016-1ubuntu7.8", 1881, List.of("vim-common"), "vim")),
            Map.entry("vim-common", p("vim-common", "2:9.1.0016-1ubuntu7.8", 385, List.of())),
            Map.entry("nano", p("nano", "7.2-2ubuntu0.1", 280, List.of(), "nano")),
            Map.entry("tree", p("tree", "2.1.1-2ubuntu3", 47, List.of(), "tree")),
            Map.entry("jq", p("jq", "1.7.1-3build1", 65, List.of("libjq1"), "jq")),
            Map.entry("libjq1", p("libjq1", "1.7.1-3build1", 141, List.of())),
            Map.entry("procps", p("procps", "2:4.0.4-4ubuntu3.2", 707, List.of(), "ps", "top", "free")),
            Map.entry("iputils-ping", p("iputils-ping", "3:20240117-1build1", 44, List.of(), "ping")),
            Map.entry("net-tools", p("net-tools", "2.10-0.1ubuntu4", 204, List.of(), "netstat", "ifconfig")),
            Map.entry("unzip", p("unzip", "6.0-28ubuntu4.1", 174, List.of(), "unzip")),
            Map.entry("python3", p("python3", "3.12.3-0ubuntu2", 23, List.of("python3.12"), "python3")),
            Map.entry("python3.12", p("python3.12", "3.12.3-1ubuntu0.5", 651, List.of(), "python3.12")),
            Map.entry("python3-pip", p("python3-pip", "24.0+dfsg-1ubuntu1.1", 1317, List.of("python3"), "pip3", "pip")),
            Map.entry("nginx", p("nginx", "1.24.0-2ubuntu7.3", 520, List.of(), "nginx")),
            Map.entry("nodejs", p("nodejs", "18.19.1+dfsg-6ubuntu5", 6165, List.of(), "node", "nodejs")));

    static final Map<String, Pkg> APK = Map.ofEntries(
            Map.entry("curl", p("curl", "8.12.1-r1", 0, List.of("ca-certificates", "brotli-libs", "libcurl"), "curl")),
            Map.entry("ca-certificates", p("ca-certificates", "20241121-r1", 0, List.of())),
            Map.entry("brotli-libs", p("brotli-libs", "1.1.0-r2", 0, List.of())),
            Map.entry("libcurl", p("libcurl", "8.12.1-r1", 0, List.of())),
            Map.entry("bash", p("bash", "5.2.37-r0", 0, List.of("readline"), "bash")),
            Map.entry("readline", p("readline", "8.2.13-r0", 0, List.of())),
            Map.entry("git", p("git", "2.47.2-r0", 0, List.of("libcurl", "pcre2"), "git")),
            Map.entry("pcre2", p("pcre2", "10.43-r0", 0, List.of())),
            Map.entry("python3", p("python3", "3.12.10-r0", 0, List.of("libffi"), "python3")),
            Map.entry("libffi", p("libffi", "3.4.7-r0", 0, List.of())),
            Map.entry("py3-pip", p("py3-pip", "24.3.1-r0", 0, List.of("python3"), "pip3", "pip")),
            Map.entry("nodejs", p("nodejs", "22.15.1-r0", 0, List.of(), "node")),
            Map.entry("npm", p("npm", "10.9.1-r0", 0, List.of("nodejs"), "npm")),
            Map.entry("nginx", p("nginx", "1.26.3-r0", 0, List.of(), "nginx")),
            Map.entry("tree", p("tree", "2.2.1-r0", 0, List.of(), "tree")),
            Map.entry("jq", p("jq", "1.7.1-r0", 0, List.of(), "jq")),
            Map.entry("vim", p("vim", "9.1.1105-r0", 0, List.of(), "vim")),
            Map.entry("nano", p("nano", "8.2-r0", 0, List.of(), "nano")));

    static final Map<String, Pkg> PYPI = Map.ofEntries(
            Map.entry("flask", p("flask", "3.1.0", 102, List.of("werkzeug", "jinja2", "itsdangerous", "click", "blinker"), "flask")),
            Map.entry("werkzeug", p("Werkzeug", "3.1.3", 224, List.of("markupsafe"))),
            Map.entry("jinja2", p("Jinja2", "3.1.6", 134, List.of("markupsafe"))),
            Map.entry("markupsafe", p("MarkupSafe", "3.0.2", 21, List.of())),
            Map.entry("itsdangerous", p("itsdangerous", "2.2.0", 16, List.of())),
            Map.entry("click", p("click", "8.1.8", 98, List.of())),
            Map.entry("blinker", p("blinker", "1.9.0", 8, List.of())),
            Map.entry("requests", p("requests", "2.32.3", 64, List.of("charset-normalizer", "idna", "urllib3", "certifi"))),
            Map.entry("charset-normalizer", p("charset-normalizer", "3.4.1", 145, List.of())),
            Map.entry("idna", p("idna", "3.10", 70, List.of())),
            Map.entry("urllib3", p("urllib3", "2.3.0", 128, List.of())),
            Map.entry("certifi", p("certifi", "2025.1.31", 166, List.of())),
            Map.entry("gunicorn", p("gunicorn", "23.0.0", 85, List.of("packaging"), "gunicorn")),
            Map.entry("packaging", p("packaging", "24.2", 65, List.of())),
            Map.entry("django", p("Django", "5.1.7", 8276, List.of("asgiref", "sqlparse"), "django-admin")),
            Map.entry("asgiref", p("asgiref", "3.8.1", 23, List.of())),
            Map.entry("sqlparse", p("sqlparse", "0.5.3", 44, List.of())),
            Map.entry("numpy", p("numpy", "2.2.4", 16400, List.of())),
            Map.entry("pytest", p("pytest", "8.3.5", 343, List.of("iniconfig", "packaging", "pluggy"), "pytest")),
            Map.entry("iniconfig", p("iniconfig", "2.1.0", 6, List.of())),
            Map.entry("pluggy", p("pluggy", "1.5.0", 20, List.of())),
            Map.entry("redis", p("redis", "5.2.1", 261, List.of())));

    /** npm packages: {@code size} is how many packages the install adds in all. */
    static final Map<String, Pkg> NPM = Map.ofEntries(
            Map.entry("express", p("express", "5.1.0", 66, List.of())),
            Map.entry("lodash", p("lodash", "4.17.21", 1, List.of())),
            Map.entry("nodemon", p("nodemon", "3.1.9", 29, List.of(), "nodemon")),
            Map.entry("react", p("react", "19.1.0", 1, List.of())),
            Map.entry("axios", p("axios", "1.8.4", 9, List.of())),
            Map.entry("typescript", p("typescript", "5.8.3", 1, List.of(), "tsc")),
            Map.entry("redis", p("redis", "4.7.0", 10, List.of())),
            Map.entry("pg", p("pg", "8.14.1", 14, List.of())),
            Map.entry("dotenv", p("dotenv", "16.5.0", 1, List.of())),
            Map.entry("cors", p("cors", "2.8.5", 3, List.of())));
}
