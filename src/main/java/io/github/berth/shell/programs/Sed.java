package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU {@code sed [-n] [-E|-r] [-s] [-i[SUFFIX]] [-e SCRIPT]... [-f FILE] [SCRIPT] [FILE]...}. The
 * script language is {@link SedScript}'s; this runs it: the pattern and hold spaces, autoprint,
 * {@code $} as the last line of the input (of each file with -i or -s), a last line without its
 * newline written back without one, {@code -i} writing each file in place.
 */
final class Sed extends Tool {
    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        boolean quiet = false;
        boolean extended = false;
        boolean separate = false;
        String inPlace = null;
        List<String> scripts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (!options || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                options = false;
                continue;
            }
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
                switch (name) {
                    case "--quiet", "--silent" -> quiet = true;
                    case "--regexp-extended" -> extended = true;
                    case "--separate" -> separate = true;
                    case "--in-place" -> inPlace = value == null ? "" : value;
                    case "--expression" -> {
                        if (value == null) {
                            if (i + 1 >= args.size()) {
                                out.stderr(usage("sed", "option '--expression' requires an argument"));
                                return 1;
                            }
                            value = args.get(++i);
                        }
                        scripts.add(value);
                    }
                    case "--posix", "--debug", "--sandbox", "--unbuffered", "--follow-symlinks" -> { }
                    default -> {
                        out.stderr("sed: unrecognized option '" + arg + "'\n" + USAGE);
                        return 1;
                    }
                }
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == 'n') {
                    quiet = true;
                } else if (c == 'E' || c == 'r') {
                    extended = true;
                } else if (c == 's') {
                    separate = true;
                } else if (c == 'u') {
                    continue;
                } else if (c == 'i') {
                    inPlace = arg.substring(j + 1);
                    break;
                } else if (c == 'e' || c == 'f') {
                    String value = arg.substring(j + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= args.size()) {
                            out.stderr("sed: option requires an argument -- '" + c + "'\n" + USAGE);
                            return 1;
                        }
                        value = args.get(++i);
                    }
                    if (c == 'f') {
                        PathWalk walk = PathWalk.walk(state, value);
                        String text = walk.node() instanceof Node.File ? readFile("sed", value, stdin, out, state) : null;
                        if (text == null) {
                            out.errLine("sed: couldn't open file " + value + ": "
                                    + (walk.problem() != null ? walk.problem() : PathWalk.IS_A_DIRECTORY));
                            return 4;
                        }
                        value = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                    }
                    scripts.add(value);
                    break;
                } else {
                    out.stderr("sed: invalid option -- '" + c + "'\n" + USAGE);
                    return 1;
                }
            }
        }
        if (scripts.isEmpty()) {
            if (files.isEmpty()) {
                out.stderr(USAGE);
                return 1;
            }
            scripts.add(files.remove(0));
        }
        SedScript script = new SedScript(extended);
        try {
            for (String s : scripts) {
                script.add(s);
            }
            script.finish();
        } catch (SedScript.Invalid e) {
            out.errLine("sed: " + e.getMessage());
            return e.getMessage().startsWith("can't find label") ? 4 : 1; // compile.c: panic() exits 4
        }
        if (inPlace != null && files.isEmpty()) {
            out.errLine("sed: no input files");
            return 4; // EXIT_PANIC
        }
        Run run = new Run(script, quiet, out, state);
        if (inPlace != null) {
            for (String file : files) {
                PathWalk walk = PathWalk.walk(state, file);
                if (walk.node() == null) {
                    out.errLine("sed: can't read " + file + ": " + walk.problem());
                    run.status = 2;
                    continue;
                }
                if (!(walk.node() instanceof Node.File f)) {
                    out.errLine("sed: couldn't edit " + file + ": not a regular file");
                    run.status = 4;
                    continue;
                }
                String original = PathWalk.text(f);
                StringBuilder edited = new StringBuilder();
                run.stream(List.of(original), Output.of(edited::append, out::stderr));
                if (!inPlace.isEmpty()) {
                    String backup = inPlace.contains("*") ? inPlace.replace("*", file) : file + inPlace;
                    state.fs().writeFile(absolute(state, backup), f.content(), f.mode());
                }
                state.fs().writeFile(absolute(state, file), edited.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), f.mode());
                if (run.quit) {
                    break;
                }
            }
            return run.exit >= 0 ? run.exit : run.status;
        }
        List<String> texts = new ArrayList<>();
        for (String file : inputs(files)) {
            String text;
            if (file.equals("-")) {
                text = stdin;
            } else {
                PathWalk walk = PathWalk.walk(state, file);
                if (walk.node() instanceof Node.Dir) {
                    out.errLine("sed: read error on " + file + ": Is a directory");
                    run.status = 4;
                    continue;
                }
                text = walk.node() == null ? null : readFile("sed", file, stdin, Output.DISCARD, state);
                if (text == null) {
                    out.errLine("sed: can't read " + file + ": " + (walk.problem() != null ? walk.problem() : "Permission denied"));
                    run.status = 2;
                    continue;
                }
            }
            texts.add(text);
        }
        if (separate) {
            for (String text : texts) {
                if (!run.quit) {
                    run.stream(List.of(text), out);
                }
            }
        } else {
            run.stream(texts, out);
        }
        return run.exit >= 0 ? run.exit : run.status;
    }

    /** One execution of a script over input streams. */
    private static final class Run {
        final SedScript script;
        final boolean quiet;
        final Output err;
        final ShellState state;
        int status;
        int exit = -1;
        boolean quit;
        long lineNumber;
        Pattern lastRegex;
        String hold = "";

        Run(SedScript script, boolean quiet, Output err, ShellState state) {
            this.script = script;
            this.quiet = quiet;
            this.err = err;
            this.state = state;
        }

        /** Runs the script over the texts as one stream of lines (GNU without -s). */
        void stream(List<String> texts, Output out) {
            List<String> lines = new ArrayList<>();
            boolean lastHasNewline = true;
            for (String text : texts) {
                if (text.isEmpty()) {
                    continue;
                }
                lines.addAll(lines(text));
                lastHasNewline = text.endsWith("\n");
            }
            for (SedScript.Cmd c : script.commands) {
                c.active = false;
                c.endLine = 0;
            }
            int next = 0;
            lineNumber = 0;
            while (next < lines.size() && !quit) {
                String pattern = lines.get(next++);
                lineNumber++;
                List<String> appended = new ArrayList<>();
                boolean autoprint = !quiet;
                boolean substituted = false;
                int pc = 0;
                boolean restart = false;
                while (pc < script.commands.size()) {
                    SedScript.Cmd c = script.commands.get(pc);
                    boolean last = next >= lines.size();
                    if (!selects(c, pattern, last)) {
                        pc = c.name == '{' ? c.jump + 1 : pc + 1;
                        continue;
                    }
                    pc++;
                    switch (c.name) {
                        case 's' -> {
                            String replaced = substitute(c, pattern);
                            if (replaced != null) {
                                pattern = replaced;
                                substituted = true;
                                if (c.print) {
                                    out.stdout(pattern + "\n");
                                }
                            }
                        }
                        case 'y' -> {
                            StringBuilder sb = new StringBuilder(pattern);
                            for (int k = 0; k < sb.length(); k++) {
                                int at = c.from.indexOf(sb.charAt(k));
                                if (at >= 0) {
                                    sb.setCharAt(k, c.to.charAt(at));
                                }
                            }
                            pattern = sb.toString();
                        }
                        case 'p' -> out.stdout(pattern + "\n");
                        case 'P' -> out.stdout((pattern.contains("\n") ? pattern.substring(0, pattern.indexOf('\n')) : pattern) + "\n");
                        case '=' -> out.stdout(lineNumber + "\n");
                        case 'l' -> out.stdout(visible(pattern) + "$\n");
                        case 'a' -> appended.add(c.text + "\n");
                        case 'i' -> out.stdout(c.text + "\n");
                        case 'c' -> {
                            if (c.a2 == null || !c.active || c.negate) {
                                out.stdout(c.text + "\n");
                            }
                            pattern = null;
                        }
                        case 'd' -> pattern = null;
                        case 'D' -> {
                            if (pattern.contains("\n")) {
                                lines.add(next, pattern.substring(pattern.indexOf('\n') + 1));
                                lineNumber--;
                                restart = true;
                            }
                            pattern = null;
                        }
                        case 'n' -> {
                            if (next >= lines.size()) {
                                pc = script.commands.size(); // GNU: at the end of input, n quits (autoprinting)
                                break;
                            }
                            if (autoprint) {
                                out.stdout(pattern + "\n");
                            }
                            flush(appended, out);
                            pattern = lines.get(next++);
                            lineNumber++;
                        }
                        case 'N' -> {
                            if (next >= lines.size()) {
                                pc = script.commands.size();
                                break;
                            }
                            flush(appended, out);
                            pattern = pattern + "\n" + lines.get(next++);
                            lineNumber++;
                        }
                        case 'h' -> hold = pattern;
                        case 'H' -> hold = hold + "\n" + pattern;
                        case 'g' -> pattern = hold;
                        case 'G' -> pattern = pattern + "\n" + hold;
                        case 'x' -> {
                            String t = hold;
                            hold = pattern;
                            pattern = t;
                        }
                        case 'z' -> pattern = "";
                        case 'q' -> {
                            quit = true;
                            exit = c.exit;
                            pc = script.commands.size();
                        }
                        case 'Q' -> {
                            quit = true;
                            exit = c.exit;
                            pattern = null;
                        }
                        case 'b' -> pc = c.jump >= 0 ? c.jump : script.commands.size();
                        case 't', 'T' -> {
                            if (substituted == (c.name == 't')) {
                                pc = c.jump >= 0 ? c.jump : script.commands.size();
                            }
                            if (c.name == 't') {
                                substituted = false;
                            }
                        }
                        default -> { } // '{', '}', ':'
                    }
                    if (pattern == null) {
                        break;
                    }
                }
                if (pattern != null && autoprint) {
                    boolean finalLine = next >= lines.size() && !lastHasNewline;
                    out.stdout(pattern + (finalLine && appended.isEmpty() ? "" : "\n"));
                }
                flush(appended, out);
                if (restart) {
                    continue;
                }
            }
        }

        private static void flush(List<String> appended, Output out) {
            appended.forEach(out::stdout);
            appended.clear();
        }

        private boolean selects(SedScript.Cmd c, String pattern, boolean last) {
            if (c.name == '}' || c.name == ':') {
                return true;
            }
            return (c.a1 == null || (c.a2 == null ? matches(c.a1, pattern, last) : inRange(c, pattern, last))) != c.negate;
        }

        private boolean inRange(SedScript.Cmd c, String pattern, boolean last) {
            if (!c.active) {
                boolean start = c.a1 instanceof SedScript.Line l && l.n() == 0 ? lineNumber >= 1 && !c.active && c.endLine == 0
                        : matches(c.a1, pattern, last);
                if (!start) {
                    return false;
                }
                c.active = true;
                c.endLine = -1;
                if (c.a2 instanceof SedScript.Line l) {
                    if (l.n() <= lineNumber) {
                        c.active = false;
                    } else {
                        c.endLine = l.n();
                    }
                } else if (c.a2 instanceof SedScript.Plus p) {
                    c.endLine = lineNumber + p.n();
                    c.active = p.n() > 0;
                } else if (c.a2 instanceof SedScript.Multiple m) {
                    long end = m.n() <= 0 ? lineNumber : ((lineNumber + m.n() - 1) / m.n()) * m.n();
                    c.endLine = end;
                    c.active = end > lineNumber;
                } else if (c.a2 instanceof SedScript.Last) {
                    c.active = !last;
                } else if (c.a1 instanceof SedScript.Line l0 && l0.n() == 0 && matches(c.a2, pattern, last)) {
                    c.active = false; // 0,/re/: the regex may end the range on the first line
                }
                if (c.a1 instanceof SedScript.Line l0 && l0.n() == 0) {
                    c.endLine = c.active ? -1 : -2;
                }
                return true;
            }
            boolean end;
            if (c.a2 instanceof SedScript.Regex) {
                end = matches(c.a2, pattern, last);
            } else if (c.a2 instanceof SedScript.Last) {
                end = last;
            } else {
                end = lineNumber >= c.endLine;
            }
            if (end) {
                c.active = false;
                if (c.a1 instanceof SedScript.Line l0 && l0.n() == 0) {
                    c.endLine = -2;
                }
            }
            return true;
        }

        private boolean matches(SedScript.Addr a, String pattern, boolean last) {
            if (a instanceof SedScript.Line l) {
                return l.n() == lineNumber;
            }
            if (a instanceof SedScript.Last) {
                return last;
            }
            if (a instanceof SedScript.Step s) {
                return s.step() <= 0 ? lineNumber == s.first()
                        : lineNumber >= s.first() && (lineNumber - s.first()) % s.step() == 0;
            }
            if (a instanceof SedScript.Regex r) {
                Pattern p = regex(r.pattern());
                return p != null && p.matcher(pattern).find();
            }
            return false;
        }

        private Pattern regex(Pattern given) {
            if (given != null) {
                lastRegex = given;
                return given;
            }
            if (lastRegex == null) {
                err.errLine("sed: no previous regular expression");
                quit = true;
                exit = 1;
            }
            return lastRegex;
        }

        /** The pattern space after {@code s}, or null when nothing was replaced. */
        private String substitute(SedScript.Cmd c, String text) {
            Pattern p = regex(c.regex);
            if (p == null) {
                return null;
            }
            Matcher m = p.matcher(text);
            StringBuilder sb = new StringBuilder();
            int copied = 0;
            int from = 0;
            int prevEnd = -1;
            int count = 0;
            boolean replaced = false;
            while (from <= text.length() && m.find(from)) {
                int s = m.start();
                int e = m.end();
                if (s == e && s == prevEnd) {
                    if (s >= text.length()) {
                        break;
                    }
                    from = s + 1;
                    continue;
                }
                count++;
                if (count >= c.occurrence) {
                    sb.append(text, copied, s).append(expand(c.replacement, m));
                    copied = e;
                    replaced = true;
                    if (!c.global) {
                        break;
                    }
                }
                prevEnd = e;
                from = s == e ? e + 1 : e;
            }
            if (!replaced) {
                return null;
            }
            return sb.append(text.substring(copied)).toString();
        }

        /** The replacement with {@code &}, {@code \1}…{@code \9}, {@code \n}, {@code \t}, case escapes. */
        private static String expand(String replacement, Matcher m) {
            StringBuilder sb = new StringBuilder();
            char caseMode = 0; // 'U' or 'L' until \E
            char oneShot = 0; // 'u' or 'l' for the next character
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                String piece;
                if (c == '&') {
                    piece = m.group();
                } else if (c == '\\' && i + 1 < replacement.length()) {
                    char n = replacement.charAt(++i);
                    if (Character.isDigit(n)) {
                        String g = m.group(n - '0');
                        piece = g == null ? "" : g;
                    } else if (n == 'n') {
                        piece = "\n";
                    } else if (n == 't') {
                        piece = "\t";
                    } else if (n == 'U' || n == 'L') {
                        caseMode = n;
                        continue;
                    } else if (n == 'E') {
                        caseMode = 0;
                        continue;
                    } else if (n == 'u' || n == 'l') {
                        oneShot = n;
                        continue;
                    } else {
                        piece = String.valueOf(n);
                    }
                } else {
                    piece = String.valueOf(c);
                }
                if (caseMode == 'U') {
                    piece = piece.toUpperCase();
                } else if (caseMode == 'L') {
                    piece = piece.toLowerCase();
                }
                if (oneShot != 0 && !piece.isEmpty()) {
                    String first = piece.substring(0, 1);
                    piece = (oneShot == 'u' ? first.toUpperCase() : first.toLowerCase()) + piece.substring(1);
                    oneShot = 0;
                }
                sb.append(piece);
            }
            return sb.toString();
        }

        /** The {@code l} command's unambiguous form: C escapes, octal for the rest. */
        private static String visible(String text) {
            StringBuilder sb = new StringBuilder();
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    case '\r' -> sb.append("\\r");
                    case 7 -> sb.append("\\a");
                    case 11 -> sb.append("\\v");
                    default -> {
                        if (c < 32 || c == 127) {
                            sb.append(String.format("\\%03o", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.toString();
        }
    }

    /** GNU sed 4.9's usage, written when there is no script or an option is wrong. */
    static final String USAGE = """
            Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

              -n, --quiet, --silent
                             suppress automatic printing of pattern space
                  --debug
                             annotate program execution
              -e script, --expression=script
                             add the script to the commands to be executed
              -f script-file, --file=script-file
                             add the contents of script-file to the commands to be executed
              --follow-symlinks
                             follow symlinks when processing in place
              -i[SUFFIX], --in-place[=SUFFIX]
                             edit files in place (makes backup if SUFFIX supplied)
              -l N, --line-length=N
                             specify the desired line-wrap length for the `l' command
              --posix
                             disable all GNU extensions.
              -E, -r, --regexp-extended
                             use extended regular expressions in the script
                             (for portability use POSIX -E).
              -s, --separate
                             consider files as separate rather than as a single,
                             continuous long stream.
                  --sandbox
                             operate in sandbox mode (disable e/r/w commands).
              -u, --unbuffered
                             load minimal amounts of data from the input files and flush
                             the output buffers more often
              -z, --null-data
                             separate lines by NUL characters
                  --help     display this help and exit
                  --version  output version information and exit

            If no -e, --expression, -f, or --file option is given, then the first
            non-option argument is taken as the sed script to interpret.  All
            remaining arguments are names of input files; if no input files are
            specified, then the standard input is read.

            GNU sed home page: <https://www.gnu.org/software/sed/>.
            General help using GNU software: <https://www.gnu.org/gethelp/>.
            """;
}
