package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.Lookup;
import io.github.berth.engine.PublishedPort;
import java.util.ArrayList;
import java.util.List;

/** {@code docker port}: docker/cli v28.2.2 cli/command/container/port.go (sorted in natural order). */
final class PortCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("port", "CONTAINER [PRIVATE_PORT[/PROTO]]",
            "List port mappings or a specific mapping for the container", List.of(), new ArgsRule.Between(1, 2), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        String name = inv.args().positionals().get(0);
        Lookup lookup = inv.engine().find(name);
        if (lookup instanceof Lookup.Missing missing) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + missing.message()));
        }
        Container c = ((Lookup.Found) lookup).container();
        List<PublishedPort> ports = inv.engine().runtime().ports(c.id());
        List<String> out = new ArrayList<>();
        if (inv.args().positionals().size() == 2) {
            String spec = inv.args().positionals().get(1);
            int slash = spec.indexOf('/');
            String port = slash < 0 ? spec : spec.substring(0, slash);
            String proto = slash < 0 || spec.substring(slash + 1).isEmpty() ? "tcp" : spec.substring(slash + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
                return DaemonErrors.finish(inv.out(), List.of("Error: invalid port (" + port + "): strconv.ParseUint:"
                        + " parsing \"" + port + "\": " + (port.matches("[0-9]+") ? "value out of range" : "invalid syntax")));
            }
            for (PublishedPort p : ports) {
                if (p.containerPort().equals(port + "/" + proto)) {
                    out.add(p.hostSide());
                }
            }
            if (out.isEmpty()) {
                return DaemonErrors.finish(inv.out(), List.of("Error: No public port '" + spec + "' published for " + name));
            }
        } else {
            for (PublishedPort p : ports) {
                out.add(p.containerPort() + " -> " + p.hostSide());
            }
        }
        out.sort(PortCommand::naturalLess);
        if (!out.isEmpty()) {
            inv.out().outLine(String.join("\n", out));
        }
        return 0;
    }

    /** sortorder.NaturalLess: runs of digits compare as numbers. */
    private static int naturalLess(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int cmp = Long.compare(Long.parseLong(a.substring(si, i)), Long.parseLong(b.substring(sj, j)));
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
