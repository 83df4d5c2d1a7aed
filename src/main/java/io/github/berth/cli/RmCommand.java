package io.github.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker rm}: docker/cli v28.2.2 cli/command/container/rm.go. Leading and trailing "/" are
 * trimmed from each name; an empty name is a client error; with {@code -f} a missing container is
 * reported on stderr but is not a failure.
 */
final class RmCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("rm", "[OPTIONS] CONTAINER [CONTAINER...]",
            "Remove one or more containers", List.of(
                    FlagSpec.bool("force", 'f', "Force the removal of a running container (uses SIGKILL)"),
                    FlagSpec.bool("link", 'l', "Remove the specified link"),
                    FlagSpec.bool("volumes", 'v', "Remove anonymous volumes associated with the container")),
            new ArgsRule.AtLeast(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        boolean force = inv.args().bool("force");
        List<String> errors = new ArrayList<>();
        for (String name : inv.args().positionals()) {
            String id = trimSlashes(name);
            if (id.isEmpty()) {
                errors.add("container name cannot be empty");
                continue;
            }
            io.github.berth.engine.Lookup found = inv.engine().find(id);
            Optional<String> error = inv.engine().remove(id, force);
            if (error.isEmpty() && inv.args().bool("volumes")
                    && found instanceof io.github.berth.engine.Lookup.Found f) {
                inv.engine().volumes().removeAnonymous(f.container().id());
            }
            if (error.isEmpty()) {
                inv.out().outLine(name);
            } else if (force && error.get().startsWith("No such container: ")) {
                inv.out().errLine(DaemonErrors.PREFIX + error.get());
            } else {
                errors.add(DaemonErrors.PREFIX + error.get());
            }
        }
        return DaemonErrors.finish(inv.out(), errors);
    }

    /** Go's strings.Trim(s, "/"). */
    private static String trimSlashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '/') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '/') {
            to--;
        }
        return s.substring(from, to);
    }
}
