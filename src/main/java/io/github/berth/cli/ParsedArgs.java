package io.github.berth.cli;

import java.util.List;
import java.util.Map;

/** Flags (by long name; every occurrence's value in order) and positional arguments of one command line. */
public record ParsedArgs(Map<String, List<String>> flags, List<String> positionals) {
    public ParsedArgs {
        flags = Map.copyOf(flags);
        positionals = List.copyOf(positionals);
    }

    public boolean has(String name) {
        return flags.containsKey(name);
    }

    /** A boolean flag's value: present and not set to false. */
    public boolean bool(String name) {
        List<String> values = flags.get(name);
        return values != null && !values.get(values.size() - 1).equals("false");
    }

    /** The last value given for a flag, or null. */
    public String value(String name) {
        List<String> values = flags.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }
}
