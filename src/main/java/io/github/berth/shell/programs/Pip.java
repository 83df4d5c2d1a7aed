package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code pip install NAME...}, {@code pip install -r FILE} and {@code pip list} in a Python image,
 * as pip 24 writes to a pipe: Collecting, Downloading, Installing collected packages, Successfully
 * installed, and the warning for running as root. Packages go to site-packages of the image's
 * Python ({@code $PYTHON_VERSION}, else 3.13, under /usr/local/lib), their scripts to /usr/local/bin.
 */
final class Pip extends Tool {
    private static final String PIP_VERSION = "24.3.1";

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        if (state.var("PYTHON_VERSION") == null
                && PackageFiles.osRelease(state, "VERSION_CODENAME", "").equals("xenial")) {
            return Pip8.run(args, out, state); // Ubuntu 16.04's python-pip
        }
        if (args.size() < 2) {
            out.stdout("\nUsage:   \n  pip <command> [options]\n\n");
            return 0;
        }
        String command = args.get(1);
        String site = sitePackages(state);
        if (command.equals("list")) {
            TreeMap<String, String> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            rows.put("pip", PIP_VERSION);
            installed(state, site).forEach(rows::put);
            int width = Math.max(7, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
            int vwidth = Math.max(7, rows.values().stream().mapToInt(String::length).max().orElse(0));
            StringBuilder sb = new StringBuilder(String.format("%-" + width + "s %s%n", "Package", "Version"))
                    .append("-".repeat(width)).append(' ').append("-".repeat(vwidth)).append('\n');
            rows.forEach((k, v) -> sb.append(String.format("%-" + width + "s %s%n", k, v)));
            out.stdout(sb.toString());
            return 0;
        }
        if (!command.equals("install")) {
            out.errLine("ERROR: unknown command \"" + command + "\"");
            return 1;
        }
        List<String[]> wanted = new ArrayList<>(); // {specifier as written, where from}
        List<String> rest = args.subList(2, args.size());
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("-r") || arg.equals("--requirement")) {
                if (i + 1 >= rest.size()) {
                    out.stderr("\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n\n"
                            + "-r option requires 1 argument\n");
                    return 2;
                }
                String file = rest.get(++i);
                PathWalk walk = PathWalk.walk(state, file);
                if (!(walk.node() instanceof Node.File f)) {
                    out.errLine("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '"
                            + file + "'");
                    return 1;
                }
                String[] lines = PathWalk.text(f).split("\n");
                for (int n = 0; n < lines.length; n++) {
                    String line = lines[n].replaceAll("#.*", "").strip();
                    if (!line.isEmpty()) {
                        wanted.add(new String[] {line, " (from -r " + file + " (line " + (n + 1) + "))"});
                    }
                }
            } else if (!arg.startsWith("-")) {
                wanted.add(new String[] {arg, ""});
            }
        }
        if (wanted.isEmpty()) {
            out.errLine("ERROR: You must give at least one requirement to install (see \"pip help install\")");
            return 1;
        }
        TreeMap<String, String> have = installed(state, site);
        Set<String> done = new HashSet<>();
        List<PackageCatalog.Pkg> toInstall = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String[] w : wanted) {
            String key = w[0].split("[=<>!~\\[; ]")[0].toLowerCase(Locale.ROOT).replace('_', '-');
            PackageCatalog.Pkg pkg = PackageCatalog.PYPI.get(key);
            if (pkg == null) {
                out.stdout(sb.toString());
                out.errLine("ERROR: Could not find a version that satisfies the requirement " + w[0]
                        + " (from versions: none)");
                out.errLine("ERROR: No matching distribution found for " + w[0]);
                return 1;
            }
            collect(pkg, w[0], w[1], site, have, done, toInstall, sb);
        }
        for (PackageCatalog.Pkg p : toInstall) {
            sb.append("Downloading ").append(wheel(p)).append(" (").append(p.size()).append(" kB)\n");
        }
        if (!toInstall.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = toInstall.size() - 1; i >= 0; i--) {
                names.add(toInstall.get(i).name());
            }
            java.util.Collections.reverse(names);
            sb.append("Installing collected packages: ").append(String.join(", ", names)).append('\n');
            List<String> installedNames = new ArrayList<>();
            for (PackageCatalog.Pkg p : toInstall) {
                installedNames.add(p.name() + "-" + p.version());
                String module = p.name().toLowerCase(Locale.ROOT).replace('-', '_');
                state.fs().writeFile(site + "/" + module + "/__init__.py", "");
                state.fs().writeFile(site + "/" + p.name().replace('-', '_') + "-" + p.version() + ".dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: " + p.name() + "\nVersion: " + p.version() + "\n");
                PackageFiles.installBins(state, "/usr/local/bin", p);
            }
            installedNames.sort(null);
            sb.append("Successfully installed ").append(String.join(" ", installedNames)).append('\n');
        }
        out.stdout(sb.toString());
        if (state.uid() == 0) {
            out.errLine("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting"
                    + " behaviour with the system package manager, possibly rendering your system unusable. It is"
                    + " recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the"
                    + " --root-user-action option if you know what you are doing and want to suppress this warning.");
        }
        out.stderr("\n[notice] A new release of pip is available: " + PIP_VERSION + " -> 25.1.1\n"
                + "[notice] To update, run: pip install --upgrade pip\n");
        return 0;
    }

    private static void collect(PackageCatalog.Pkg pkg, String written, String from, String site,
                                TreeMap<String, String> have, Set<String> done, List<PackageCatalog.Pkg> toInstall,
                                StringBuilder sb) {
        String key = pkg.name().toLowerCase(Locale.ROOT);
        if (!done.add(key)) {
            return;
        }
        if (have.containsKey(pkg.name())) {
            sb.append("Requirement already satisfied: ").append(written).append(" in ").append(site).append(" (")
                    .append(have.get(pkg.name())).append(")").append(from).append('\n');
            return;
        }
        sb.append("Collecting ").append(written).append(from).append('\n')
                .append("  Downloading ").append(wheel(pkg)).append(".metadata (")
                .append(Math.max(1, pkg.size() / 30)).append(".").append(pkg.size() % 10).append(" kB)\n");
        for (String dep : pkg.deps()) {
            PackageCatalog.Pkg d = PackageCatalog.PYPI.get(dep);
            collect(d, d.name(), " (from " + pkg.name() + ")", site, have, done, toInstall, sb);
        }
        toInstall.add(pkg);
    }

    private static String wheel(PackageCatalog.Pkg p) {
        return p.name().toLowerCase(Locale.ROOT).replace('-', '_') + "-" + p.version() + "-py3-none-any.whl";
    }

    static String sitePackages(ShellState state) {
        String version = state.var("PYTHON_VERSION");
        String minor = version == null ? "3.13" : version.replaceAll("^(\\d+\\.\\d+).*", "$1");
        return "/usr/local/lib/python" + minor + "/site-packages";
    }

    /** Distribution name to version, from the dist-info directories in site-packages. */
    private static TreeMap<String, String> installed(ShellState state, String site) {
        TreeMap<String, String> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : state.fs().list(site)) {
            if (name.endsWith(".dist-info")) {
                String base = name.substring(0, name.length() - ".dist-info".length());
                int dash = base.lastIndexOf('-');
                found.put(base.substring(0, dash).replace('_', '-'), base.substring(dash + 1));
            }
        }
        return found;
    }
}
