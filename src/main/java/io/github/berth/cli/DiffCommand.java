package io.github.berth.cli;

import io.github.berth.engine.Lookup;
import io.github.berth.fs.Change;
import java.util.List;

/**
 * {@code docker diff}: the container's writable layer against its image, one {@code KIND PATH}
 * line each (docker/cli v28.2.2 cli/command/container/diff.go, format "{{.Type}} {{.Path}}"), in
 * the order the daemon lists them (moby/go-archive ChangesDirs).
 */
final class DiffCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("diff", "CONTAINER",
            "Inspect changes to files or directories on a container's filesystem", List.of(),
            new ArgsRule.Exactly(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String name = inv.args().positionals().get(0);
        if (name.isEmpty()) {
            inv.out().errLine("Container name cannot be empty");
            return 1;
        }
        Lookup lookup = inv.engine().find(name);
        if (lookup instanceof Lookup.Missing missing) {
            inv.out().errLine(DaemonErrors.PREFIX + missing.message());
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        for (Change change : inv.engine().containerLayers().changes(((Lookup.Found) lookup).container().id())) {
            sb.append(change).append('\n');
        }
        inv.out().stdout(sb.toString());
        return 0;
    }
}
