package io.github.berth.cli;

import io.github.berth.engine.Engine;
import io.github.berth.shell.Output;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shell a learner has open inside a container ({@code docker run -it alpine sh},
 * {@code docker exec -it C bash}): lines go to it, on the container's files with its
 * environment, until {@code exit} or end of input; the sandbox asks here for its prompt.
 * A shell opened by {@code run -it} is the container's process, so the container exits with it.
 */
public final class InteractiveShells {
    private static final Set<String> SHELLS = Set.of("sh", "ash", "bash", "dash");

    /** An open shell: the container, whether it is the container's own process, and the shell. */
    private record Session(Engine engine, String containerId, boolean ownsContainer, Shell shell, String kind,
                           String hostname, boolean tty) {}

    private Session current;

    /** Whether a container shell is open. */
    public boolean isOpen() {
        return current != null;
    }

    /**
     * Opens {@code argv}'s shell in a running container; the daemon's error text, or a shell's
     * "not found" as the runtime words it, when it cannot.
     */
    Object open(Engine engine, String containerId, List<String> argv, String workdir, String user) {
        return open(engine, containerId, argv, workdir, user, false, true);
    }

    Object open(Engine engine, String containerId, List<String> argv, String workdir, String user, boolean owns,
                boolean tty) {
        Optional<Object> found = engine.control().shellState(containerId, workdir, user);
        if (found.isEmpty()) {
            return "container " + containerId + " is not running";
        }
        if (found.get() instanceof String) {
            return null; // an unknown user: the exec fails to start, as any command would
        }
        Optional<ShellState> state = Optional.of((ShellState) found.get());
        String name = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        Optional<String> marker = io.github.berth.shell.ProgramLookup.find(state.get().fs(), state.get().cwd(),
                state.get().var("PATH"), argv.get(0)).map(f -> f.program());
        if (marker.isEmpty() || !SHELLS.contains(marker.get()) || argv.size() > 1) {
            return null;
        }
        String kind = marker.get();
        Shell shell = new Shell(name, kind.equals("bash") ? Shell.Dialect.BASH
                : kind.equals("dash") ? Shell.Dialect.DASH : Shell.Dialect.ASH, state.get(),
                engine.control().programs());
        current = new Session(engine, containerId, owns, shell, kind, state.get().var("HOSTNAME"), tty);
        return "";
    }

    /** The prompt (none without -t): bash's {@code root@HOST:DIR# }, busybox ash's {@code DIR # }, dash's {@code # }. */
    public String prompt() {
        if (!current.tty()) {
            return ""; // without -t the shell's input is not a terminal: it prints no prompt
        }
        ShellState state = current.shell().state();
        String cwd = state.cwd();
        String home = state.var("HOME") == null || state.var("HOME").equals("/") ? null : state.var("HOME");
        String shown = home == null ? cwd : cwd.equals(home) ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
        char sign = state.uid() == 0 ? '#' : '$';
        if (current.kind().equals("bash")) {
            // bash's prompt names the passwd entry of the uid, or says "I have no name!" without one
            String user = io.github.berth.shell.programs.Users.userName(state, state.uid());
            return (user == null ? "I have no name!" : user) + "@" + current.hostname() + ":" + shown + sign + " ";
        }
        return current.kind().equals("dash") ? sign + " " : cwd + " " + sign + " ";
    }

    /** Runs a line in the open shell; closes it when the line exits. Returns the line's status. */
    public int run(String input, Output out) {
        Session s = current;
        Shell.Outcome outcome = s.shell().run(input, out);
        if (outcome.exitRequested()) {
            close(outcome.status());
        }
        return outcome.status();
    }

    /** Ends the shell (exit, or Ctrl-D: status of the last command); the container's process ends with it. */
    public void close(int status) {
        Session s = current;
        current = null;
        if (s != null && s.ownsContainer()) {
            s.engine().control().processEnded(s.containerId(), status);
        }
    }

    /** The status the shell's last command left (what Ctrl-D exits with). */
    public int lastStatus() {
        return current == null ? 0 : current.shell().state().lastStatus();
    }
}
