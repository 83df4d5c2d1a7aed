package io.github.berth.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shopt [-pqsu] [optname …]}: bash's shell options, named as {@code bash -c shopt} lists them
 * in bash 5.2 with their defaults there. berth acts on {@code nullglob} (a pattern that matches
 * nothing expands to nothing) and {@code dotglob} (patterns match names starting with a dot); the
 * others are kept and reported.
 */
final class ShoptBuiltin {
    private static final Object[] DEFAULTS = {"autocd", false, "assoc_expand_once", false, "cdable_vars", false, "cdspell", false, "checkhash", false, "checkjobs", false, "checkwinsize", true, "cmdhist", true, "compat31", false, "compat32", false, "compat40", false, "compat41", false, "compat42", false, "compat43", false, "compat44", false, "complete_fullquote", true, "direxpand", false, "dirspell", false, "dotglob", false, "execfail", false, "expand_aliases", false, "extdebug", false, "extglob", false, "extquote", true, "failglob", false, "force_fignore", true, "globasciiranges", true, "globskipdots", true, "globstar", false, "gnu_errfmt", false, "histappend", false, "histreedit", false, "histverify", false, "hostcomplete", true, "huponexit", false, "inherit_errexit", false, "interactive_comments", true, "lastpipe", false, "lithist", false, "localvar_inherit", false, "localvar_unset", false, "login_shell", false, "mailwarn", false, "no_empty_cmd_completion", false, "nocaseglob", false, "nocasematch", false, "noexpand_translation", false, "nullglob", false, "patsub_replacement", true, "progcomp", true, "progcomp_alias", false, "promptvars", true, "restricted_shell", false, "shift_verbose", false, "sourcepath", true, "varredir_close", false, "xpg_echo", false, };

    private ShoptBuiltin() {}

    /** Every option with its bash -c default, in shopt's order; never changed (a shell copies it to set one). */
    static final Map<String, Boolean> DEFAULT_OPTIONS = defaults();

    private static Map<String, Boolean> defaults() {
        Map<String, Boolean> options = new LinkedHashMap<>();
        for (int i = 0; i < DEFAULTS.length; i += 2) {
            options.put((String) DEFAULTS[i], (Boolean) DEFAULTS[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    static int run(String sh, List<String> args, Shell.Ctx ctx) {
        Map<String, Boolean> options = ctx.st().extras.shopts;
        Output out = ctx.out();
        boolean set = false;
        boolean unset = false;
        boolean print = false;
        boolean quiet = false;
        int i = 1;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            if (args.get(i).equals("--")) {
                i++;
                break;
            }
            for (char c : args.get(i).substring(1).toCharArray()) {
                switch (c) {
                    case 's' -> set = true;
                    case 'u' -> unset = true;
                    case 'p' -> print = true;
                    case 'q' -> quiet = true;
                    case 'o' -> { }
                    default -> {
                        out.errLine(sh + ": shopt: -" + c + ": invalid option");
                        out.errLine("shopt: usage: shopt [-pqsu] [-o] [optname ...]");
                        return 2;
                    }
                }
            }
        }
        if (set && unset) {
            out.errLine(sh + ": shopt: cannot set and unset shell options simultaneously");
            return 1;
        }
        List<String> names = args.subList(i, args.size());
        int status = 0;
        if (names.isEmpty()) {
            for (Map.Entry<String, Boolean> e : options.entrySet()) {
                if ((set || unset) && e.getValue() != set) {
                    continue;
                }
                show(out, e.getKey(), e.getValue(), print);
            }
            return 0;
        }
        for (String name : names) {
            Boolean on = options.get(name);
            if (on == null) {
                out.errLine(sh + ": shopt: " + name + ": invalid shell option name");
                status = 1;
            } else if (set || unset) {
                if (options.get(name) != set) {
                    options = new LinkedHashMap<>(options); // shared with subshells and the defaults: copied on write
                    options.put(name, set);
                    ctx.st().extras.shopts = options;
                }
            } else {
                if (!quiet) {
                    show(out, name, on, print);
                }
                if (!on) {
                    status = 1;
                }
            }
        }
        return status;
    }

    private static void show(Output out, String name, boolean on, boolean print) {
        out.outLine(print ? "shopt " + (on ? "-s " : "-u ") + name : String.format("%-15s\t%s", name, on ? "on" : "off"));
    }
}
