package io.github.berth.cli;

import java.util.List;
import java.util.Optional;

/**
 * The grammar of one docker command: its name, the usage words after it, a one-line
 * description, its flags and argument rule. {@code interspersed} is false for commands such as
 * {@code run} whose flags end at the first positional argument (everything after the image goes
 * to the container).
 */
public record CommandSpec(String name, String usage, String description, List<FlagSpec> flags, ArgsRule args,
                          boolean interspersed) {
    public CommandSpec {
        flags = List.copyOf(flags);
    }

    public Optional<FlagSpec> flag(String longName) {
        return flags.stream().filter(f -> f.name().equals(longName)).findFirst();
    }

    public Optional<FlagSpec> shorthand(char c) {
        return flags.stream().filter(f -> f.shorthand() == c).findFirst();
    }
}
