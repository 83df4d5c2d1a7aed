package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code apt-get} and {@code apt} ({@code update}, {@code install [-y]}, {@code remove}) on a
 * Debian or Ubuntu tree, with output as apt 2.7 writes it to a pipe. The package lists start
 * empty, as in the ubuntu and debian images: {@code install} before {@code update} cannot find
 * anything. Packages come from {@link PackageCatalog}'s small list; installing one records it
 * under /var/lib/dpkg/info and puts its executables in /usr/bin.
 */
final class Apt extends Tool {
    private static final String LISTS = "/var/lib/apt/lists";
    private static final String INFO = "/var/lib/dpkg/info";

    private final String name;

    Apt(String name) {
        this.name = name;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        boolean yes = false;
        List<String> words = new ArrayList<>();
        for (String arg : args.subList(1, args.size())) {
            if (arg.equals("-y") || arg.equals("--yes") || arg.equals("--assume-yes") || arg.equals("-qq")
                    || arg.equals("-q") || arg.equals("--no-install-recommends")) {
                yes |= arg.startsWith("-y") || arg.contains("yes") || arg.equals("-qq");
            } else if (arg.startsWith("-")) {
                out.errLine("E: Command line option '" + arg.replaceFirst("^-+", "") + "' [from " + arg
                        + "] is not understood in combination with the other options.");
                return 100;
            } else {
                words.add(arg);
            }
        }
        if (name.equals("apt")) {
            // apt warns when its output is not a terminal (apt-private/private-cmndline.cc)
            out.stderr("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
        }
        if (words.isEmpty()) {
            out.stdout("apt 2.7.14 (amd64)\nUsage: " + name + " [options] command\n");
            return 1;
        }
        String op = words.get(0);
        List<String> packages = words.subList(1, words.size());
        switch (op) {
            case "update":
                return update(out, state);
            case "install":
                return install(packages, yes, out, state);
            case "upgrade":
                if (state.uid() != 0) {
                    return notRoot(state, out, "/var/lib/dpkg/lock-frontend");
                }
                reading(out);
                out.stdout("Calculating upgrade...\n");
                return summary(0, out);
            default:
                out.errLine("E: Invalid operation " + op);
                return 100;
        }
    }

    private static int reading(Output out) {
        out.stdout("Reading package lists...\nBuilding dependency tree...\nReading state information...\n");
        return 0;
    }

    private static int summary(int installed, Output out) {
        out.stdout("0 upgraded, " + installed + " newly installed, 0 to remove and 0 not upgraded.\n");
        return 0;
    }

    /** apt's lock error for a user who is not root, status 100; 0 for root. */
    private static int notRoot(ShellState state, Output out, String lock) {
        if (state.uid() == 0) {
            return 0;
        }
        out.errLine("E: Could not open lock file " + lock + " - open (13: Permission denied)");
        out.errLine(lock.contains("lists")
                ? "E: Unable to lock directory /var/lib/apt/lists/"
                : "E: Unable to acquire the dpkg frontend lock (" + lock + "), are you root?");
        return 100;
    }

    private boolean debian(ShellState state) {
        return PackageFiles.osRelease(state, "ID", "ubuntu").equals("debian");
    }

    /** Ubuntu 16.04, whose apt 1.2 and archive {@link XenialApt} knows. */
    private static boolean xenial(ShellState state) {
        return PackageFiles.osRelease(state, "VERSION_CODENAME", "").equals("xenial");
    }

    private int update(Output out, ShellState state) {
        if (state.uid() != 0) {
            out.stdout("Reading package lists...\n");
            return notRoot(state, out, "/var/lib/apt/lists/lock");
        }
        List<String> sources = new ArrayList<>();
        if (xenial(state)) {
            XenialApt.update(out);
        } else if (debian(state)) {
            String c = PackageFiles.osRelease(state, "VERSION_CODENAME", "bookworm");
            sources.add("http://deb.debian.org/debian " + c + " InRelease [151 kB]");
            sources.add("http://deb.debian.org/debian " + c + "-updates InRelease [55.4 kB]");
            sources.add("http://deb.debian.org/debian-security " + c + "-security InRelease [48.0 kB]");
            sources.add("http://deb.debian.org/debian " + c + "/main amd64 Packages [8,792 kB]");
            sources.add("http://deb.debian.org/debian " + c + "-updates/main amd64 Packages [512 B]");
            sources.add("http://deb.debian.org/debian-security " + c + "-security/main amd64 Packages [261 kB]");
            out.stdout(gets(sources) + "Fetched 9,820 kB in 1s (7,104 kB/s)\nReading package lists...\n");
        } else {
            String c = PackageFiles.osRelease(state, "VERSION_CODENAME", "noble");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + " InRelease [256 kB]");
            sources.add("http://security.ubuntu.com/ubuntu " + c + "-security InRelease [126 kB]");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + "-updates InRelease [126 kB]");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + "-backports InRelease [126 kB]");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + "/main amd64 Packages [1,808 kB]");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + "/universe amd64 Packages [19.3 MB]");
            sources.add("http://security.ubuntu.com/ubuntu " + c + "-security/main amd64 Packages [1,083 kB]");
            sources.add("http://archive.ubuntu.com/ubuntu " + c + "-updates/main amd64 Packages [1,381 kB]");
            out.stdout(gets(sources) + "Fetched 24.2 MB in 3s (8,062 kB/s)\nReading package lists...\n");
        }
        state.fs().writeFile(LISTS + "/" + (debian(state) ? "deb.debian.org_debian" : "archive.ubuntu.com_ubuntu")
                + "_dists_" + PackageFiles.osRelease(state, "VERSION_CODENAME", debian(state) ? "bookworm" : "noble")
                + "_main_binary-amd64_Packages", "");
        return 0;
    }

    private static String gets(List<String> sources) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            sb.append("Get:").append(i + 1).append(' ').append(sources.get(i)).append('\n');
        }
        return sb.toString();
    }

    private static boolean updated(ShellState state) {
        return state.fs().lookup(LISTS).orElse(null) instanceof Node.Dir d
                && d.children().keySet().stream().anyMatch(n -> n.endsWith("_Packages"));
    }

    private int install(List<String> packages, boolean yes, Output out, ShellState state) {
        int locked = notRoot(state, out, "/var/lib/dpkg/lock-frontend");
        if (locked != 0) {
            return locked;
        }
        reading(out);
        boolean lists = updated(state);
        if (xenial(state)) {
            String missing = lists ? XenialApt.unknown(packages) : packages.isEmpty() ? null : packages.get(0);
            if (missing != null) {
                out.errLine("E: Unable to locate package " + missing);
                return 100;
            }
            return XenialApt.install(packages, yes, out, state);
        }
        for (String p : packages) {
            if (!lists || !PackageCatalog.APT.containsKey(p)) {
                out.errLine("E: Unable to locate package " + p);
                return 100;
            }
        }
        Set<String> installed = new TreeSet<>(state.fs().list(INFO).stream()
                .filter(n -> n.endsWith(".list")).map(n -> n.substring(0, n.length() - 5)).toList());
        List<PackageCatalog.Pkg> todo = PackageFiles.closure(PackageCatalog.APT, packages, installed);
        for (String p : packages) {
            if (installed.contains(p)) {
                out.outLine(p + " is already the newest version (" + PackageCatalog.APT.get(p).version() + ").");
            }
        }
        if (todo.isEmpty()) {
            summary(0, out);
            return 0;
        }
        List<String> extra = todo.stream().map(PackageCatalog.Pkg::name).filter(n -> !packages.contains(n)).toList();
        StringBuilder sb = new StringBuilder();
        if (!extra.isEmpty()) {
            sb.append("The following additional packages will be installed:\n  ")
                    .append(String.join(" ", new TreeSet<>(extra))).append('\n');
        }
        sb.append("The following NEW packages will be installed:\n  ")
                .append(todo.stream().map(PackageCatalog.Pkg::name).sorted().collect(Collectors.joining(" ")))
                .append('\n');
        long kb = todo.stream().mapToLong(PackageCatalog.Pkg::size).sum();
        sb.append("0 upgraded, ").append(todo.size()).append(" newly installed, 0 to remove and 0 not upgraded.\n")
                .append("Need to get ").append(PackageFiles.grouped(kb)).append(" kB of archives.\n")
                .append("After this operation, ").append(PackageFiles.grouped(kb * 3))
                .append(" kB of additional disk space will be used.\n");
        if (!extra.isEmpty() && !yes) {
            // apt reads the answer from standard input; at its end it aborts (apt-pkg/contrib/cmndline)
            out.stdout(sb + "Do you want to continue? [Y/n] Abort.\n");
            return 1;
        }
        String c = PackageFiles.osRelease(state, "VERSION_CODENAME", debian(state) ? "bookworm" : "noble");
        String mirror = debian(state) ? "http://deb.debian.org/debian " + c + "/main"
                : "http://archive.ubuntu.com/ubuntu " + c + "-updates/main";
        for (int i = 0; i < todo.size(); i++) {
            PackageCatalog.Pkg p = todo.get(i);
            sb.append("Get:").append(i + 1).append(' ').append(mirror).append(" amd64 ").append(p.name())
                    .append(" amd64 ").append(p.version()).append(" [").append(PackageFiles.grouped(p.size()))
                    .append(" kB]\n");
        }
        out.stdout(sb.toString());
        out.errLine("debconf: delaying package configuration, since apt-utils is not installed");
        sb.setLength(0);
        sb.append("Fetched ").append(PackageFiles.grouped(kb)).append(" kB in 1s (")
                .append(PackageFiles.grouped(kb)).append(" kB/s)\n");
        for (int i = 0; i < todo.size(); i++) {
            PackageCatalog.Pkg p = todo.get(i);
            sb.append("Selecting previously unselected package ").append(p.name()).append(".\n");
            if (i == 0) {
                sb.append("(Reading database ... 4381 files and directories currently installed.)\n");
            }
            sb.append("Preparing to unpack .../").append(i < 10 && todo.size() > 1 ? String.format("%02d-", i) : "")
                    .append(p.name()).append('_').append(p.version().replace(":", "%3a")).append("_amd64.deb ...\n")
                    .append("Unpacking ").append(p.name()).append(" (").append(p.version()).append(") ...\n");
        }
        for (PackageCatalog.Pkg p : todo) {
            sb.append("Setting up ").append(p.name()).append(" (").append(p.version()).append(") ...\n");
            state.fs().writeFile(INFO + "/" + p.name() + ".list", p.bins().stream().map(b -> "/usr/bin/" + b + "\n")
                    .collect(Collectors.joining("")));
            state.fs().writeFile("/usr/share/doc/" + p.name() + "/copyright", "");
            PackageFiles.installBins(state, "/usr/bin", p);
        }
        sb.append("Processing triggers for libc-bin (").append(debian(state) ? "2.36-9+deb12u10" : "2.39-0ubuntu8.4")
                .append(") ...\n");
        out.stdout(sb.toString());
        return 0;
    }
}
