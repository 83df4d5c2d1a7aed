package io.github.berth.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sandbox", mixinStandardHelpOptions = true, description = {
        "Free play: a shell with docker and no lesson.",
        "When standard input is not a terminal, reads lines and prints only what the commands print."})
final class SandboxCmd implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "copy DIR into the sandbox as the starting workspace (never written back)")
    Path workspace;

    @Option(names = "--seed", paramLabel = "N", description = "deterministic ids, names, digests and clock")
    Long seed;

    @Option(names = "--jsonl", description = "batch: print one JSON object per command: "
            + "{\"cmd\":…,\"exit\":…,\"stdout\":…,\"stderr\":…}")
    boolean jsonl;

    @Option(names = "--plain", description = "No colours or cursor tricks; every mark also in words.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        return Launch.fromEnvironment(plain).sandbox(workspace, seed, jsonl);
    }
}
