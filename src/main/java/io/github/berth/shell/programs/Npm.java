package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code npm install [NAME...]} (also {@code npm i}, {@code npm ci}) in a Node image, as npm 10
 * writes to a pipe: {@code added N packages, and audited M packages in 2s}, the funding note and
 * the audit summary. Dependencies come from the names given or package.json's "dependencies";
 * each is put in node_modules with its package.json; a new package.json lists the names given.
 * An unknown name is npm's E404, exit 1.
 */
final class Npm extends Tool {
    private static final Pattern DEPENDENCY = Pattern.compile("\"([@\\w./-]+)\"\\s*:\\s*\"[^\"]*\"");

    private final ProgramClock clock;

    Npm(ProgramClock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        if (args.size() < 2) {
            out.stdout("npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\n");
            return 1;
        }
        String command = args.get(1);
        if (command.equals("-v") || command.equals("--version")) {
            out.outLine("10.9.2");
            return 0;
        }
        if (!List.of("install", "i", "ci", "add").contains(command)) {
            out.errLine("Unknown command: \"" + command + "\"");
            out.errLine("");
            out.errLine("To see a list of supported npm commands, run:");
            out.errLine("  npm help");
            return 1;
        }
        List<String> names = new ArrayList<>();
        for (String arg : args.subList(2, args.size())) {
            if (!arg.startsWith("-")) {
                names.add(arg.replaceAll("(?<=.)@.*$", ""));
            }
        }
        String manifest = VPath.resolve(state.cwd(), "package.json");
        Node existing = state.fs().lookup(manifest).orElse(null);
        List<String> deps = new ArrayList<>(names);
        if (names.isEmpty() && existing instanceof Node.File f) {
            String text = PathWalk.text(f);
            int at = text.indexOf("\"dependencies\"");
            if (at >= 0) {
                int end = text.indexOf('}', at);
                Matcher m = DEPENDENCY.matcher(text.substring(at, end < 0 ? text.length() : end));
                while (m.find()) {
                    if (!m.group(1).equals("dependencies")) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        for (String name : deps) {
            if (!PackageCatalog.NPM.containsKey(name)) {
                out.errLine("npm error code E404");
                out.errLine("npm error 404 Not Found - GET https://registry.npmjs.org/" + name + " - Not found");
                out.errLine("npm error 404");
                out.errLine("npm error 404  '" + name + "@*' is not in this registry.");
                out.errLine("npm error 404");
                out.errLine("npm error 404 Note that you can also install from a");
                out.errLine("npm error 404 tarball, folder, http url, or git url.");
                out.errLine("npm error A complete log of this run can be found in: " + home(state) + "/.npm/_logs/"
                        + logStamp(clock.now()) + "-debug-0.log");
                return 1;
            }
        }
        int added = 0;
        for (String name : deps) {
            PackageCatalog.Pkg p = PackageCatalog.NPM.get(name);
            String dir = VPath.resolve(state.cwd(), "node_modules/" + name);
            if (state.fs().lookup(dir).isEmpty()) {
                added += p.size();
                state.fs().writeFile(dir + "/package.json", "{\n  \"name\": \"" + name + "\",\n  \"version\": \""
                        + p.version() + "\"\n}\n");
                for (String bin : p.bins()) {
                    state.fs().put(VPath.resolve(state.cwd(), "node_modules/.bin/" + bin),
                            new Node.Symlink("../" + name + "/bin/" + bin, state.fs().stamp()));
                }
            }
        }
        if (existing == null && !names.isEmpty()) {
            StringBuilder json = new StringBuilder("{\n  \"dependencies\": {\n");
            for (int i = 0; i < names.size(); i++) {
                json.append("    \"").append(names.get(i)).append("\": \"^")
                        .append(PackageCatalog.NPM.get(names.get(i)).version()).append('"')
                        .append(i < names.size() - 1 ? ",\n" : "\n");
            }
            state.fs().writeFile(manifest, json.append("  }\n}\n").toString());
        }
        state.fs().writeFile(VPath.resolve(state.cwd(), "package-lock.json"), "{\n  \"lockfileVersion\": 3,\n"
                + "  \"requires\": true,\n  \"packages\": {}\n}\n");
        int total = 0;
        for (String name : deps) {
            total += PackageCatalog.NPM.get(name).size();
        }
        StringBuilder sb = new StringBuilder("\n");
        if (added == 0) {
            sb.append("up to date, audited ").append(total + 1).append(total == 0 ? " package" : " packages")
                    .append(" in 1s\n");
        } else {
            sb.append("added ").append(added).append(added == 1 ? " package" : " packages").append(", and audited ")
                    .append(total + 1).append(" packages in 2s\n");
            int funding = added / 5;
            if (funding > 0) {
                sb.append('\n').append(funding).append(funding == 1 ? " package is" : " packages are")
                        .append(" looking for funding\n  run `npm fund` for details\n");
            }
        }
        sb.append("\nfound 0 vulnerabilities\n");
        out.stdout(sb.toString());
        return 0;
    }

    private static String home(ShellState state) {
        String home = state.var("HOME");
        return home == null ? "/root" : home;
    }

    /** npm's log file name: the ISO time with ':' and '.' turned into '_'. */
    private static String logStamp(Instant now) {
        String iso = DateTool.format("%Y-%m-%dT%H:%M:%S", now.atZone(java.time.ZoneOffset.UTC))
                + String.format(".%03dZ", now.getNano() / 1_000_000);
        return iso.replace(':', '_').replace('.', '_');
    }
}
