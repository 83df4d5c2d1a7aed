package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code apt-get update} and {@code apt-get install} on Ubuntu 16.04, as apt 1.2 and dpkg 1.18
 * write them to a pipe (a {@code docker build}): sizes as apt's SizeToStr prints them ("24.2 kB",
 * "8882 B", no digit grouping), package lists wrapped at 80 columns, "Suggested packages:", and
 * dpkg unpacking in two runs when Python's -minimal packages must be configured before the rest
 * (they are Pre-Depends). The shapes and numbers come from a real xenial build log (see
 * {@link XenialArchive}); the time and speed of the download, and the count of files dpkg
 * reports after its first run, are berth's.
 */
final class XenialApt {
    static final String INFO = "/var/lib/dpkg/info";
    private static final String MIRROR = "http://archive.ubuntu.com/ubuntu ";
    /** dpkg's count in a fresh ubuntu:16.04 (the log's "apt-get install -y python3" step). */
    private static final int FILES = 4768;
    private static final String LIBC = "2.23-0ubuntu10";

    private XenialApt() {}

    /** apt 1.2's update on xenial, as the log printed it (the fetches finish in this order). */
    static void update(Output out) {
        // the sources of the image's sources.list (universe also as deb-src), sizes as in the 2018 log
        List<String> gets = List.of(
                "http://archive.ubuntu.com/ubuntu xenial InRelease [247 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security InRelease [102 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates InRelease [102 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-backports InRelease [102 kB]",
                "http://archive.ubuntu.com/ubuntu xenial/universe Sources [9802 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security/universe Sources [78.5 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security/main amd64 Packages [602 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security/restricted amd64 Packages [12.7 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security/universe amd64 Packages [431 kB]",
                "http://archive.ubuntu.com/ubuntu xenial/main amd64 Packages [1558 kB]",
                "http://security.ubuntu.com/ubuntu xenial-security/multiverse amd64 Packages [3489 B]",
                "http://archive.ubuntu.com/ubuntu xenial/restricted amd64 Packages [14.1 kB]",
                "http://archive.ubuntu.com/ubuntu xenial/universe amd64 Packages [9827 kB]",
                "http://archive.ubuntu.com/ubuntu xenial/multiverse amd64 Packages [176 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates/universe Sources [253 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates/main amd64 Packages [979 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates/restricted amd64 Packages [13.1 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates/universe amd64 Packages [799 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-updates/multiverse amd64 Packages [18.5 kB]",
                "http://archive.ubuntu.com/ubuntu xenial-backports/main amd64 Packages [5153 B]",
                "http://archive.ubuntu.com/ubuntu xenial-backports/universe amd64 Packages [7734 B]");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < gets.size(); i++) {
            sb.append("Get:").append(i + 1).append(' ').append(gets.get(i)).append('\n');
        }
        out.stdout(sb + "Fetched 25.1 MB in 13s (1866 kB/s)\nReading package lists...\n");
    }

    /** Whether every name is a package berth's xenial archive has. */
    static String unknown(List<String> names) {
        return names.stream().filter(n -> !XenialArchive.PACKAGES.containsKey(n)).findFirst().orElse(null);
    }

    /** Installs {@code wanted} and what it needs; returns apt's status. */
    static int install(List<String> wanted, boolean yes, Output out, ShellState state) {
        Set<String> installed = new TreeSet<>(state.fs().list(INFO).stream()
                .filter(n -> n.endsWith(".list")).map(n -> n.substring(0, n.length() - 5)).toList());
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : wanted) {
            visit(name, installed, chosen);
        }
        // apt fetches and unpacks in its own order, which the archive's order records
        List<XenialArchive.Deb> todo = XenialArchive.PACKAGES.values().stream()
                .filter(d -> chosen.contains(d.name())).toList();
        StringBuilder sb = new StringBuilder();
        for (String name : wanted) {
            if (installed.contains(name)) {
                sb.append(name).append(" is already the newest version (")
                        .append(XenialArchive.PACKAGES.get(name).version()).append(").\n");
            }
        }
        if (todo.isEmpty()) {
            out.stdout(sb + "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
            return 0;
        }
        Set<String> names = new TreeSet<>(chosen);
        List<String> extra = names.stream().filter(n -> !wanted.contains(n)).toList();
        if (!extra.isEmpty()) {
            sb.append(list("The following additional packages will be installed:", extra));
        }
        List<String> suggested = new ArrayList<>();
        for (String name : names) {
            for (String s : XenialArchive.PACKAGES.get(name).suggests()) {
                if (!chosen.contains(s) && !installed.contains(s) && !suggested.contains(s)) {
                    suggested.add(s);
                }
            }
        }
        if (!suggested.isEmpty()) {
            sb.append(list("Suggested packages:", suggested));
        }
        sb.append(list("The following NEW packages will be installed:", List.copyOf(names)));
        long bytes = todo.stream().mapToLong(XenialArchive.Deb::bytes).sum();
        // the log's 83.7 MB unpacked to 259 MB; berth keeps that ratio
        sb.append("0 upgraded, ").append(todo.size()).append(" newly installed, 0 to remove and 0 not upgraded.\n")
                .append("Need to get ").append(sizeToStr(bytes)).append("B of archives.\n")
                .append("After this operation, ").append(sizeToStr(bytes * 259 / 83.7)).append("B of additional disk"
                        + " space will be used.\n");
        if (!extra.isEmpty() && !yes) {
            out.stdout(sb + "Do you want to continue? [Y/n] Abort.\n");
            return 1;
        }
        for (int i = 0; i < todo.size(); i++) {
            XenialArchive.Deb d = todo.get(i);
            sb.append("Get:").append(i + 1).append(' ').append(MIRROR).append(d.pocket()).append(" amd64 ")
                    .append(d.name()).append(' ').append(d.arch()).append(' ').append(d.version()).append(" [")
                    .append(sizeToStr(d.bytes())).append("B]\n");
        }
        out.stdout(sb.toString());
        out.errLine("debconf: delaying package configuration, since apt-utils is not installed");
        int seconds = (int) Math.max(1, bytes / 10_000_000);
        out.stdout("Fetched " + sizeToStr(bytes) + "B in " + seconds + "s (" + sizeToStr((double) bytes / seconds)
                + "B/s)\n");
        dpkg(todo, installed, out, state);
        return 0;
    }

    private static void visit(String name, Set<String> installed, Set<String> chosen) {
        if (installed.contains(name) || chosen.contains(name)) {
            return;
        }
        chosen.add(name);
        for (String dep : XenialArchive.PACKAGES.get(name).deps()) {
            visit(dep, installed, chosen);
        }
    }

    /**
     * dpkg's runs: when python or python3 is among the packages, everything fetched before it is
     * unpacked first and the -minimal packages (with what they need) configured, as their
     * Pre-Depends require; then the rest is unpacked and everything else configured.
     */
    private static void dpkg(List<XenialArchive.Deb> todo, Set<String> installed, Output out, ShellState state) {
        int split = todo.size();
        for (int i = 0; i < todo.size(); i++) {
            if (todo.get(i).name().equals("python") || todo.get(i).name().equals("python3")) {
                split = i;
                break;
            }
        }
        List<XenialArchive.Deb> first = todo.subList(0, split);
        Set<String> early = new LinkedHashSet<>();
        if (split < todo.size()) {
            for (XenialArchive.Deb d : first) {
                if (d.name().endsWith("-minimal")) {
                    needs(d.name(), first, early);
                }
            }
        }
        Set<String> configured = new LinkedHashSet<>(installed);
        unpack(first, FILES, out);
        if (!early.isEmpty()) {
            triggers(first, out);
            for (XenialArchive.Deb d : first) {
                if (early.contains(d.name())) {
                    configure(d, configured, out, state);
                }
            }
            unpack(todo.subList(split, todo.size()), FILES + 150 * first.size(), out);
            triggers(todo.subList(split, todo.size()), out);
        } else {
            triggers(todo, out);
        }
        for (XenialArchive.Deb d : todo) {
            if (!early.contains(d.name())) {
                configure(d, configured, out, state);
            }
        }
        StringBuilder sb = new StringBuilder("Processing triggers for libc-bin (" + LIBC + ") ...\n");
        if (names(todo).contains("ifupdown")) {
            sb.append("Processing triggers for systemd (229-4ubuntu21.2) ...\n");
        }
        if (names(todo).contains("ca-certificates")) {
            sb.append("Processing triggers for ca-certificates (")
                    .append(XenialArchive.PACKAGES.get("ca-certificates").version()).append(") ...\n")
                    .append("Updating certificates in /etc/ssl/certs...\n148 added, 0 removed; done.\n")
                    .append("Running hooks in /etc/ca-certificates/update.d...\ndone.\n");
        }
        out.stdout(sb.toString());
    }

    private static void needs(String name, List<XenialArchive.Deb> batch, Set<String> early) {
        if (names(batch).contains(name) && early.add(name)) {
            for (String dep : XenialArchive.PACKAGES.get(name).deps()) {
                needs(dep, batch, early);
            }
        }
    }

    private static List<String> names(List<XenialArchive.Deb> debs) {
        return debs.stream().map(XenialArchive.Deb::name).toList();
    }

    private static void unpack(List<XenialArchive.Deb> batch, int files, Output out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            XenialArchive.Deb d = batch.get(i);
            sb.append("Selecting previously unselected package ").append(d.dpkgName()).append(".\n");
            if (i == 0) {
                sb.append("(Reading database ... ").append(files).append(" files and directories currently"
                        + " installed.)\n");
            }
            String deb = d.name() + "_" + d.version().replace(":", "%3a") + "_" + d.arch() + ".deb";
            sb.append("Preparing to unpack ").append(summarize("/var/cache/apt/archives/" + deb)).append(" ...\n")
                    .append("Unpacking ").append(d.dpkgName()).append(" (").append(d.version()).append(") ...\n");
        }
        out.stdout(sb.toString());
    }

    private static void triggers(List<XenialArchive.Deb> batch, Output out) {
        StringBuilder sb = new StringBuilder("Processing triggers for libc-bin (" + LIBC + ") ...\n");
        if (names(batch).contains("python2.7") || names(batch).contains("mime-support")) {
            sb.append("Processing triggers for mime-support (3.59ubuntu1) ...\n");
        }
        if (names(batch).contains("ifupdown")) {
            sb.append("Processing triggers for systemd (229-4ubuntu21.2) ...\n");
        }
        out.stdout(sb.toString());
    }

    private static void configure(XenialArchive.Deb d, Set<String> configured, Output out, ShellState state) {
        out.stdout("Setting up " + d.dpkgName() + " (" + d.version() + ") ...\n");
        if (d.name().equals("libssl1.0.0") || d.name().equals("ca-certificates")) {
            // debconf asks through a frontend: no terminal, and Term::ReadLine only once perl is there
            out.stderr("debconf: unable to initialize frontend: Dialog\n"
                    + "debconf: (TERM is not set, so the dialog frontend is not usable.)\n"
                    + "debconf: falling back to frontend: Readline\n");
            if (!configured.contains("perl-modules-5.22")) {
                out.stderr("debconf: unable to initialize frontend: Readline\n"
                        + "debconf: (Can't locate Term/ReadLine.pm in @INC (you may need to install the"
                        + " Term::ReadLine module) (@INC contains: /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.22.1"
                        + " /usr/local/share/perl/5.22.1 /usr/lib/x86_64-linux-gnu/perl5/5.22 /usr/share/perl5"
                        + " /usr/lib/x86_64-linux-gnu/perl/5.22 /usr/share/perl/5.22 /usr/local/lib/site_perl"
                        + " /usr/lib/x86_64-linux-gnu/perl-base .) at /usr/share/perl5/Debconf/FrontEnd/Readline.pm"
                        + " line 7.)\n"
                        + "debconf: falling back to frontend: Teletype\n");
            }
        }
        for (String note : d.notes()) {
            out.stdout(note + "\n");
        }
        configured.add(d.name());
        StringBuilder list = new StringBuilder();
        for (String bin : d.bins()) {
            int eq = bin.indexOf('=');
            state.fs().installProgram(bin.substring(0, eq), bin.substring(eq + 1));
            list.append(bin, 0, eq).append('\n');
        }
        state.fs().writeFile(INFO + "/" + d.name() + ".list", list.toString());
        state.fs().writeFile("/usr/share/doc/" + d.name() + "/copyright", "");
        if (d.name().equals("python-pip")) {
            state.fs().writeFile("/usr/lib/python2.7/dist-packages/pip/__init__.py", "__version__ = \"8.1.1\"\n");
        } else if (d.name().equals("python3-pip")) {
            state.fs().writeFile("/usr/lib/python3/dist-packages/pip/__init__.py", "__version__ = \"8.1.1\"\n");
        } else if (d.name().equals("python2.7-minimal")) {
            state.fs().writeFile("/usr/lib/python2.7/os.py", "");
        } else if (d.name().equals("python3.5-minimal")) {
            state.fs().writeFile("/usr/lib/python3.5/os.py", "");
        }
    }

    /** apt-private ShowList: a title, then names after two spaces, wrapped before column 77. */
    static String list(String title, List<String> names) {
        StringBuilder sb = new StringBuilder(title);
        int used = 0;
        for (String name : names) {
            if (used == 0 || used + name.length() >= 77) {
                sb.append("\n  ");
                used = 0;
            } else {
                sb.append(' ');
                used++;
            }
            sb.append(name);
            used += name.length();
        }
        return sb.append('\n').toString();
    }

    /** apt-pkg strutl.cc SizeToStr: four digits at most, one decimal under 100 (the caller adds "B"). */
    static String sizeToStr(double size) {
        String ext = " kMGTPEZY";
        double s = size;
        for (int i = 0; ; i++) {
            String unit = i == 0 ? " " : " " + ext.charAt(i);
            if (s < 100 && i != 0) {
                return String.format(Locale.ROOT, "%.1f", s) + unit;
            }
            if (s < 10000) {
                return String.format(Locale.ROOT, "%.0f", s) + unit;
            }
            s /= 1000;
        }
    }

    /** dpkg's summarize_filename: drop leading directories while more than 30 characters remain. */
    static String summarize(String path) {
        String p = path;
        while (p.length() > 30 && p.indexOf('/') >= 0) {
            p = p.substring(p.indexOf('/') + 1);
        }
        return p.equals(path) ? path : ".../" + p;
    }
}
