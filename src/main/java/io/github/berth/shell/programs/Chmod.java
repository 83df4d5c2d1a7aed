package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import io.github.berth.shell.Output;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code chmod [-R] [-v] MODE FILE...}: octal modes and symbolic ones ({@code u+x},
 * {@code go-w}, {@code a=r}, {@code +x}, comma lists, {@code g=u}); without a who letter the
 * umask (022) limits what changes, as in coreutils' mode_adjust.
 */
final class Chmod extends Tool {
    private static final int UMASK = 022;

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        // a mode like -w or -x looks like an option: chmod accepts it as the mode
        List<String> rest = new ArrayList<>();
        String mode = null;
        boolean recursive = false;
        boolean verbose = false;
        boolean options = true;
        for (String arg : args.subList(1, args.size())) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.matches("-[Rvfc]+")) {
                recursive |= arg.contains("R");
                verbose |= arg.contains("v");
            } else if (options && mode == null && arg.matches("-[rwxXst]+")) {
                mode = arg;
            } else if (options && arg.startsWith("-") && arg.length() > 1 && !arg.matches("-[rwxXstugoa=+,-]+")) {
                out.stderr(arg.startsWith("--") ? usage("chmod", "unrecognized option '" + arg + "'")
                        : usage("chmod", "invalid option -- '" + arg.charAt(1) + "'"));
                return 1;
            } else if (mode == null) {
                mode = arg;
            } else {
                rest.add(arg);
            }
        }
        if (mode == null) {
            out.stderr(usage("chmod", "missing operand"));
            return 1;
        }
        if (rest.isEmpty()) {
            out.stderr(usage("chmod", "missing operand after " + Quote.always(mode)));
            return 1;
        }
        if (apply(mode, 0644, false) < 0) {
            out.stderr(usage("chmod", "invalid mode: " + Quote.always(mode)));
            return 1;
        }
        int status = 0;
        for (String file : rest) {
            PathWalk walk = PathWalk.walk(state, file);
            if (walk.node() == null) {
                out.errLine("chmod: cannot access " + Quote.always(file) + ": " + walk.problem());
                status = 1;
                continue;
            }
            status |= change(state, file, state.fs().realPath(absolute(state, file)), walk.node(), mode, recursive,
                    verbose, out);
        }
        return status;
    }

    private static int change(ShellState state, String shown, String absolute, Node node, String mode,
                              boolean recursive, boolean verbose, Output out) {
        if (state.uid() != 0 && node.meta().uid() != state.uid()) {
            out.errLine("chmod: changing permissions of " + Quote.always(shown) + ": Operation not permitted");
            return 1;
        }
        int newMode = apply(mode, node.mode(), node instanceof Node.Dir);
        if (node instanceof Node.File f) {
            state.fs().put(absolute, new Node.File(f.content(), newMode, f.program(), f.meta()));
        } else if (node instanceof Node.Dir d && !absolute.equals("/")) {
            state.fs().put(absolute, new Node.Dir(d.children(), newMode, d.meta()));
        }
        if (verbose) {
            out.outLine(newMode == node.mode()
                    ? "mode of " + Quote.always(shown) + " retained as " + octal(newMode) + " (" + Ls.permissions(newMode) + ")"
                    : "mode of " + Quote.always(shown) + " changed from " + octal(node.mode()) + " ("
                    + Ls.permissions(node.mode()) + ") to " + octal(newMode) + " (" + Ls.permissions(newMode) + ")");
        }
        int status = 0;
        if (recursive && node instanceof Node.Dir d) {
            for (Map.Entry<String, Node> child : new ArrayList<>(d.children().entrySet())) {
                if (!(child.getValue() instanceof Node.Symlink)) {
                    status |= change(state, shown + "/" + child.getKey(), VPath.resolve(absolute, child.getKey()),
                            child.getValue(), mode, true, verbose, out);
                }
            }
        }
        return status;
    }

    private static String octal(int mode) {
        return String.format("%04o", mode & 07777);
    }

    /** The new mode, or -1 when {@code mode} is not a valid mode. */
    static int apply(String mode, int old, boolean directory) {
        if (mode.matches("[0-7]{1,4}")) {
            int value = Integer.parseInt(mode, 8);
            // coreutils keeps a directory's set-id bits unless five digits or symbolic say otherwise
            return directory && mode.length() < 4 ? value | (old & 06000) : value;
        }
        if (mode.isEmpty()) {
            return -1;
        }
        int result = old & 07777;
        for (String clause : mode.split(",", -1)) {
            int i = 0;
            int who = 0;
            while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
                who |= switch (clause.charAt(i)) {
                    case 'u' -> 04700;
                    case 'g' -> 02070;
                    case 'o' -> 01007;
                    default -> 07777;
                };
                i++;
            }
            if (i == clause.length()) {
                return -1;
            }
            while (i < clause.length()) {
                char op = clause.charAt(i++);
                if ("+-=".indexOf(op) < 0) {
                    return -1;
                }
                int bits = 0;
                if (i < clause.length() && "ugo".indexOf(clause.charAt(i)) >= 0) {
                    int shift = switch (clause.charAt(i++)) {
                        case 'u' -> 6;
                        case 'g' -> 3;
                        default -> 0;
                    };
                    int part = (result >> shift) & 7;
                    bits = part << 6 | part << 3 | part;
                } else {
                    while (i < clause.length() && "rwxXst".indexOf(clause.charAt(i)) >= 0) {
                        bits |= switch (clause.charAt(i++)) {
                            case 'r' -> 0444;
                            case 'w' -> 0222;
                            case 'x' -> 0111;
                            case 'X' -> directory || (result & 0111) != 0 ? 0111 : 0;
                            case 's' -> 06000;
                            default -> 01000;
                        };
                    }
                }
                int mask = who == 0 ? 07777 & ~UMASK : who;
                if (who == 0 && op == '=') {
                    mask = 07777;
                }
                int affected = bits & mask;
                if (op == '+') {
                    result |= affected;
                } else if (op == '-') {
                    result &= ~affected;
                } else {
                    int cleared = who == 0 ? 0777 : who & 0777;
                    result = (result & ~cleared) | (bits & (who == 0 ? 07777 & ~UMASK : who));
                }
            }
        }
        return result;
    }
}
