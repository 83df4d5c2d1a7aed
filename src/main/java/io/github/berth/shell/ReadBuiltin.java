package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/** {@code read [-r] [-p prompt] [name…]}: one line of standard input, split on {@code $IFS} into the names. */
final class ReadBuiltin {
    private ReadBuiltin() {}

    static int run(String sh, List<String> args, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        boolean raw = false;
        String array = null;
        List<String> names = new ArrayList<>();
        List<String> words = new ArrayList<>(args.subList(0, 1));
        for (int i = 1; i < args.size(); i++) { // -ra is -r -a, as getopts reads it
            String a = args.get(i);
            if (a.matches("-[rs]+[a-zA-Z]")) {
                a.substring(1).chars().forEach(c -> words.add("-" + (char) c));
            } else {
                words.add(a);
            }
        }
        args = words;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (names.isEmpty() && a.equals("-s")) {
                continue; // no echo to turn off: input is not a terminal
            }
            if (names.isEmpty() && a.equals("-r")) {
                raw = true;
            } else if (names.isEmpty() && a.equals("-a") && i + 1 < args.size()) {
                array = args.get(++i);
                if (!Shell.isName(array)) {
                    ctx.out().errLine(sh + ": read: `" + array + "': not a valid identifier");
                    return 1;
                }
            } else if (names.isEmpty() && a.equals("-p") && i + 1 < args.size()) {
                i++; // the prompt goes to the terminal only when input is one
            } else if (names.isEmpty() && a.startsWith("-") && a.length() > 1) {
                ctx.out().errLine(sh + ": read: " + a.substring(0, 2) + ": invalid option");
                ctx.out().errLine("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars]"
                        + " [-p prompt] [-t timeout] [-u fd] [name ...]");
                return 2;
            } else {
                if (!Shell.isName(a)) {
                    ctx.out().errLine(sh + ": read: `" + a + "': not a valid identifier");
                    return 1;
                }
                names.add(a);
            }
        }
        boolean[] complete = {false};
        StringBuilder line = new StringBuilder();
        while (true) {
            String part = ctx.in().readLine(complete);
            if (part == null) {
                if (line.length() == 0) {
                    if (array != null) {
                        Assigner.array(st, array, List.of(), false);
                        return 1;
                    }
                    for (String n : names.isEmpty() ? List.of("REPLY") : names) {
                        st.setVar(n, "");
                    }
                    return 1;
                }
                break;
            }
            if (!raw && part.endsWith("\\") && complete[0]) {
                line.append(part, 0, part.length() - 1);
                continue;
            }
            line.append(part);
            break;
        }
        String text = line.toString();
        if (!raw) {
            text = text.replaceAll("\\\\(.)", "$1");
        }
        String ifs = st.var("IFS") == null ? " \t\n" : st.var("IFS");
        if (array != null) {
            List<Assigner.Element> fields = new ArrayList<>();
            String rest = stripIfsWhite(stripIfsWhite(text, ifs, true), ifs, false);
            while (!rest.isEmpty()) {
                int end = 0;
                while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
                    end++;
                }
                fields.add(new Assigner.Element(null, rest.substring(0, end), false));
                rest = end < rest.length() ? stripIfsWhite(rest.substring(end + 1), ifs, true) : "";
            }
            Assigner.array(st, array, fields, false);
            return complete[0] ? 0 : 1;
        }
        if (names.isEmpty()) {
            st.setVar("REPLY", text);
            return complete[0] ? 0 : 1;
        }
        String rest = stripIfsWhite(text, ifs, true);
        for (int k = 0; k < names.size(); k++) {
            if (k == names.size() - 1) {
                st.setVar(names.get(k), stripIfsWhite(rest, ifs, false));
                break;
            }
            int end = 0;
            while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            st.setVar(names.get(k), rest.substring(0, end));
            rest = end < rest.length() ? stripIfsWhite(rest.substring(end + 1), ifs, true) : "";
        }
        return complete[0] ? 0 : 1;
    }

    private static String stripIfsWhite(String s, String ifs, boolean leading) {
        int a = 0;
        int b = s.length();
        while (leading && a < b && " \t\n".indexOf(s.charAt(a)) >= 0 && ifs.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (!leading && b > a && " \t\n".indexOf(s.charAt(b - 1)) >= 0 && ifs.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }
}
