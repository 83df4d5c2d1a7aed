package io.github.berth.cli;

import io.github.berth.engine.Container;
import io.github.berth.engine.LogEntry;
import io.github.berth.engine.Lookup;
import java.util.List;

/**
 * {@code docker logs}: docker/cli v28.2.2 cli/command/container/logs.go with moby's json-file
 * driver: stdout lines to stdout, stderr lines to stderr ({@code stdcopy.StdCopy}); {@code -n}
 * keeps the last lines (a value that is not a number means all, as moby daemon/logs.go parses
 * it); {@code -t} prefixes each line with its time in RFC3339Nano with nine digits
 * (jsonmessage.RFC3339NanoFixed). With {@code -f} on a running container it goes on until the
 * container ends, or until Ctrl-C ends docker with 130 ({@link Holding}); the container is left as
 * it was.
 */
final class LogsCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("logs", "[OPTIONS] CONTAINER",
            "Fetch the logs of a container", List.of(
                    FlagSpec.bool("details", (char) 0, "Show extra details provided to logs"),
                    FlagSpec.bool("follow", 'f', "Follow log output"),
                    FlagSpec.value("since", (char) 0, "string",
                            "Show logs since timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)"),
                    FlagSpec.value("tail", 'n', "string",
                            "Number of lines to show from the end of the logs (default \"all\")"),
                    FlagSpec.bool("timestamps", 't', "Show timestamps"),
                    FlagSpec.value("until", (char) 0, "string",
                            "Show logs before a timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)")),
            new ArgsRule.Exactly(1), true);

    private final Foreground foreground;

    LogsCommand(Foreground foreground) {
        this.foreground = foreground;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Lookup lookup = inv.engine().find(inv.args().positionals().get(0));
        if (lookup instanceof Lookup.Missing missing) {
            return DaemonErrors.finish(inv.out(), List.of(DaemonErrors.PREFIX + missing.message()));
        }
        Container c = ((Lookup.Found) lookup).container();
        List<LogEntry> entries = inv.engine().logs(c.id());
        String tail = inv.args().has("tail") ? inv.args().value("tail") : "all";
        int keep = parseTail(tail);
        if (keep >= 0 && keep < entries.size()) {
            entries = entries.subList(entries.size() - keep, entries.size());
        }
        boolean timestamps = inv.args().bool("timestamps");
        for (LogEntry e : entries) {
            String text = timestamps ? InspectJson.timeFixed(e.time()) + " " + e.text() : e.text();
            if (e.stream() == LogEntry.Stream.STDOUT) {
                inv.out().stdout(text);
            } else {
                inv.out().stderr(text);
            }
        }
        if (inv.args().bool("follow") && c.state().status() == io.github.berth.engine.ContainerState.Status.RUNNING) {
            if (inv.engine().control().runsForever(c.id())) {
                return Holding.untilInterrupted(foreground, inv.out());
            }
            inv.engine().control().waitFor(c.id()); // it ends by itself: the stream ends then
        }
        return 0;
    }

    private static int parseTail(String tail) {
        try {
            return Integer.parseInt(tail);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
