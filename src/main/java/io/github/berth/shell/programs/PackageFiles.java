package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the package managers share: the distribution, dependency order, number formats. */
final class PackageFiles {
    private PackageFiles() {}

    /** A field of /etc/os-release (ID, VERSION_CODENAME, VERSION_ID), or {@code otherwise}. */
    static String osRelease(ShellState state, String field, String otherwise) {
        if (state.fs().lookup("/etc/os-release").orElse(null) instanceof Node.File f) {
            for (String line : PathWalk.text(f).split("\n")) {
                if (line.startsWith(field + "=")) {
                    return line.substring(field.length() + 1).replace("\"", "");
                }
            }
        }
        return otherwise;
    }

    /** The packages to install for {@code wanted}: dependencies first, each once, those installed left out. */
    static List<PackageCatalog.Pkg> closure(Map<String, PackageCatalog.Pkg> catalog, List<String> wanted,
                                            Set<String> installed) {
        Set<String> order = new LinkedHashSet<>();
        for (String name : wanted) {
            visit(catalog, name, installed, order);
        }
        return order.stream().map(catalog::get).toList();
    }

    private static void visit(Map<String, PackageCatalog.Pkg> catalog, String name, Set<String> installed,
                              Set<String> order) {
        if (installed.contains(name) || order.contains(name)) {
            return;
        }
        for (String dep : catalog.get(name).deps()) {
            visit(catalog, dep, installed, order);
        }
        order.add(name);
    }

    /** {@code 1,234} as apt groups digits. */
    static String grouped(long n) {
        return String.format("%,d", n);
    }

    /** Puts the package's executables on $PATH, each running the simulated program of its name. */
    static void installBins(ShellState state, String dir, PackageCatalog.Pkg pkg) {
        for (String bin : pkg.bins()) {
            state.fs().installProgram(dir + "/" + bin, bin);
        }
    }
}
