package io.github.berth.engine;

import io.github.berth.engine.dockerfile.DockerfileParseException;
import io.github.berth.engine.dockerfile.DockerfileParser;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.engine.dockerfile.ShellExpansionException;
import io.github.berth.engine.dockerfile.ShellLex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code --change} for {@code docker commit} and {@code docker import}: Dockerfile instructions
 * applied to a config as moby v28.2.2 builder/dockerfile/builder.go BuildFromConfig does with the
 * classic builder's dispatchers (dispatchers.go): only the instructions in validCommitCommands are
 * accepted, each word expanded with the config's environment. HEALTHCHECK is not yet simulated.
 */
public final class ConfigChanges {
    /** builder.go validCommitCommands, without healthcheck (berth's refusal says so). */
    private static final Set<String> VALID = Set.of("cmd", "entrypoint", "env", "expose", "label", "onbuild",
            "stopsignal", "user", "volume", "workdir");

    /** A config, or the daemon's message (without "Error response from daemon: "). */
    public record Result(ImageConfig config, String error) {}

    private ConfigChanges() {}

    public static Result apply(ImageConfig base, List<String> changes) {
        if (changes.isEmpty()) {
            return new Result(base, null);
        }
        List<Instruction> instructions;
        try {
            instructions = DockerfileParser.parse(String.join("\n", changes)).instructions();
        } catch (DockerfileParseException e) {
            return new Result(null, e.getMessage());
        }
        for (Instruction i : instructions) {
            if (i.command().equals("healthcheck")) {
                return new Result(null, "berth's sandbox does not simulate HEALTHCHECK in --change yet");
            }
            if (!VALID.contains(i.command())) {
                return new Result(null, i.command() + " is not a valid change command");
            }
        }
        for (Instruction i : instructions) {
            String problem = argumentProblem(i);
            if (problem != null) {
                return new Result(null, problem);
            }
        }
        Mutable c = new Mutable(base);
        ShellLex lex = new ShellLex('\\');
        for (Instruction i : instructions) {
            List<String> words = i.words();
            Map<String, String> env = c.envMap();
            switch (i.command()) {
                case "env" -> {
                    for (int k = 0; k + 1 < words.size(); k += 3) {
                        c.setEnv(words.get(k), expand(lex, words.get(k + 1), env));
                    }
                }
                case "label" -> {
                    for (int k = 0; k + 1 < words.size(); k += 3) {
                        c.labels.put(expand(lex, words.get(k), env), expand(lex, words.get(k + 1), env));
                    }
                }
                case "expose" -> {
                    for (String w : words) {
                        String p = expand(lex, w, env);
                        c.exposed.add(p.contains("/") ? p.toLowerCase(Locale.ROOT) : p + "/tcp");
                    }
                }
                case "user" -> c.user = expand(lex, words.get(0), env);
                case "workdir" -> {
                    // dispatchers.go normalizeWorkdir: relative to the current one, cleaned
                    String dir = expand(lex, words.get(0), env);
                    c.workingDir = io.github.berth.fs.VPath.resolve(c.workingDir.isEmpty() ? "/" : c.workingDir, dir);
                }
                case "volume" -> words.forEach(w -> c.volumes.add(expand(lex, w, env)));
                case "stopsignal" -> c.stopSignal = expand(lex, words.get(0), env);
                case "onbuild" -> c.onBuild.add(i.original().replaceFirst("(?i)^\\s*ONBUILD\\s*", ""));
                case "cmd" -> {
                    c.cmd = commandLine(i, c);
                    c.cmdSet = true;
                }
                default -> { // entrypoint
                    c.entrypoint = commandLine(i, c);
                    if (!c.cmdSet) {
                        c.cmd = null; // dispatchEntrypoint: an inherited CMD does not survive
                    }
                }
            }
        }
        return new Result(c.config(), null);
    }

    /** BuildKit's instructions/parse.go argument checks (errExactlyOneArgument, errAtLeastOneArgument). */
    private static String argumentProblem(Instruction i) {
        int n = i.words().size();
        String upper = i.command().toUpperCase(Locale.ROOT);
        switch (i.command()) {
            case "user", "workdir", "stopsignal" -> {
                return n == 1 ? null : upper + " requires exactly one argument";
            }
            case "env", "label", "expose", "volume" -> {
                return n > 0 ? null : upper + " requires at least one argument";
            }
            case "onbuild" -> {
                return i.args().isEmpty() ? "ONBUILD requires at least one argument" : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String expand(ShellLex lex, String word, Map<String, String> env) {
        try {
            return lex.processWord(word, env);
        } catch (ShellExpansionException e) {
            return word;
        }
    }

    /** resolveCmdLine: the exec form as written, the shell form after the config's shell (/bin/sh -c). */
    private static List<String> commandLine(Instruction i, Mutable c) {
        if (i.json()) {
            return List.copyOf(i.words());
        }
        List<String> argv = new ArrayList<>(c.shell == null || c.shell.isEmpty() ? List.of("/bin/sh", "-c") : c.shell);
        argv.add(i.words().isEmpty() ? "" : i.words().get(0));
        return argv;
    }

    /** The config being changed. */
    private static final class Mutable {
        final List<String> env;
        List<String> entrypoint;
        List<String> cmd;
        boolean cmdSet;
        String workingDir;
        final TreeSet<String> exposed;
        String stopSignal;
        String user;
        final Map<String, String> labels;
        final List<String> volumes;
        final ImageConfig.Healthcheck healthcheck;
        final List<String> onBuild;
        final List<String> shell;

        Mutable(ImageConfig b) {
            env = new ArrayList<>(b.env());
            entrypoint = b.entrypoint();
            cmd = b.cmd();
            workingDir = b.workingDir() == null ? "" : b.workingDir();
            exposed = new TreeSet<>(b.exposedPorts());
            stopSignal = b.stopSignal() == null ? "" : b.stopSignal();
            user = b.user();
            labels = new TreeMap<>(b.labels());
            volumes = new ArrayList<>(b.volumes());
            healthcheck = b.healthcheck();
            onBuild = new ArrayList<>(b.onBuild());
            shell = b.shell();
        }

        Map<String, String> envMap() {
            Map<String, String> m = new LinkedHashMap<>();
            for (String e : env) {
                int eq = e.indexOf('=');
                m.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
            }
            return m;
        }

        /** dispatchEnv: replaces the variable where it is, else appends it. */
        void setEnv(String key, String value) {
            for (int k = 0; k < env.size(); k++) {
                String e = env.get(k);
                if (e.equals(key) || e.startsWith(key + "=")) {
                    env.set(k, key + "=" + value);
                    return;
                }
            }
            env.add(key + "=" + value);
        }

        ImageConfig config() {
            return new ImageConfig(env, entrypoint, cmd, workingDir, List.copyOf(exposed), stopSignal, user, labels,
                    volumes.stream().distinct().toList(), healthcheck, onBuild, shell);
        }
    }
}
