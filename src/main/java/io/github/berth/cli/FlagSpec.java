package io.github.berth.cli;

/**
 * One flag of a docker command, as pflag declares it. {@code shorthand} is 0 when the flag has
 * none; {@code valueType} is null for a boolean flag, else the word help prints ({@code string},
 * {@code int}, {@code list}).
 */
public record FlagSpec(String name, char shorthand, String valueType, String usage) {
    public static FlagSpec bool(String name, char shorthand, String usage) {
        return new FlagSpec(name, shorthand, null, usage);
    }

    public static FlagSpec value(String name, char shorthand, String valueType, String usage) {
        return new FlagSpec(name, shorthand, valueType, usage);
    }

    public boolean takesValue() {
        return valueType != null;
    }
}
