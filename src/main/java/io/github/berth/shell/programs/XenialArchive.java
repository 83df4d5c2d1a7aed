package io.github.berth.shell.programs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Ubuntu 16.04's (xenial's) archive berth knows: Python 2.7 with pip and the
 * development headers, Python 3.5 with pip3, and what they pull in. The packages, their order,
 * pockets, versions and download sizes are those of a real {@code docker build} on
 * {@code ubuntu:xenial} running {@code apt-get install -y python-pip python-dev build-essential}
 * (81 packages, 2018), except python-pip and python-pip-whl at 8.1.1-2ubuntu0.6, the version
 * xenial-updates ended with; the final archive also has later point releases of libc, perl,
 * openssl and python2.7 that berth does not know. Four libraries that log's image already had
 * (libssl1.0.0, libexpat1, mime-support, libsqlite3-0: hard dependencies of Python) are added
 * from the same log's python3 step, so a fresh ubuntu:16.04 installs 85. Dependencies are
 * abbreviated: each package lists what makes apt choose it for these installs (Depends and
 * Recommends), not its whole control record; which recommendation brings in ifupdown,
 * iproute2 and isc-dhcp-client was not established, so python lists them.
 */
final class XenialArchive {
    /**
     * One package: {@code bytes} to download; {@code multiArch} when dpkg names it NAME:amd64;
     * {@code bins} as {@code path=program}; {@code suggests} as apt lists them; {@code notes}
     * what its configuration prints after "Setting up".
     */
    record Deb(String name, String version, String pocket, String arch, long bytes, boolean multiArch,
               List<String> deps, List<String> bins, List<String> suggests, List<String> notes) {
        String dpkgName() {
            return multiArch ? name + ":amd64" : name;
        }
    }

    /** Every package, in the order apt 1.2 fetches and unpacks them. */
    static final Map<String, Deb> PACKAGES = new LinkedHashMap<>();

    private static final String MAIN = "xenial/main";
    private static final String UPDATES = "xenial-updates/main";
    private static final String UNIVERSE = "xenial/universe";
    private static final String UPDATES_UNIVERSE = "xenial-updates/universe";
    private static final String GCC = "5.4.0-6ubuntu1~16.04.9";
    private static final String PY27 = "2.7.12-1ubuntu0~16.04.3";
    private static final String PY2 = "2.7.12-1~16.04";
    private static final String PY35 = "3.5.2-2ubuntu0~16.04.4";
    private static final String PIP = "8.1.1-2ubuntu0.6";
    private static final String PERL = "5.22.1-9ubuntu0.2";

    private XenialArchive() {}

    private static void add(String name, String version, String pocket, String arch, long bytes, boolean multiArch,
                            List<String> deps, String... bins) {
        PACKAGES.put(name, new Deb(name, version, pocket, arch, bytes, multiArch, deps, List.of(bins), List.of(),
                List.of()));
    }

    private static void suggests(String name, String... names) {
        Deb d = PACKAGES.get(name);
        PACKAGES.put(name, new Deb(d.name(), d.version(), d.pocket(), d.arch(), d.bytes(), d.multiArch(), d.deps(),
                d.bins(), List.of(names), d.notes()));
    }

    private static void notes(String name, String... lines) {
        Deb d = PACKAGES.get(name);
        PACKAGES.put(name, new Deb(d.name(), d.version(), d.pocket(), d.arch(), d.bytes(), d.multiArch(), d.deps(),
                d.bins(), d.suggests(), List.of(lines)));
    }

    static {
        add("libatm1", "1:2.5.1-1.5", MAIN, "amd64", 24_200, true, List.of());
        add("libmnl0", "1.0.3-5", MAIN, "amd64", 12_000, true, List.of());
        add("libgdbm3", "1.8.3-13.1", MAIN, "amd64", 16_900, true, List.of());
        add("perl-modules-5.22", PERL, UPDATES, "all", 2_661_000, false, List.of());
        add("libperl5.22", PERL, UPDATES, "amd64", 3_391_000, true, List.of("libgdbm3", "perl-modules-5.22"));
        add("perl", PERL, UPDATES, "amd64", 237_000, false, List.of("libperl5.22", "perl-modules-5.22", "netbase",
                "rename"));
        add("libssl1.0.0", "1.0.2g-1ubuntu4.11", UPDATES, "amd64", 1_082_000, true, List.of());
        add("libpython2.7-minimal", PY27, UPDATES, "amd64", 340_000, true, List.of("libssl1.0.0"));
        add("python2.7-minimal", PY27, UPDATES, "amd64", 1_261_000, false, List.of("libpython2.7-minimal"),
                "/usr/bin/python2.7=python");
        add("python-minimal", PY2, UPDATES, "amd64", 28_100, false, List.of("python2.7-minimal"));
        add("mime-support", "3.59ubuntu1", MAIN, "all", 31_000, false, List.of());
        add("libffi6", "3.2.1-4", MAIN, "amd64", 17_800, true, List.of());
        add("libexpat1", "2.1.0-7ubuntu0.16.04.3", UPDATES, "amd64", 71_200, true, List.of());
        add("libsqlite3-0", "3.11.0-1ubuntu1", MAIN, "amd64", 396_000, true, List.of());
        add("libpython2.7-stdlib", PY27, UPDATES, "amd64", 1_880_000, true, List.of("libpython2.7-minimal",
                "mime-support", "libffi6", "libexpat1", "libsqlite3-0", "libssl1.0.0"));
        add("python2.7", PY27, UPDATES, "amd64", 224_000, false, List.of("python2.7-minimal", "libpython2.7-stdlib"));
        add("libpython-stdlib", PY2, UPDATES, "amd64", 7_768, true, List.of("libpython2.7-stdlib"));
        add("python", PY2, UPDATES, "amd64", 137_000, false, List.of("python2.7", "python-minimal", "libpython-stdlib",
                "iproute2", "ifupdown", "isc-dhcp-client", "isc-dhcp-common", "netbase"), "/usr/bin/python=python");
        add("libgmp10", "2:6.1.0+dfsg-2", MAIN, "amd64", 240_000, true, List.of());
        add("libmpfr4", "3.1.4-1", MAIN, "amd64", 191_000, true, List.of("libgmp10"));
        add("libmpc3", "1.0.3-1", MAIN, "amd64", 39_700, true, List.of("libmpfr4"));
        add("bzip2", "1.0.6-8", MAIN, "amd64", 32_700, false, List.of());
        add("iproute2", "4.3.0-1ubuntu3.16.04.3", UPDATES, "amd64", 522_000, false, List.of("libatm1", "libmnl0",
                "libxtables11"));
        add("ifupdown", "0.8.10ubuntu1.2", UPDATES, "amd64", 54_900, false, List.of("iproute2"));
        add("libisc-export160", "1:9.10.3.dfsg.P4-8ubuntu1.10", UPDATES, "amd64", 153_000, false, List.of());
        add("libdns-export162", "1:9.10.3.dfsg.P4-8ubuntu1.10", UPDATES, "amd64", 666_000, false,
                List.of("libisc-export160"));
        add("isc-dhcp-client", "4.3.3-5ubuntu12.10", UPDATES, "amd64", 224_000, false, List.of("libdns-export162",
                "isc-dhcp-common"));
        add("isc-dhcp-common", "4.3.3-5ubuntu12.10", UPDATES, "amd64", 105_000, false, List.of());
        add("libxtables11", "1.6.0-2ubuntu3", MAIN, "amd64", 27_200, true, List.of());
        add("netbase", "5.3", MAIN, "all", 12_900, false, List.of());
        add("openssl", "1.0.2g-1ubuntu4.11", UPDATES, "amd64", 492_000, false, List.of("libssl1.0.0"));
        add("ca-certificates", "20170717~16.04.1", UPDATES, "all", 168_000, false, List.of("openssl"));
        add("manpages", "4.04-2", MAIN, "all", 1_087_000, false, List.of());
        add("binutils", "2.26.1-1ubuntu1~16.04.6", UPDATES, "amd64", 2_311_000, false, List.of());
        add("libc-dev-bin", "2.23-0ubuntu10", UPDATES, "amd64", 68_700, false, List.of());
        add("linux-libc-dev", "4.4.0-119.143", UPDATES, "amd64", 845_000, true, List.of());
        add("libc6-dev", "2.23-0ubuntu10", UPDATES, "amd64", 2_079_000, true, List.of("libc-dev-bin",
                "linux-libc-dev", "manpages-dev"));
        add("libisl15", "0.16.1-1", MAIN, "amd64", 524_000, true, List.of());
        add("cpp-5", GCC, UPDATES, "amd64", 7_685_000, false, List.of("libisl15", "libmpc3"));
        add("cpp", "4:5.3.1-1ubuntu1", MAIN, "amd64", 27_700, false, List.of("cpp-5"));
        add("libcc1-0", GCC, UPDATES, "amd64", 38_800, true, List.of());
        add("libgomp1", GCC, UPDATES, "amd64", 55_000, true, List.of());
        add("libitm1", GCC, UPDATES, "amd64", 27_400, true, List.of());
        add("libatomic1", GCC, UPDATES, "amd64", 8_882, true, List.of());
        add("libasan2", GCC, UPDATES, "amd64", 264_000, true, List.of());
        add("liblsan0", GCC, UPDATES, "amd64", 105_000, true, List.of());
        add("libtsan0", GCC, UPDATES, "amd64", 244_000, true, List.of());
        add("libubsan0", GCC, UPDATES, "amd64", 95_200, true, List.of());
        add("libcilkrts5", GCC, UPDATES, "amd64", 40_100, true, List.of());
        add("libmpx0", GCC, UPDATES, "amd64", 9_774, true, List.of());
        add("libquadmath0", GCC, UPDATES, "amd64", 131_000, true, List.of());
        add("libgcc-5-dev", GCC, UPDATES, "amd64", 2_242_000, true, List.of("libgomp1", "libitm1", "libatomic1",
                "libasan2", "liblsan0", "libtsan0", "libubsan0", "libcilkrts5", "libmpx0", "libquadmath0"));
        add("gcc-5", GCC, UPDATES, "amd64", 8_650_000, false, List.of("cpp-5", "libcc1-0", "libgcc-5-dev",
                "binutils", "libc6-dev"));
        add("gcc", "4:5.3.1-1ubuntu1", MAIN, "amd64", 5_244, false, List.of("cpp", "gcc-5"));
        add("libstdc++-5-dev", GCC, UPDATES, "amd64", 1_427_000, true, List.of("libgcc-5-dev", "libc6-dev"));
        add("g++-5", GCC, UPDATES, "amd64", 8_333_000, false, List.of("gcc-5", "libstdc++-5-dev"));
        add("g++", "4:5.3.1-1ubuntu1", MAIN, "amd64", 1_504, false, List.of("cpp", "gcc", "g++-5"));
        add("make", "4.1-6", MAIN, "amd64", 151_000, false, List.of());
        add("libdpkg-perl", "1.18.4ubuntu1.4", UPDATES, "all", 195_000, false, List.of("perl",
                "libfile-fcntllock-perl"));
        add("xz-utils", "5.1.1alpha+20120614-2ubuntu2", MAIN, "amd64", 78_800, false, List.of());
        add("patch", "2.7.5-1ubuntu0.16.04.1", UPDATES, "amd64", 90_500, false, List.of());
        add("dpkg-dev", "1.18.4ubuntu1.4", UPDATES, "all", 584_000, false, List.of("libdpkg-perl", "bzip2",
                "xz-utils", "patch", "make", "binutils", "fakeroot", "libalgorithm-merge-perl"));
        add("build-essential", "12.1ubuntu2", MAIN, "amd64", 4_758, false, List.of("libc6-dev", "gcc", "g++",
                "make", "dpkg-dev"));
        add("libfakeroot", "1.20.2-1ubuntu1", MAIN, "amd64", 25_500, true, List.of());
        add("fakeroot", "1.20.2-1ubuntu1", MAIN, "amd64", 61_800, false, List.of("libfakeroot"));
        add("libalgorithm-diff-perl", "1.19.03-1", MAIN, "all", 47_600, false, List.of("perl"));
        add("libalgorithm-diff-xs-perl", "0.04-4build1", MAIN, "amd64", 11_000, false,
                List.of("libalgorithm-diff-perl"));
        add("libalgorithm-merge-perl", "0.08-3", MAIN, "all", 12_000, false, List.of("libalgorithm-diff-perl",
                "libalgorithm-diff-xs-perl"));
        add("libexpat1-dev", "2.1.0-7ubuntu0.16.04.3", UPDATES, "amd64", 115_000, true, List.of("libexpat1"));
        add("libfile-fcntllock-perl", "0.22-3", MAIN, "amd64", 32_000, false, List.of("perl"));
        add("libpython2.7", PY27, UPDATES, "amd64", 1_070_000, true, List.of("libpython2.7-stdlib"));
        add("libpython2.7-dev", PY27, UPDATES, "amd64", 27_800_000, true, List.of("libpython2.7", "libexpat1-dev"));
        add("libpython-dev", PY2, UPDATES, "amd64", 7_840, true, List.of("libpython2.7-dev"));
        add("libpython-all-dev", PY2, UPDATES, "amd64", 1_006, true, List.of("libpython-dev"));
        add("manpages-dev", "4.04-2", MAIN, "all", 2_048_000, false, List.of("manpages"));
        add("python-all", PY2, UPDATES, "amd64", 996, false, List.of("python"));
        add("python2.7-dev", PY27, UPDATES, "amd64", 276_000, false, List.of("python2.7", "libpython2.7-dev"));
        add("python-dev", PY2, UPDATES, "amd64", 1_186, false, List.of("python", "libpython-dev", "python2.7-dev"));
        add("python-all-dev", PY2, UPDATES, "amd64", 1_016, false, List.of("python-all", "libpython-all-dev",
                "python-dev"));
        add("python-pip-whl", PIP, UPDATES_UNIVERSE, "all", 1_110_000, false, List.of());
        add("python-pip", PIP, UPDATES_UNIVERSE, "all", 144_000, false, List.of("python", "python-pip-whl",
                "ca-certificates", "build-essential", "python-all-dev", "python-setuptools", "python-wheel"),
                "/usr/bin/pip=pip", "/usr/bin/pip2=pip");
        add("python-pkg-resources", "20.7.0-1", MAIN, "all", 108_000, false, List.of("python"));
        add("python-setuptools", "20.7.0-1", MAIN, "all", 169_000, false, List.of("python-pkg-resources"));
        add("python-wheel", "0.29.0-1", UNIVERSE, "all", 48_000, false, List.of("python"));
        add("rename", "0.20-4", MAIN, "all", 12_000, false, List.of());
        // python3 (the same log's "apt-get install -y python3" step) and python3-pip's own packages
        add("libpython3.5-minimal", PY35, UPDATES, "amd64", 523_000, true, List.of("libssl1.0.0", "libexpat1"));
        add("python3.5-minimal", PY35, UPDATES, "amd64", 1_597_000, false, List.of("libpython3.5-minimal",
                "libexpat1"), "/usr/bin/python3.5=python");
        add("python3-minimal", "3.5.1-3", MAIN, "amd64", 23_300, false, List.of("python3.5-minimal"));
        add("libmpdec2", "2.4.2-1", MAIN, "amd64", 82_600, true, List.of());
        add("libpython3.5-stdlib", PY35, UPDATES, "amd64", 2_132_000, true, List.of("libpython3.5-minimal",
                "mime-support", "libmpdec2", "libsqlite3-0"));
        add("python3.5", PY35, UPDATES, "amd64", 165_000, false, List.of("python3.5-minimal",
                "libpython3.5-stdlib"));
        add("libpython3-stdlib", "3.5.1-3", MAIN, "amd64", 6_818, true, List.of("libpython3.5-stdlib"));
        add("dh-python", "2.20151103ubuntu1.1", UPDATES, "all", 74_100, false, List.of());
        add("python3", "3.5.1-3", MAIN, "amd64", 8_710, false, List.of("python3.5", "python3-minimal",
                "libpython3-stdlib", "dh-python", "file"), "/usr/bin/python3=python");
        add("libmagic1", "1:5.25-2ubuntu1", MAIN, "amd64", 216_000, true, List.of());
        add("file", "1:5.25-2ubuntu1", MAIN, "amd64", 21_200, false, List.of("libmagic1"));
        add("libpython3.5", PY35, UPDATES, "amd64", 1_360_000, true, List.of("libpython3.5-stdlib"));
        add("libpython3.5-dev", PY35, UPDATES, "amd64", 37_300_000, true, List.of("libpython3.5",
                "libexpat1-dev"));
        add("libpython3-dev", "3.5.1-3", MAIN, "amd64", 6_926, true, List.of("libpython3.5-dev"));
        add("python3.5-dev", PY35, UPDATES, "amd64", 413_000, false, List.of("python3.5", "libpython3.5-dev"));
        add("python3-dev", "3.5.1-3", MAIN, "amd64", 1_186, false, List.of("python3", "libpython3-dev",
                "python3.5-dev"));
        add("python3-pip", PIP, UPDATES_UNIVERSE, "all", 109_000, false, List.of("python3", "python-pip-whl",
                "ca-certificates", "build-essential", "python3-dev", "python3-setuptools", "python3-wheel"),
                "/usr/bin/pip3=pip");
        add("python3-pkg-resources", "20.7.0-1", MAIN, "all", 79_000, false, List.of("python3"));
        add("python3-setuptools", "20.7.0-1", MAIN, "all", 88_000, false, List.of("python3-pkg-resources"));
        add("python3-wheel", "0.29.0-1", UNIVERSE, "all", 48_100, false, List.of("python3"));

        // what apt lists under "Suggested packages:", from the log, by the package suggesting it
        suggests("binutils", "binutils-doc");
        suggests("bzip2", "bzip2-doc");
        suggests("cpp", "cpp-doc");
        suggests("cpp-5", "gcc-5-locales");
        suggests("dpkg-dev", "debian-keyring");
        suggests("g++", "g++-multilib");
        suggests("g++-5", "g++-5-multilib", "gcc-5-doc", "libstdc++6-5-dbg");
        suggests("gcc", "gcc-multilib", "autoconf", "automake", "libtool", "flex", "bison", "gdb", "gcc-doc");
        suggests("gcc-5", "gcc-5-multilib", "libgcc1-dbg", "libgomp1-dbg", "libitm1-dbg", "libatomic1-dbg",
                "libasan2-dbg", "liblsan0-dbg", "libtsan0-dbg", "libubsan0-dbg", "libcilkrts5-dbg", "libmpx0-dbg",
                "libquadmath0-dbg");
        suggests("ifupdown", "ppp", "rdnssd");
        suggests("iproute2", "iproute2-doc");
        suggests("isc-dhcp-client", "resolvconf", "avahi-autoipd", "isc-dhcp-client-ddns", "apparmor");
        suggests("libc6-dev", "glibc-doc");
        suggests("libstdc++-5-dev", "libstdc++-5-doc");
        suggests("make", "make-doc");
        suggests("manpages", "man-browser");
        suggests("patch", "ed", "diffutils-doc");
        suggests("perl", "perl-doc", "libterm-readline-gnu-perl | libterm-readline-perl-perl");
        suggests("python", "python-doc", "python-tk");
        suggests("python-setuptools", "python-setuptools-doc");
        suggests("python2.7", "python2.7-doc", "binutils", "binfmt-support");
        suggests("python3", "python3-doc", "python3-tk", "python3-venv");
        suggests("python3.5", "python3.5-venv", "python3.5-doc", "binutils", "binfmt-support");
        suggests("python3-setuptools", "python-setuptools-doc");
        suggests("dh-python", "libdpkg-perl");

        notes("perl", "update-alternatives: using /usr/bin/prename to provide /usr/bin/rename (rename) in auto mode");
        notes("python2.7-minimal", "Linking and byte-compiling packages for runtime python2.7...");
        notes("ifupdown", "Creating /etc/network/interfaces.");
        notes("g++", "update-alternatives: using /usr/bin/g++ to provide /usr/bin/c++ (c++) in auto mode");
        notes("xz-utils", "update-alternatives: using /usr/bin/xz to provide /usr/bin/lzma (lzma) in auto mode");
        notes("fakeroot", "update-alternatives: using /usr/bin/fakeroot-sysv to provide /usr/bin/fakeroot (fakeroot)"
                + " in auto mode");
        notes("rename", "update-alternatives: using /usr/bin/file-rename to provide /usr/bin/rename (rename) in auto"
                + " mode");
        notes("python3", "running python rtupdate hooks for python3.5...",
                "running python post-rtupdate hooks for python3.5...");
    }
}
