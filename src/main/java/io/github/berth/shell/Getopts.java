package io.github.berth.shell;

import java.util.List;

/**
 * {@code getopts optstring name [arg…]}: the next option of the positional parameters (or the
 * args), with {@code OPTIND}, {@code OPTARG}, silent mode (a leading {@code :}) and bash's messages
 * ({@code bash: illegal option -- x}, {@code bash: option requires an argument -- b}, after {@code $0}).
 */
final class Getopts {
    private final Shell shell;
    /** The position in the current word of grouped options ({@code -ab}), and the OPTIND it belongs to. */
    private int charIndex;
    private long charOptind = -1;

    Getopts(Shell shell) {
        this.shell = shell;
    }

    int run(List<String> argv, Output out, ShellState st) {
        if (argv.size() < 3) {
            out.errLine("getopts: usage: getopts optstring name [arg ...]");
            return 2;
        }
        String optstring = argv.get(1);
        String name = argv.get(2);
        if (!Shell.isName(name)) {
            out.errLine(shell.name + ": getopts: `" + name + "': not a valid identifier");
            return 1;
        }
        List<String> args = argv.size() > 3 ? argv.subList(3, argv.size()) : st.positional();
        boolean silent = optstring.startsWith(":");
        Long value = Builtins.number(st.var("OPTIND") == null ? "1" : st.var("OPTIND"));
        long optind = value == null || value < 1 ? 1 : value;
        if (optind != charOptind) {
            charIndex = 0;
        }
        if (charIndex == 0) {
            String arg = optind <= args.size() ? args.get((int) optind - 1) : null;
            if (arg == null || !arg.startsWith("-") || arg.equals("-")) {
                return end(st, name, optind);
            }
            if (arg.equals("--")) {
                return end(st, name, optind + 1);
            }
            charIndex = 1;
        }
        String arg = args.get((int) optind - 1);
        char c = arg.charAt(charIndex++);
        if (charIndex >= arg.length()) {
            optind++;
            charIndex = 0;
        }
        int at = c == ':' ? -1 : optstring.indexOf(c, silent ? 1 : 0);
        String option = String.valueOf(c);
        if (at < 0) {
            if (silent) {
                st.setVar("OPTARG", option);
            } else {
                out.errLine(st.arg0() + ": illegal option -- " + c);
                st.unsetVar("OPTARG");
            }
            return found(st, name, "?", optind);
        }
        if (at + 1 < optstring.length() && optstring.charAt(at + 1) == ':') {
            if (charIndex > 0) {
                st.setVar("OPTARG", arg.substring(charIndex));
                optind++;
                charIndex = 0;
            } else if (optind <= args.size()) {
                st.setVar("OPTARG", args.get((int) optind - 1));
                optind++;
            } else if (silent) {
                st.setVar("OPTARG", option);
                return found(st, name, ":", optind);
            } else {
                out.errLine(st.arg0() + ": option requires an argument -- " + c);
                st.unsetVar("OPTARG");
                return found(st, name, "?", optind);
            }
        } else {
            st.unsetVar("OPTARG");
        }
        return found(st, name, option, optind);
    }

    private int found(ShellState st, String name, String value, long optind) {
        st.setVar(name, value);
        st.setVar("OPTIND", Long.toString(optind));
        charOptind = optind;
        return 0;
    }

    /** No more options: the name becomes {@code ?}, status 1. */
    private int end(ShellState st, String name, long optind) {
        st.setVar(name, "?");
        st.setVar("OPTIND", Long.toString(optind));
        charOptind = -1;
        charIndex = 0;
        return 1;
    }
}
