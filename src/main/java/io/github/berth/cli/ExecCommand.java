package io.github.berth.cli;

import io.github.berth.engine.ContainerControl;
import io.github.berth.engine.Lookup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker exec}: docker/cli v28.2.2 cli/command/container/exec.go. The container is
 * inspected first (No such container), then -it is checked against the terminal, then the
 * daemon creates the exec (not running, paused: moby daemon/exec.go); a missing executable is
 * reported on stdout by the daemon with status 127. Without -t the command runs on the
 * container's filesystem with the container's environment, -e and -w applied.
 */
final class ExecCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("exec", "[OPTIONS] CONTAINER COMMAND [ARG...]",
            "Execute a command in a running container", List.of(
                    FlagSpec.bool("detach", 'd', "Detached mode: run command in the background"),
                    FlagSpec.value("detach-keys", (char) 0, "string", "Override the key sequence for detaching a container"),
                    FlagSpec.value("env", 'e', "list", "Set environment variables"),
                    FlagSpec.value("env-file", (char) 0, "list", "Read in a file of environment variables"),
                    FlagSpec.bool("interactive", 'i', "Keep STDIN open even if not attached"),
                    FlagSpec.bool("privileged", (char) 0, "Give extended privileges to the command"),
                    FlagSpec.bool("tty", 't', "Allocate a pseudo-TTY"),
                    FlagSpec.value("user", 'u', "string", "Username or UID (format: \"<name|uid>[:<group|gid>]\")"),
                    FlagSpec.value("workdir", 'w', "string", "Working directory inside the container")),
            new ArgsRule.AtLeast(2), false);

    private final InteractiveShells shells;

    ExecCommand(InteractiveShells shells) {
        this.shells = shells;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> positionals = inv.args().positionals();
        String name = positionals.get(0);
        // exec.go parseExec (opts.ReadKVEnvStrings) before anything is asked of the daemon:
        // the --env-file lines first, then -e (a bare NAME with the client's value, if it has one)
        List<String> env = new ArrayList<>();
        for (String file : inv.args().flags().getOrDefault("env-file", List.of())) {
            Object read = RunOptions.envFile(file, inv.state(), true);
            if (read instanceof String error) {
                inv.out().errLine(error);
                return 1;
            }
            for (Object line : (List<?>) read) {
                env.add((String) line);
            }
        }
        for (String e : inv.args().flags().getOrDefault("env", List.of())) {
            String host = e.contains("=") ? null : inv.state().var(e); // opts.ValidateEnv's lookup
            env.add(host == null ? e : e + "=" + host);
        }
        Lookup lookup = inv.engine().find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + missing.message()));
        }
        boolean detach = inv.args().bool("detach");
        boolean interactive = inv.args().bool("interactive");
        boolean tty = inv.args().bool("tty");
        if (!detach && interactive && tty && !inv.terminal()) {
            inv.out().errLine("the input device is not a TTY");
            return 1;
        }
        String workdir = inv.args().value("workdir") == null ? "" : inv.args().value("workdir");
        String user = inv.args().value("user") == null ? "" : inv.args().value("user");
        List<String> argv = positionals.subList(1, positionals.size());
        if (interactive && tty && !detach) {
            Object opened = shells.open(inv.engine(), ((Lookup.Found) lookup).container().id(), argv, workdir, user);
            if (opened instanceof String error && !error.isEmpty()) {
                return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + error));
            }
            if (opened != null) {
                return 0;
            }
            // not a shell: the command runs with the terminal attached, to its end
        }
        ContainerControl.ExecOutcome outcome = inv.engine().control().exec(name, argv, env, workdir, user,
                interactive ? inv.stdin() : "", detach ? io.github.berth.shell.Output.DISCARD : inv.out());
        if (outcome instanceof ContainerControl.ExecOutcome.Refused refused) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + refused.message()));
        }
        return detach ? 0 : ((ContainerControl.ExecOutcome.Ran) outcome).status();
    }
}
