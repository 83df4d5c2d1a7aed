package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]}: prints the environment, or runs
 * the command in a changed one. A command that is not there is {@code env: 'foo': No such file or
 * directory}, status 127 (busybox: {@code env: can't execute 'foo': ...}). berth's shell keeps no
 * separate export list, so every shell variable counts as exported.
 */
final class Env extends Tool {
    private final Exec exec;

    Env(Exec exec) {
        this.exec = exec;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Map<String, String> env = new LinkedHashMap<>(state.variables());
        boolean nul = false;
        int i = 1;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (arg.equals("-") || arg.equals("-i") || arg.equals("--ignore-environment")) {
                env.clear();
            } else if (arg.equals("-0") || arg.equals("--null")) {
                nul = true;
            } else if (arg.startsWith("-u") || arg.startsWith("--unset=")) {
                String name = arg.startsWith("--") ? arg.substring(8) : arg.substring(2);
                if (name.isEmpty()) {
                    if (i + 1 >= args.size()) {
                        out.stderr(usage("env", "option requires an argument -- 'u'"));
                        return 125;
                    }
                    name = args.get(++i);
                }
                env.remove(name);
            } else if (arg.startsWith("--")) {
                out.stderr(usage("env", "unrecognized option '" + arg + "'"));
                return 125;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                out.stderr(usage("env", "invalid option -- '" + arg.charAt(1) + "'"));
                return 125;
            } else {
                break;
            }
        }
        for (; i < args.size() && args.get(i).indexOf('=') > 0; i++) {
            String pair = args.get(i);
            env.remove(pair.substring(0, pair.indexOf('=')));
            env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        if (i >= args.size()) {
            StringBuilder sb = new StringBuilder();
            char end = nul ? '\0' : '\n';
            env.forEach((k, v) -> sb.append(k).append('=').append(v).append(end));
            out.stdout(sb.toString());
            return 0;
        }
        ShellState changed = new ShellState(state.fs(), state.cwd(), env);
        changed.uid(state.uid());
        String command = args.get(i);
        Optional<Program> program = exec.program(changed, command);
        if (program.isEmpty()) {
            out.errLine(Flavor.busybox(state) ? "env: can't execute '" + command + "': No such file or directory"
                    : "env: " + Quote.always(command) + ": No such file or directory");
            return 127;
        }
        return program.get().run(new ArrayList<>(args.subList(i, args.size())), stdin, out, changed);
    }

    /** {@code printenv [NAME]...}: the whole environment, or each named value; 1 when one is unset. */
    static final class Printenv extends Tool {
        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            Options opts = Options.parse("printenv", args, "0", "");
            if (opts.error() != null) {
                out.stderr(opts.error());
                return 2;
            }
            char end = opts.has('0') ? '\0' : '\n';
            StringBuilder sb = new StringBuilder();
            if (opts.operands().isEmpty()) {
                state.variables().forEach((k, v) -> sb.append(k).append('=').append(v).append(end));
                out.stdout(sb.toString());
                return 0;
            }
            int status = 0;
            for (String name : opts.operands()) {
                String value = name.contains("=") ? null : state.variables().get(name);
                if (value == null) {
                    status = 1;
                } else {
                    sb.append(value).append(end);
                }
            }
            out.stdout(sb.toString());
            return status;
        }
    }
}
