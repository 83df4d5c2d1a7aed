package io.github.berth.shell.programs;

/**
 * How GNU coreutils quote file names in messages (gnulib's quotearg, shell-escape style in the C
 * locale): {@link #always} for {@code ls: cannot access 'x'}, {@link #ifNeeded} for
 * {@code cat: x: ...}, where only names the shell would misread are quoted.
 */
final class Quote {
    private static final String SPECIAL = " \t\n!\"$&'()*;<=>?[\\]^`{|}:";

    private Quote() {}

    static String always(String name) {
        if (name.indexOf('\'') < 0) {
            return "'" + name + "'";
        }
        if (name.chars().noneMatch(c -> c == '"' || c == '$' || c == '`' || c == '\\')) {
            return "\"" + name + "\"";
        }
        return "'" + name.replace("'", "'\\''") + "'";
    }

    static String ifNeeded(String name) {
        if (name.isEmpty() || name.startsWith("#") || name.startsWith("~")) {
            return always(name);
        }
        for (int i = 0; i < name.length(); i++) {
            if (SPECIAL.indexOf(name.charAt(i)) >= 0) {
                return always(name);
            }
        }
        return name;
    }
}
