package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alpine's {@code apk add [--no-cache] PKG...}, {@code apk del}, {@code apk update} and
 * {@code apk info}, with apk-tools 2.14's output. The world (/etc/apk/world) lists what was asked
 * for; packages come from {@link PackageCatalog}'s small list, their executables go to /usr/bin.
 */
final class Apk extends Tool {
    private static final String WORLD = "/etc/apk/world";
    private static final String INSTALLED = "/lib/apk/db/installed";
    /** The packages of the alpine:3.21 image, as {@code apk info} lists them. */
    private static final List<String> BASE = List.of("alpine-baselayout", "alpine-baselayout-data", "alpine-keys",
            "alpine-release", "apk-tools", "busybox", "busybox-binsh", "ca-certificates-bundle", "libcrypto3",
            "libssl3", "musl", "musl-utils", "scanelf", "ssl_client", "zlib");

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        List<String> words = new ArrayList<>();
        for (String arg : args.subList(1, args.size())) {
            if (!arg.startsWith("-")) {
                words.add(arg);
            }
        }
        if (words.isEmpty()) { // apk-tools src/apk.c usage(): the version, the help, status 1
            out.stdout("apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n");
            return 1;
        }
        String op = words.get(0);
        List<String> packages = words.subList(1, words.size());
        String v = "v" + PackageFiles.osRelease(state, "VERSION_ID", "3.21.3").replaceAll("^(\\d+\\.\\d+).*", "$1");
        String fetch = "fetch https://dl-cdn.alpinelinux.org/alpine/" + v + "/main/x86_64/APKINDEX.tar.gz\n"
                + "fetch https://dl-cdn.alpinelinux.org/alpine/" + v + "/community/x86_64/APKINDEX.tar.gz\n";
        switch (op) {
            case "update" -> {
                if (state.uid() != 0) {
                    return locked(out);
                }
                out.stdout(fetch + v + ".3-1-g0c2a1ee2d8e [https://dl-cdn.alpinelinux.org/alpine/" + v + "/main]\n"
                        + v + ".3-2-g4d2b0a1a6b5 [https://dl-cdn.alpinelinux.org/alpine/" + v + "/community]\n"
                        + "OK: 25396 distinct packages available\n");
                return 0;
            }
            case "add" -> {
                if (state.uid() != 0) {
                    return locked(out);
                }
                return add(packages, fetch, out, state);
            }
            case "info" -> {
                List<String> all = new ArrayList<>(BASE);
                all.addAll(installed(state));
                all.sort(null);
                out.stdout(String.join("\n", all) + "\n");
                return 0;
            }
            default -> {
                out.errLine("ERROR: '" + op + "' is not an apk command. See 'apk --help'."); // apk-tools src/apk.c
                return 1;
            }
        }
    }

    private static int locked(Output out) {
        out.errLine("ERROR: Unable to lock database: Permission denied");
        out.errLine("ERROR: Failed to open apk database: Permission denied");
        return 99;
    }

    private static List<String> installed(ShellState state) {
        List<String> names = new ArrayList<>();
        if (state.fs().lookup(INSTALLED).orElse(null) instanceof Node.File f) {
            for (String line : PathWalk.text(f).split("\n")) {
                if (line.startsWith("P:")) {
                    names.add(line.substring(2));
                }
            }
        }
        return names;
    }

    private static int add(List<String> packages, String fetch, Output out, ShellState state) {
        out.stdout(fetch);
        List<String> unknown = packages.stream().filter(p -> !PackageCatalog.APK.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder("ERROR: unable to select packages:\n");
            for (String p : unknown) {
                sb.append("  ").append(p).append(" (no such package):\n    required by: world[").append(p).append("]\n");
            }
            out.stderr(sb.toString());
            return 1;
        }
        Set<String> have = new LinkedHashSet<>(installed(state));
        List<PackageCatalog.Pkg> todo = PackageFiles.closure(PackageCatalog.APK, packages, have);
        StringBuilder sb = new StringBuilder();
        StringBuilder db = new StringBuilder();
        for (int i = 0; i < todo.size(); i++) {
            PackageCatalog.Pkg p = todo.get(i);
            sb.append('(').append(i + 1).append('/').append(todo.size()).append(") Installing ").append(p.name())
                    .append(" (").append(p.version()).append(")\n");
            db.append("P:").append(p.name()).append("\nV:").append(p.version()).append("\n\n");
            PackageFiles.installBins(state, "/usr/bin", p);
        }
        if (todo.stream().anyMatch(p -> p.name().equals("ca-certificates"))) {
            sb.append("Executing busybox-1.37.0-r12.trigger\nExecuting ca-certificates-20241121-r1.trigger\n");
        } else if (!todo.isEmpty()) {
            sb.append("Executing busybox-1.37.0-r12.trigger\n");
        }
        int count = BASE.size() + have.size() + todo.size();
        sb.append("OK: ").append(7 + todo.size() * 2).append(" MiB in ").append(count).append(" packages\n");
        out.stdout(sb.toString());
        PathWalk.append(state, INSTALLED, db.toString());
        Set<String> world = new LinkedHashSet<>();
        if (state.fs().lookup(WORLD).orElse(null) instanceof Node.File f) {
            world.addAll(List.of(PathWalk.text(f).split("\n")));
        }
        world.remove("");
        world.addAll(packages);
        List<String> sorted = new ArrayList<>(world);
        sorted.sort(null);
        state.fs().writeFile(WORLD, String.join("\n", sorted) + "\n");
        return 0;
    }
}
