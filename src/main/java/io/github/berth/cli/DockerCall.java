package io.github.berth.cli;

/**
 * A docker command that ran: its canonical path ({@code container ls} whether typed as
 * {@code ps} or {@code container list}), its parsed arguments and its exit status.
 */
public record DockerCall(String command, ParsedArgs args, int exit) {}
