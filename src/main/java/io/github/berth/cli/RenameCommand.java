package io.github.berth.cli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker rename}: docker/cli v28.2.2 cli/command/container/rename.go. Names are trimmed
 * of spaces; a daemon error is printed, then "Error: failed to rename container named OLD"
 * (status 1); success prints nothing.
 */
final class RenameCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("rename", "CONTAINER NEW_NAME", "Rename a container",
            List.of(), new ArgsRule.Exactly(2), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String oldName = inv.args().positionals().get(0).strip();
        String newName = inv.args().positionals().get(1).strip();
        if (oldName.isEmpty() || newName.isEmpty()) {
            return DaemonErrors.finish(inv.out(), List.of("Error: Neither old nor new names may be empty"));
        }
        Optional<String> error = inv.engine().rename(oldName, newName);
        if (error.isPresent()) {
            inv.out().errLine(DaemonErrors.PREFIX + error.get());
            return DaemonErrors.finish(inv.out(), List.of("Error: failed to rename container named " + oldName));
        }
        return 0;
    }
}
