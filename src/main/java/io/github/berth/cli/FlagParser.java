package io.github.berth.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command's arguments with spf13/pflag's rules: {@code --name=v}, {@code --name v},
 * combined shorthands ({@code -dit}), a shorthand with its value attached ({@code -p8080:80}) or
 * last in a group ({@code -dp 8080:80}), {@code --} to end flags, and flags after positionals
 * unless the command stops at its first positional. Errors use pflag's words.
 */
final class FlagParser {
    /** The result: parsed arguments, or pflag's error message. */
    sealed interface Result {
        record Ok(ParsedArgs args, boolean help) implements Result {}

        record Error(String message) implements Result {}
    }

    private final CommandSpec spec;
    private final Map<String, List<String>> flags = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private boolean help;
    /** How many following arguments the last flag took as its value. */
    private int consumed;

    private FlagParser(CommandSpec spec) {
        this.spec = spec;
    }

    static Result parse(CommandSpec spec, List<String> args) {
        return new FlagParser(spec).run(args);
    }

    private Result run(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (!spec.interspersed()) {
                    positionals.addAll(args.subList(i, args.size()));
                    break;
                }
                positionals.add(arg);
                continue;
            }
            String error;
            if (arg.startsWith("--")) {
                error = longFlag(arg.substring(2), args, i);
            } else {
                error = shorthands(arg.substring(1), args, i);
            }
            if (error != null) {
                return new Result.Error(error);
            }
            i += consumed;
            consumed = 0;
        }
        return new Result.Ok(new ParsedArgs(flags, positionals), help);
    }

    private String longFlag(String body, List<String> args, int index) {
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        if (name.equals("help")) {
            help = true;
            return null;
        }
        FlagSpec flag = spec.flag(name).orElse(null);
        if (flag == null) {
            return "unknown flag: --" + name;
        }
        String value;
        if (eq >= 0) {
            value = body.substring(eq + 1);
        } else if (!flag.takesValue()) {
            value = "true";
        } else if (index + 1 < args.size()) {
            value = args.get(index + 1);
            consumed = 1;
        } else {
            return "flag needs an argument: --" + name;
        }
        return set(flag, value);
    }

    private String shorthands(String group, List<String> args, int index) {
        for (int j = 0; j < group.length(); j++) {
            char c = group.charAt(j);
            FlagSpec flag = spec.shorthand(c).orElse(null);
            if (flag == null) {
                if (c == 'h' && spec.interspersed()) {
                    help = true;
                    continue;
                }
                return "unknown shorthand flag: '" + c + "' in -" + group;
            }
            String rest = group.substring(j + 1);
            if (rest.startsWith("=")) {
                return set(flag, rest.substring(1));
            }
            if (!flag.takesValue()) {
                String error = set(flag, "true");
                if (error != null) {
                    return error;
                }
                continue;
            }
            if (!rest.isEmpty()) {
                return set(flag, rest);
            }
            if (index + 1 < args.size()) {
                consumed = 1;
                return set(flag, args.get(index + 1));
            }
            return "flag needs an argument: '" + c + "' in -" + c;
        }
        return null;
    }

    private String set(FlagSpec flag, String value) {
        String checked = value;
        if (!flag.takesValue()) {
            checked = parseBool(value);
            if (checked == null) {
                return invalid(flag, value, "strconv.ParseBool");
            }
        } else if (flag.valueType().equals("int")) {
            if (!value.matches("[+-]?\\d+")) {
                return invalid(flag, value, "strconv.ParseInt");
            }
            try {
                Long.parseLong(value); // pflag's int is Go's 64-bit int
            } catch (NumberFormatException e) {
                return invalid(flag, value, "strconv.ParseInt", "value out of range");
            }
        } else if (flag.valueType().equals("filter") && !value.isEmpty() && !value.contains("=")) {
            // docker/cli opts/opts.go FilterOpt.Set
            String names = flag.shorthand() != 0 ? "-" + flag.shorthand() + ", --" + flag.name() : "--" + flag.name();
            return "invalid argument \"" + value + "\" for \"" + names
                    + "\" flag: bad format of filter (expected name=value)";
        }
        if (flag.takesValue() && flag.valueType().equals("mount") && MountSpecs.mountFlagError(value).isPresent()) {
            return "invalid argument \"" + value + "\" for \"--" + flag.name() + "\" flag: "
                    + MountSpecs.mountFlagError(value).get();
        }
        flags.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(checked);
        return null;
    }

    private static String invalid(FlagSpec flag, String value, String function) {
        return invalid(flag, value, function, "invalid syntax");
    }

    private static String invalid(FlagSpec flag, String value, String function, String reason) {
        String names = flag.shorthand() != 0 ? "-" + flag.shorthand() + ", --" + flag.name() : "--" + flag.name();
        return "invalid argument \"" + value + "\" for \"" + names + "\" flag: " + function + ": parsing \""
                + value + "\": " + reason;
    }

    /** Go's strconv.ParseBool, normalised to "true"/"false"; null when invalid. */
    private static String parseBool(String value) {
        switch (value) {
            case "1": case "t": case "T": case "true": case "TRUE": case "True":
                return "true";
            case "0": case "f": case "F": case "false": case "FALSE": case "False":
                return "false";
            default:
                return null;
        }
    }
}
