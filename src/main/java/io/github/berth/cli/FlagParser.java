package io.github.berth.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command's arguments as spf13/pflag v1.0.6 does (flag.go parseArgs, parseLongArg,
 * parseSingleShortArg, vendored in docker/cli v28.2.2): {@code --name=v}, {@code --name v},
 * combined shorthands ({@code -dit}), a shorthand with its value attached ({@code -p8080:80},
 * {@code -p=8080:80}) or last in a group ({@code -dp 8080:80}), {@code --} to end flags, and flags
 * after positionals unless the command stops at its first positional. Errors use pflag's words.
 *
 * <p>Every command also has docker's hidden {@code --help} flag (cli/cobra.go: a bool whose
 * shorthand {@code -h} is deprecated, so using it prints a notice; {@code run} and {@code create}
 * keep {@code -h} for {@code --hostname} and declare {@code --help} without one). Help is shown when
 * that flag ends up true, so {@code --help=false} runs the command.
 */
final class FlagParser {
    /** The result: parsed arguments, or pflag's error message. */
    sealed interface Result {
        /**
         * @param notices what pflag wrote while parsing ("Flag shorthand -h has been deprecated…" lines);
         *                cobra prints it to the command's output when parsing succeeded
         */
        record Ok(ParsedArgs args, boolean help, String notices) implements Result {
            Ok(ParsedArgs args, boolean help) {
                this(args, help, "");
            }
        }

        record Error(String message) implements Result {}
    }

    private static final String HELP = "help";
    /** docker/cli cli/cobra.go: MarkShorthandDeprecated("help", "use --help"). */
    private static final String HELP_NOTICE = "Flag shorthand -h has been deprecated, use --help\n";

    private final CommandSpec spec;
    private final FlagSpec helpFlag;
    private final Map<String, List<String>> flags = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final StringBuilder notices = new StringBuilder();
    private boolean help;
    /** How many following arguments the last flag took as its value. */
    private int consumed;

    private FlagParser(CommandSpec spec) {
        this.spec = spec;
        boolean hTaken = spec.shorthand('h').isPresent();
        this.helpFlag = FlagSpec.bool(HELP, hTaken ? 0 : 'h', "Print usage");
    }

    static Result parse(CommandSpec spec, List<String> args) {
        return new FlagParser(spec).run(args);
    }

    private Result run(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.length() == 1) {
                if (!spec.interspersed()) {
                    positionals.addAll(args.subList(i, args.size()));
                    break;
                }
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            String error = arg.startsWith("--") ? longFlag(arg, args, i) : shorthands(arg.substring(1), args, i);
            if (error != null) {
                return new Result.Error(error);
            }
            i += consumed;
            consumed = 0;
        }
        return new Result.Ok(new ParsedArgs(flags, positionals), help, notices.toString());
    }

    private FlagSpec lookup(String name) {
        FlagSpec flag = spec.flag(name).orElse(null);
        return flag == null && name.equals(HELP) ? helpFlag : flag;
    }

    private FlagSpec lookupShorthand(char c) {
        FlagSpec flag = spec.shorthand(c).orElse(null);
        return flag == null && c == helpFlag.shorthand() ? helpFlag : flag;
    }

    /** pflag parseLongArg. */
    private String longFlag(String arg, List<String> args, int index) {
        String body = arg.substring(2);
        if (body.startsWith("-") || body.startsWith("=")) {
            return "bad flag syntax: " + arg;
        }
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        FlagSpec flag = lookup(name);
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
            return "flag needs an argument: " + arg;
        }
        return set(flag, value);
    }

    /** pflag parseShortArg and parseSingleShortArg, one letter (one byte in Go) at a time. */
    private String shorthands(String group, List<String> args, int index) {
        String rest = group;
        while (!rest.isEmpty()) {
            char c = rest.charAt(0);
            FlagSpec flag = c < 0x80 ? lookupShorthand(c) : null;
            if (flag == null) {
                // Go looks at the first byte of a UTF-8 letter and quotes it as a rune: 'é' is 'Ã'
                int b = c < 0x80 ? c : rest.substring(0, Character.charCount(rest.codePointAt(0)))
                        .getBytes(StandardCharsets.UTF_8)[0] & 0xff;
                return "unknown shorthand flag: " + GoQuote.rune(b) + " in -" + rest;
            }
            String value;
            String next = rest.substring(1);
            if (rest.length() > 2 && rest.charAt(1) == '=') {
                value = rest.substring(2);
                next = "";
            } else if (!flag.takesValue()) {
                value = "true";
            } else if (rest.length() > 1) {
                value = rest.substring(1);
                next = "";
            } else if (index + 1 + consumed < args.size()) {
                value = args.get(index + 1 + consumed);
                consumed++;
            } else {
                return "flag needs an argument: " + GoQuote.rune(c) + " in -" + rest;
            }
            if (flag == helpFlag) {
                notices.append(HELP_NOTICE);
            }
            String error = set(flag, value);
            if (error != null) {
                return error;
            }
            rest = next;
        }
        return null;
    }

    /** pflag FlagSet.Set: the flag's Value.Set, its error worded "invalid argument … for … flag". */
    private String set(FlagSpec flag, String value) {
        String stored = value;
        if (!flag.takesValue()) {
            stored = parseBool(value);
            if (stored == null) {
                return invalid(flag, value, "strconv.ParseBool: parsing " + GoQuote.string(value) + ": invalid syntax");
            }
        } else if (flag.valueType().equals("int")) {
            GoStrconv.ParsedInt n = GoStrconv.parseInt(value);
            if (n.error() != null) {
                return invalid(flag, value, "strconv.ParseInt: parsing " + GoQuote.string(value) + ": " + n.error());
            }
            stored = Long.toString(n.value());
        } else if (flag.name().equals("env") && (value.isEmpty() || value.startsWith("="))) {
            // opts.ValidateEnv, the validator of every -e/--env list
            return invalid(flag, value, "invalid environment variable: " + value);
        } else if (flag.name().equals("memory-swap") && value.equals("-1")) {
            // opts.MemSwapBytes.Set: "-1" (unlimited swap) before the size rules
            stored = value;
        } else if (FlagValues.listError(spec.name(), flag.name(), value) != null) {
            return invalid(flag, value, FlagValues.listError(spec.name(), flag.name(), value));
        } else if (FlagValues.error(flag.valueType(), value) != null) {
            return invalid(flag, value, FlagValues.error(flag.valueType(), value));
        } else if (flag.valueType().equals("filter") && !value.isEmpty() && !value.contains("=")) {
            // docker/cli opts/opts.go FilterOpt.Set
            return invalid(flag, value, "bad format of filter (expected name=value)");
        } else if (flag.valueType().equals("mount") && MountSpecs.mountFlagError(value).isPresent()) {
            return invalid(flag, value, MountSpecs.mountFlagError(value).get());
        }
        if (flag == helpFlag) {
            help = stored.equals("true");
            return null;
        }
        flags.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(stored);
        return null;
    }

    /** A deprecated shorthand (the help flag's) is left out of the name, as pflag does. */
    private String invalid(FlagSpec flag, String value, String reason) {
        String names = flag.shorthand() != 0 && flag != helpFlag
                ? "-" + flag.shorthand() + ", --" + flag.name() : "--" + flag.name();
        return "invalid argument " + GoQuote.string(value) + " for " + GoQuote.string(names) + " flag: " + reason;
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
