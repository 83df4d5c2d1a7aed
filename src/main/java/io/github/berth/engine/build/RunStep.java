package io.github.berth.engine.build;

import io.github.berth.engine.GoText;
import io.github.berth.engine.dockerfile.Heredoc;
import io.github.berth.engine.dockerfile.Instruction;
import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RUN: the command runs in berth's shell (or the program the exec form names) on a union over
 * the stage's filesystem, with the stage's environment and build arguments, in its working
 * directory; a non-zero status fails the build with BuildKit's words.
 */
final class RunStep {
    private final Stages stages;
    private final StageState st;

    RunStep(Stages stages, StageState st) {
        this.stages = stages;
        this.st = st;
    }

    void run(Instruction i, boolean onBuild) throws Builder.StepFailure {
        List<String> argv = new ArrayList<>();
        if (i.json()) {
            argv.addAll(i.words());
        } else {
            argv.addAll(st.shellOrDefault());
            String line = i.words().isEmpty() ? "" : i.words().get(0);
            if (!i.heredocs().isEmpty() && line.startsWith("<<")) {
                Heredoc doc = i.heredocs().get(0);
                line = doc.chomp() ? doc.chompedContent() : doc.content();
            }
            argv.add(line);
        }
        Map<String, String> env = new Steps(stages, st).runEnv();
        String vertex = Steps.prefix(st, onBuild) + Steps.uppercaseCmd(Builder.expand(stages.rawLex, i.original(),
                st.expansionEnv()));
        String cwd = st.cwd();
        String keyText = "run\n" + String.join("\u0000", argv) + "\n" + env + "\n" + cwd + "\n" + st.user;
        List<BuildTrace.Chunk> output = new ArrayList<>();
        String createdBy = "RUN " + runCommandString(argv) + " # buildkit";
        new Steps(stages, st).fsStepChecked(i, vertex, keyText, false, fs -> execute(i, argv, env, cwd, fs, output),
                createdBy, output);
    }

    private Builder.StepFailure execute(Instruction i, List<String> argv, Map<String, String> env, String cwd,
                                        MemoryFs fs, List<BuildTrace.Chunk> output) {
        Object resolved = io.github.berth.engine.ContainerUser.resolve(st.user, fs);
        if (resolved instanceof String error) {
            // executor/runcexecutor GetUser fails before the process starts; exec.go wraps the error
            return new Builder.StepFailure("process " + GoText.quote(String.join(" ", argv))
                    + " did not complete successfully: " + error, error, 1, i);
        }
        io.github.berth.engine.ContainerUser user = (io.github.berth.engine.ContainerUser) resolved;
        io.github.berth.fs.Node.Meta base = fs.stamp();
        io.github.berth.fs.Node.Meta owner = new io.github.berth.fs.Node.Meta(user.uid(), user.gid(), base.mtime());
        // runcexecutor: a missing working directory is made for the process's user
        Ownership.mkdirs(fs, cwd, owner, 0755);
        fs.stamp(() -> owner);
        Map<String, String> processEnv = env;
        if (!env.containsKey("HOME")) {
            // runc's init sets HOME from the user's passwd entry when the environment has none
            processEnv = new java.util.LinkedHashMap<>(env);
            processEnv.put("HOME", user.home());
        }
        Optional<Program> program = Steps.program(stages.engine.programs(), fs, cwd, env.get("PATH"), argv.get(0));
        String joined = String.join(" ", argv);
        if (program.isEmpty()) {
            String reason = argv.get(0).contains("/") ? "stat " + argv.get(0) + ": no such file or directory"
                    : "executable file not found in $PATH";
            String message = "process " + GoText.quote(joined) + " did not complete successfully: runc run"
                    + " failed: unable to start container process: error during container init: exec: \""
                    + argv.get(0) + "\": " + reason;
            return new Builder.StepFailure(message, "failed to create task for container: failed to create shim"
                    + " task: OCI runtime create failed: runc create failed: unable to start container process: error"
                    + " during container init: exec: \"" + argv.get(0) + "\": " + reason + ": unknown", 127, i);
        }
        int exit = program.get().run(argv, "", Steps.capture(output, stages.trace), user.state(fs, cwd, processEnv));
        if (exit != 0) {
            // BuildKit's executor error; the legacy builder's dispatchers.go words it its own way
            return new Builder.StepFailure("process " + GoText.quote(joined)
                    + " did not complete successfully: exit code: " + exit,
                    "The command '" + joined + "' returned a non-zero code: " + exit, exit, i);
        }
        return null;
    }

    /** convert.go runCommandString: "|N K=V …" for the stage's build arguments, then the command. */
    private String runCommandString(List<String> argv) {
        List<String> parts = new ArrayList<>();
        st.args.forEach((k, v) -> parts.add(k + "=" + (v == null ? "" : v)));
        List<String> all = new ArrayList<>();
        if (!parts.isEmpty()) {
            all.add("|" + parts.size());
            all.addAll(parts);
        }
        all.addAll(argv);
        return String.join(" ", all);
    }
}
