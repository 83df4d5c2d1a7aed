package io.github.berth.shell.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GNU getopt for short options: bundles ({@code -rf}), values attached or separate
 * ({@code -n3}, {@code -n 3}), options after operands (permutation), {@code --} ends them and
 * a lone {@code -} is an operand. Errors are worded as getopt words them.
 *
 * @param flags    each option seen, with its last value ("" for one without a value)
 * @param operands the other arguments, in order
 * @param error    getopt's message when the arguments are invalid, else null
 */
record Options(Map<Character, String> flags, List<String> operands, String error) {

    /**
     * @param plain       option letters without a value
     * @param valued      option letters that take a value
     */
    static Options parse(String program, List<String> args, String plain, String valued) {
        Map<Character, String> flags = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                return failure(program + ": unrecognized option '" + arg + "'", program);
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (valued.indexOf(c) >= 0) {
                    String value;
                    if (j + 1 < arg.length()) {
                        value = arg.substring(j + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        return failure(program + ": option requires an argument -- '" + c + "'", program);
                    }
                    flags.put(c, value);
                    break;
                }
                if (plain.indexOf(c) < 0) {
                    return failure(program + ": invalid option -- '" + c + "'", program);
                }
                flags.put(c, "");
            }
        }
        return new Options(flags, operands, null);
    }

    private static Options failure(String message, String program) {
        return new Options(Map.of(), List.of(), message + "\nTry '" + program + " --help' for more information.\n");
    }

    /** These options with {@code flag} given as well. */
    Options with(char flag) {
        Map<Character, String> more = new java.util.LinkedHashMap<>(flags);
        more.putIfAbsent(flag, "");
        return new Options(more, operands, error);
    }

    boolean has(char flag) {
        return flags.containsKey(flag);
    }

    String value(char flag) {
        return flags.get(flag);
    }
}
