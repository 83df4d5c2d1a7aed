package io.github.berth.engine;

import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShProgram;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The programs containers run: the shell's table plus what only containers have (bash, python, node, curl, …). */
final class ContainerPrograms {
    private ContainerPrograms() {}

    /** The table; the container shells ({@code sh}, {@code ash}, {@code dash}, {@code bash}) see it, bash, python and node in it. */
    static Map<String, Program> table(Map<String, Program> programs, Supplier<Engine> engine) {
        Map<String, Program> all = new HashMap<>(programs);
        List<Map<String, Program>> table = new ArrayList<>(1);
        all.putIfAbsent("bash", new BashProgram(() -> table.get(0)));
        all.putIfAbsent("python", Interpreters.python());
        all.putIfAbsent("node", Interpreters.node());
        ContainerClients clients = new ContainerClients(engine);
        all.putIfAbsent("curl", clients.curl());
        all.putIfAbsent("wget", clients.wget());
        all.putIfAbsent("getent", clients.getent());
        NetTools net = new NetTools(engine);
        all.putIfAbsent("ping", net.ping());
        all.putIfAbsent("nslookup", net.nslookup());
        ShProgram sh = new ShProgram(() -> table.get(0));
        all.put("sh", sh);
        all.put("ash", sh);
        all.put("dash", new ShProgram(() -> table.get(0), Shell.Dialect.DASH));
        table.add(Map.copyOf(all));
        return table.get(0);
    }

    /** runc's error for a missing executable, as the daemon relays it (runc 1.2, containerd 1.7). */
    static String execNotFound(String path) {
        String reason = path.contains("/")
                ? "stat " + path + ": no such file or directory"
                : "executable file not found in $PATH";
        return "failed to create task for container: failed to create shim task: OCI runtime create failed:"
                + " runc create failed: unable to start container process: error during container init:"
                + " exec: \"" + path + "\": " + reason + ": unknown";
    }
}
