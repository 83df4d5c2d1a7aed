package io.github.berth.cli;

/** One docker command: its grammar and what it does. Returns the exit status. */
public interface DockerCommand {
    CommandSpec spec();

    int run(Invocation inv);
}
