package io.github.berth.engine.build;

import io.github.berth.engine.BuildCache;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.fs.Layer;
import io.github.berth.fs.Node;
import io.github.berth.fs.UnionFs;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ProgramLookup;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** One stage's instructions, dispatched in order (dockerfile2llb's dispatch functions). */
final class Steps {
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final Stages stages;
    private final StageState st;

    Steps(Stages stages, StageState st) {
        this.stages = stages;
        this.st = st;
    }

    static boolean isFilesystem(String command) {
        return command.equals("run") || command.equals("copy") || command.equals("add") || command.equals("workdir");
    }

    /** convert.go prefixCommand: "[stage i/n] ", the index padded to the width of n. */
    static String prefix(StageState st, boolean onBuild) {
        if (st.cmdTotal == 0) {
            return "";
        }
        st.cmdIndex++;
        int width = (int) (1 + Math.log10(st.cmdTotal));
        return "[" + (st.name != null ? st.name + " " : "") + String.format("%" + width + "d/%d] ", st.cmdIndex,
                st.cmdTotal) + (onBuild ? "ONBUILD " : "");
    }

    /** convert.go uppercaseCmd: the instruction's keyword in capitals. */
    static String uppercaseCmd(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text.toUpperCase(Locale.ROOT)
                : text.substring(0, space).toUpperCase(Locale.ROOT) + text.substring(space);
    }

    void dispatch(Instruction i, boolean onBuild) throws Builder.StepFailure {
        String cmd = i.command();
        Map<String, String> env = st.expansionEnv();
        List<String> words = i.words();
        switch (cmd) {
            case "run" -> new RunStep(stages, st).run(i, onBuild);
            case "copy", "add" -> new CopyStep(stages, st).run(i, onBuild, cmd.equals("add"));
            case "workdir" -> workdir(i, onBuild, expand(words.get(0), env));
            case "arg" -> {
                List<String> parts = new ArrayList<>();
                for (String word : words) {
                    int eq = word.indexOf('=');
                    String key = eq < 0 ? word : word.substring(0, eq);
                    String value = stages.req.buildArgs().containsKey(key) ? stages.req.buildArgs().get(key)
                            : eq >= 0 ? expand(word.substring(eq + 1), env) : stages.metaArgs.get(key);
                    stages.used.add(key);
                    st.args.put(key, value);
                    parts.add(value == null ? key : key + "=" + value);
                }
                metadata(i, "ARG " + String.join(" ", parts));
            }
            case "env", "label" -> {
                StringBuilder msg = new StringBuilder(cmd.toUpperCase(Locale.ROOT));
                for (int k = 0; k + 1 < words.size(); k += 3) {
                    String key = cmd.equals("label") ? expand(words.get(k), env) : words.get(k);
                    String value = expand(words.get(k + 1), env);
                    if (cmd.equals("env")) {
                        // the words were expanded before the instruction ran: ENV a=bye b=$a sees the old a
                        st.env.put(key, value);
                    } else {
                        st.labels.put(key, value);
                    }
                    msg.append(' ').append(key).append('=').append(value);
                }
                metadata(i, msg.toString());
            }
            case "maintainer" -> metadata(i, "MAINTAINER " + words.get(0));
            case "user" -> {
                st.user = expand(words.get(0), env);
                metadata(i, "USER " + st.user);
            }
            case "expose" -> {
                TreeSet<String> ports = new TreeSet<>();
                for (String w : words) {
                    String p = expand(w, env);
                    ports.add(p.contains("/") ? p.toLowerCase(Locale.ROOT) : p + "/tcp");
                }
                st.exposed.addAll(ports);
                StringBuilder map = new StringBuilder("map[");
                for (String p : ports) {
                    map.append(map.length() > 4 ? " " : "").append(p).append(":{}");
                }
                metadata(i, "EXPOSE " + map + "]");
            }
            case "volume" -> {
                List<String> vols = new ArrayList<>();
                for (String w : words) {
                    vols.add(expand(w, env));
                }
                st.volumes.addAll(vols);
                metadata(i, "VOLUME [" + String.join(" ", vols) + "]");
            }
            case "stopsignal" -> {
                st.stopSignal = expand(words.get(0), env);
                metadata(i, "STOPSIGNAL " + st.stopSignal);
            }
            case "shell" -> {
                st.shell = List.copyOf(words);
                metadata(i, "SHELL [" + String.join(" ", words) + "]");
            }
            case "cmd" -> {
                st.cmd = commandLine(i);
                st.cmdSet = true;
                metadata(i, "CMD " + ImageIds.goQuoteList(st.cmd));
            }
            case "entrypoint" -> {
                st.entrypoint = commandLine(i);
                if (!st.cmdSet) {
                    // convert.go dispatchEntrypoint: an inherited CMD does not survive a new ENTRYPOINT
                    st.cmd = null;
                }
                metadata(i, "ENTRYPOINT " + ImageIds.goQuoteList(st.entrypoint));
            }
            case "healthcheck" -> {
                st.healthcheck = Healthchecks.parse(i, st);
                metadata(i, "HEALTHCHECK " + Healthchecks.describe(st.healthcheck));
            }
            case "onbuild" -> {
                st.onBuild.add(i.original().replaceFirst("(?i)^\\s*ONBUILD\\s*", ""));
                legacyOnly(i);
            }
            default -> legacyOnly(i);
        }
    }

    /** CMD and ENTRYPOINT: the exec form as written, the shell form after the shell. */
    private List<String> commandLine(Instruction i) {
        if (i.json()) {
            return List.copyOf(i.words());
        }
        List<String> argv = new ArrayList<>(st.shellOrDefault());
        argv.add(i.words().isEmpty() ? "" : i.words().get(0));
        return argv;
    }

    String expand(String word, Map<String, String> env) {
        return Builder.expand(stages.lex, word, env);
    }

    private void metadata(Instruction i, String createdBy) {
        stages.history(st, createdBy, false);
        legacyOnly(i);
    }

    /** An instruction BuildKit shows no step for; the legacy builder commits it in a container. */
    private void legacyOnly(Instruction i) {
        String key = ImageIds.sha256(st.legacyKey + "\n" + i.original());
        boolean cached = !stages.req.noCache() && stages.cache().find("legacy:" + key).isPresent();
        stages.cache().put("legacy:" + key, new BuildCache.Entry(st.tree, null, st.time));
        st.legacyKey = key;
        st.legacyId = key.substring(0, 12);
        stages.trace.add(new BuildTrace.Step(null, i.original(), BuildTrace.Kind.METADATA, false, cached,
                List.of(), null, st.legacyId, cached ? null : stages.engine.ids().hex64().substring(0, 12), false));
    }

    private void workdir(Instruction i, boolean onBuild, String path) throws Builder.StepFailure {
        String wd = Stages.abs(st.cwd(), path);
        st.workingDir = wd;
        String vertex = prefix(st, onBuild) + uppercaseCmd(expand(i.original(), st.expansionEnv()));
        String user = st.user == null ? "" : st.user;
        // convert.go dispatchWorkdir: the directories it makes belong to the image's USER (llb.WithUser)
        fsStepChecked(i, vertex, "mkdir\n" + wd + (user.isEmpty() ? "" : "\n" + user), false, fs -> {
            Ownership.mkdirs(fs, wd, Ownership.chown(user, fs), 0755);
            return null;
        }, "WORKDIR " + wd, List.of());
    }

    /** A step that changes the filesystem: from the cache, or run on a union over the stage's tree. */
    interface FsAction {
        /** Changes the filesystem; a non-null result is an error that fails the step. */
        Builder.StepFailure apply(io.github.berth.fs.MemoryFs fs) throws Builder.StepFailure;
    }

    void fsStepChecked(Instruction i, String vertex, String keyText, boolean usesContext, FsAction action,
                       String createdBy, List<BuildTrace.Chunk> output) throws Builder.StepFailure {
        String key = ImageIds.sha256(st.key + "\n" + keyText);
        Optional<BuildCache.Entry> hit = stages.req.noCache() ? Optional.empty() : stages.cache().find(key);
        BuildCache.Entry entry;
        String containerId = null;
        if (hit.isPresent()) {
            entry = hit.get();
        } else {
            if (i.command().equals("run") || i.command().equals("workdir")) {
                // the legacy builder runs RUN in a container and commits WORKDIR from one
                containerId = stages.engine.ids().hex64().substring(0, 12);
            }
            stages.trace.start(new BuildTrace.Step(vertex, i.original(), kind(i), false, false, output, null, null,
                    containerId, usesContext));
            UnionFs union = UnionFs.over(st.tree);
            Builder.StepFailure failure = action.apply(union.fs());
            if (failure != null) {
                stages.trace.add(new BuildTrace.Step(vertex, i.original(), kind(i), false, false,
                        List.copyOf(output), failure.vertexError != null ? failure.vertexError : failure.getMessage(),
                        null, i.command().equals("run") ? containerId : null, usesContext));
                throw failure;
            }
            Layer layer = union.upper();
            layer = layer.isEmpty() ? null : stages.engine.layers().add(layer);
            entry = new BuildCache.Entry(union.tree(), layer, stages.now());
            stages.cache().put(key, entry);
        }
        st.tree = entry.tree();
        st.key = key;
        st.time = entry.created();
        if (entry.layer() != null) {
            st.layers.add(entry.layer().digest());
            st.builtLayers.put(entry.layer().digest(), hit.isPresent());
        }
        stages.history(st, createdBy, entry.layer() != null);
        String legacyKey = ImageIds.sha256(st.legacyKey + "\n" + keyText);
        st.legacyKey = legacyKey;
        st.legacyId = legacyKey.substring(0, 12);
        stages.trace.add(new BuildTrace.Step(vertex, i.original(), kind(i), hit.isPresent(), hit.isPresent(),
                hit.isPresent() ? List.of() : List.copyOf(output), null, st.legacyId, containerId, usesContext));
    }

    private static BuildTrace.Kind kind(Instruction i) {
        return i.command().equals("run") ? BuildTrace.Kind.RUN : BuildTrace.Kind.FILES;
    }

    /** The variables a RUN sees: build arguments, the environment over them, and a PATH. */
    Map<String, String> runEnv() {
        Map<String, String> env = new LinkedHashMap<>(st.expansionEnv());
        env.putIfAbsent("PATH", DEFAULT_PATH);
        return env;
    }

    static Optional<Program> program(Map<String, Program> programs, io.github.berth.fs.MemoryFs fs, String cwd,
                                     String path, String command) {
        return ProgramLookup.find(fs, cwd, path, command)
                .map(f -> programs.getOrDefault(f.program(), (args, out, state) -> 0));
    }

    static ShellState shellState(io.github.berth.fs.MemoryFs fs, String cwd, Map<String, String> env) {
        return new ShellState(fs, cwd, env);
    }

    /** An Output appending to {@code chunks}, telling {@code trace} after each write. */
    static Output capture(List<BuildTrace.Chunk> chunks, BuildTrace trace) {
        return Output.of(t -> {
            chunks.add(new BuildTrace.Chunk(false, t));
            trace.changed();
        }, t -> {
            chunks.add(new BuildTrace.Chunk(true, t));
            trace.changed();
        });
    }
}
