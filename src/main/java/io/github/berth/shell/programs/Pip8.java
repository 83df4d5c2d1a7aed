package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * pip 8.1.1, Ubuntu 16.04's python-pip (for Python 2.7) and python3-pip (for 3.5): {@code
 * --version}, {@code install NAME… | -r FILE} and {@code list}, in pip 8's words: "Collecting X
 * (from -r requirements.txt (line 1))", a dependency's requirement as its parent states it and
 * the chain it came from ("(from Jinja2<3.0,>=2.10.1->Flask->-r …)"), the full download URL
 * (pip 8 shortens only pypi.python.org's), the size only above 40 kB, "Installing collected
 * packages" dependencies first, "Successfully installed" sorted, and on standard error the
 * outdated-pip notice. Debian's pip installs into /usr/local/lib/pythonX.Y/dist-packages.
 *
 * <p>Honest difference: real pip 8.1.1 ignores Requires-Python (pip 9 added it), so today it
 * would pick Flask 3 and fail to install it on Python 2, and its notice would name the newest
 * pip. berth installs the last releases that support Python 2.7 (Flask 1.1.4 and what it
 * needs, as pip 9 on Python 2 resolves them) and names pip 20.3.4, the last pip for Python 2,
 * so the source notes' example works as it did when they were written.
 */
final class Pip8 {
    private static final String FILES = "https://files.pythonhosted.org/packages/";

    /** A release: its requirements as its metadata states them (in the order pip meets them), the wheel's URL and bytes. */
    private record Release(String name, String version, List<String> requires, String url, int bytes) {}

    private static final Map<String, Release> PY2 = new LinkedHashMap<>();

    static {
        // URLs and sizes as pip printed them for these files (build logs of Flask 1.1.4 on Python 2)
        release("Flask", "1.1.4", List.of("Jinja2<3.0,>=2.10.1", "Werkzeug<2.0,>=0.15", "click<8.0,>=5.1",
                "itsdangerous<2.0,>=0.24"), "e8/6d/994208daa354f68fd89a34a8bafbeaab26fda84e7af1e35bdaed02b667e6/"
                + "Flask-1.1.4-py2.py3-none-any.whl", 94_591);
        release("Jinja2", "2.11.3", List.of("MarkupSafe>=0.23"), "7e/c2/1eece8c95ddbc9b1aeb64f5783a9e07a286de42191b7"
                + "204d67b7496ddf35/Jinja2-2.11.3-py2.py3-none-any.whl", 125_699);
        release("Werkzeug", "1.0.1", List.of(), "cc/94/5f7079a0e00bd6863ef8f1da638721e9da21e5bacee597595b318f71d62e/"
                + "Werkzeug-1.0.1-py2.py3-none-any.whl", 298_631);
        release("click", "7.1.2", List.of(), "d2/3d/fa76db83bf75c4f8d338c2fd15c8d33fdd7ad23a9b5e57eb6c5de26b430e/"
                + "click-7.1.2-py2.py3-none-any.whl", 82_780);
        release("itsdangerous", "1.1.0", List.of(), "76/ae/44b03b253d6fade317f32c24d100b3b35c2239807046a4c953c7b89fa49e/"
                + "itsdangerous-1.1.0-py2.py3-none-any.whl", 16_743);
        release("MarkupSafe", "1.1.1", List.of(), "fb/40/f3adb7cf24a8012813c5edb20329eb22d5d8e2a0ecf73d21d6b85865da11/"
                + "MarkupSafe-1.1.1-cp27-cp27mu-manylinux1_x86_64.whl", 24_348);
    }

    private static void release(String name, String version, List<String> requires, String path, int bytes) {
        PY2.put(name.toLowerCase(Locale.ROOT), new Release(name, version, requires, FILES + path, bytes));
    }

    private Pip8() {}

    /** {@code pip} or {@code pip2} is for Python 2.7, {@code pip3} for 3.5. */
    static String python(List<String> argv) {
        String name = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        return name.startsWith("pip3") ? "3.5" : "2.7";
    }

    static int run(List<String> argv, Output out, ShellState state) {
        String py = python(argv);
        String site = "/usr/local/lib/python" + py + "/dist-packages";
        String command = argv.size() < 2 ? "" : argv.get(1);
        if (command.equals("--version") || command.equals("-V")) {
            out.outLine("pip 8.1.1 from /usr/lib/" + (py.equals("2.7") ? "python2.7" : "python3") + "/dist-packages"
                    + " (python " + py + ")");
            return 0;
        }
        if (command.equals("list")) {
            TreeMap<String, String> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            rows.put("pip", "8.1.1");
            rows.put("setuptools", "20.7.0");
            rows.put("wheel", "0.29.0");
            for (String name : state.fs().list(site)) {
                if (name.endsWith(".dist-info")) {
                    String base = name.substring(0, name.length() - ".dist-info".length());
                    rows.put(base.substring(0, base.lastIndexOf('-')), base.substring(base.lastIndexOf('-') + 1));
                }
            }
            StringBuilder sb = new StringBuilder();
            rows.forEach((k, v) -> sb.append(k).append(" (").append(v).append(")\n"));
            out.stdout(sb.toString());
            return 0;
        }
        if (!command.equals("install")) {
            out.errLine("ERROR: unknown command \"" + command + "\"");
            return 1;
        }
        List<String[]> wanted = new ArrayList<>(); // {requirement, comes from}
        List<String> rest = argv.subList(2, argv.size());
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("-r") || arg.equals("--requirement")) {
                if (i + 1 >= rest.size()) {
                    out.stderr("\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n"
                            + "  pip install [options] -r <requirements file> [package-index-options] ...\n"
                            + "  pip install [options] [-e] <vcs project url> ...\n"
                            + "  pip install [options] [-e] <local project path> ...\n"
                            + "  pip install [options] <archive url/path> ...\n\n-r option requires an argument\n");
                    return 2;
                }
                String file = rest.get(++i);
                if (!(PathWalk.walk(state, file).node() instanceof Node.File f)) {
                    out.errLine("Could not open requirements file: [Errno 2] No such file or directory: '" + file + "'");
                    return 1;
                }
                String[] lines = PathWalk.text(f).split("\n");
                for (int n = 0; n < lines.length; n++) {
                    String line = lines[n].replaceAll("#.*", "").strip();
                    if (!line.isEmpty()) {
                        wanted.add(new String[] {line, "-r " + file + " (line " + (n + 1) + ")"});
                    }
                }
            } else if (!arg.startsWith("-")) {
                wanted.add(new String[] {arg, null});
            }
        }
        if (wanted.isEmpty()) {
            out.errLine("You must give at least one requirement to install (see \"pip help install\")");
            return 1;
        }
        TreeMap<String, String> have = installed(state, site);
        // pip 8's RequirementSet: requirements met in order, those they need appended (breadth first)
        List<Object[]> queue = new ArrayList<>(); // {written, from-path or null, parent index or -1}
        for (String[] w : wanted) {
            queue.add(new Object[] {w[0], w[1], -1});
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<List<Integer>> children = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        List<String> typedNames = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < queue.size(); i++) {
            String written = (String) queue.get(i)[0];
            String from = (String) queue.get(i)[1];
            String name = written.split("[=<>!~\\[; ]")[0];
            String key = name.toLowerCase(Locale.ROOT);
            String shown = written + (from == null ? "" : " (from " + from + ")");
            releases.add(null);
            typedNames.add(name);
            children.add(new ArrayList<>());
            if (seen.containsKey(key)) {
                continue;
            }
            seen.put(key, i);
            Release r = py.equals("2.7") ? PY2.get(key) : null;
            String path = written + (from == null ? "" : "->" + from);
            if (have.containsKey(key)) {
                // pip 8 InstallRequirement.__str__: the requirement, where it is installed, where it came from
                sb.append("Requirement already satisfied (use --upgrade to upgrade): ").append(written).append(" in ")
                        .append(site).append(from == null ? "" : " (from " + from + ")").append('\n');
                for (String req : r == null ? List.<String>of() : r.requires()) {
                    children.get(i).add(queue.size());
                    queue.add(new Object[] {req, path, i});
                }
                continue;
            }
            sb.append("Collecting ").append(shown).append('\n');
            if (r == null) {
                out.stdout(sb.toString());
                out.errLine("  Could not find a version that satisfies the requirement " + shown + " (from versions: )");
                out.errLine("No matching distribution found for " + shown);
                return 1;
            }
            releases.set(i, r);
            // pip 8.1.1 download.py: a size is shown with the progress bar, for files over 40 kB
            sb.append("  Downloading ").append(r.url()).append(r.bytes() > 40_000 ? " (" + size(r.bytes()) + ")" : "")
                    .append('\n');
            for (String req : r.requires()) {
                children.get(i).add(queue.size());
                queue.add(new Object[] {req, path, i});
            }
        }
        // _to_install: each requirement after what it needs, in the order they were met
        List<Integer> order = new ArrayList<>();
        List<Integer> visited = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            if ((int) queue.get(i)[2] == -1) {
                schedule(i, queue, seen, children, releases, order, visited);
            }
        }
        if (!order.isEmpty()) {
            List<String> names = new ArrayList<>();
            TreeMap<String, String> done = new TreeMap<>();
            for (int i : order) {
                Release r = releases.get(i);
                names.add(typedNames.get(i));
                done.put(typedNames.get(i) + "-" + r.version(), "");
                String module = r.name().toLowerCase(Locale.ROOT);
                state.fs().writeFile(site + "/" + module + "/__init__.py", "");
                state.fs().writeFile(site + "/" + r.name() + "-" + r.version() + ".dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: " + r.name() + "\nVersion: " + r.version() + "\n");
                if (module.equals("flask") || module.equals("click")) {
                    state.fs().installProgram("/usr/local/bin/flask", "flask");
                }
            }
            sb.append("Installing collected packages: ").append(String.join(", ", names)).append('\n')
                    .append("Successfully installed ").append(String.join(" ", done.keySet())).append('\n');
        }
        out.stdout(sb.toString());
        out.errLine("You are using pip version 8.1.1, however version 20.3.4 is available.");
        out.errLine("You should consider upgrading via the 'pip install --upgrade pip' command.");
        return 0;
    }

    private static void schedule(int i, List<Object[]> queue, Map<String, Integer> seen, List<List<Integer>> children,
                                 List<Release> releases, List<Integer> order, List<Integer> visited) {
        String key = ((String) queue.get(i)[0]).split("[=<>!~\\[; ]")[0].toLowerCase(Locale.ROOT);
        int first = seen.get(key);
        if (visited.contains(first)) {
            return;
        }
        visited.add(first);
        for (int child : children.get(first)) {
            schedule(child, queue, seen, children, releases, order, visited);
        }
        if (releases.get(first) != null) {
            order.add(first);
        }
    }

    /** pip 8's format_size. */
    static String size(long bytes) {
        if (bytes > 1_000_000) {
            return String.format(Locale.ROOT, "%.1fMB", bytes / 1_000_000.0);
        } else if (bytes > 10_000) {
            return (bytes / 1000) + "kB";
        } else if (bytes > 1000) {
            return String.format(Locale.ROOT, "%.1fkB", bytes / 1000.0);
        }
        return bytes + "bytes";
    }

    /** Distribution name (lower case) to version, from dist-packages. */
    private static TreeMap<String, String> installed(ShellState state, String site) {
        TreeMap<String, String> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : state.fs().list(site)) {
            if (name.endsWith(".dist-info")) {
                String base = name.substring(0, name.length() - ".dist-info".length());
                int dash = base.lastIndexOf('-');
                found.put(base.substring(0, dash).toLowerCase(Locale.ROOT), base.substring(dash + 1));
            }
        }
        return found;
    }
}
