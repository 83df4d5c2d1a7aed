package io.github.berth.cli;

import java.util.List;

/**
 * What the console needs to know about one docker command for completion, highlighting and tips:
 * the words after {@code docker} that reach it ({@code [container, ls]} or {@code [ps]}), what it
 * does, its flags, what its positional arguments name, and whether flags may follow them
 * ({@code run} passes everything after the image to the container).
 */
public record CommandInfo(List<String> path, String description, List<FlagSpec> flags, Operand operand,
                          boolean interspersed) {
    /** What a command's positional arguments are, for completing them. */
    public enum Operand { NONE, IMAGE, CONTAINER }

    public CommandInfo {
        path = List.copyOf(path);
        flags = List.copyOf(flags);
    }
}
