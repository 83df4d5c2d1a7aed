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
 * {@code sudo [-i|-s] [-u root] [COMMAND [ARG]...]} and {@code su [-] [root]} on the learner's
 * host. The learner is in the sudo group, as the first user of an Ubuntu machine is.
 *
 * <p>Neither asks for a password: berth's learner has none, and the lesson is what root can do,
 * not typing one. (A real {@code su} asks for root's password, which Ubuntu leaves locked, which is
 * why people type {@code sudo su}.) {@code sudo COMMAND} runs the command as root with Ubuntu's
 * secure_path; {@code sudo -i}, {@code sudo -s}, {@code sudo su}, {@code sudo bash} and {@code su}
 * start a root shell that reads the following lines until {@code exit}.
 */
final class Sudo extends Tool {
    /** Ubuntu's /etc/sudoers secure_path. */
    static final String SECURE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin";

    /** sudo 1.9's usage as Debian and Ubuntu build it, wrapped at 80 columns as sudo wraps it. */
    static final String USAGE = """
            usage: sudo -h | -K | -k | -V
            usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
            usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]
                        [-u user] [command [arg ...]]
            usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]
                        [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
                        [-u user] [VAR=value] [-i | -s] [command [arg ...]]
            usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]
                        [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
                        [-u user] file ...
            """;

    private final Exec exec;
    private final Sessions sessions;

    Sudo(Exec exec, Sessions sessions) {
        this.exec = exec;
        this.sessions = sessions;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        boolean login = false;
        boolean shell = false;
        int i = 1;
        for (; i < args.size() && args.get(i).startsWith("-"); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (arg.equals("-u")) {
                if (i + 1 >= args.size()) {
                    out.errLine("sudo: option requires an argument -- 'u'");
                    out.stderr(USAGE);
                    return 1;
                }
                String user = args.get(++i);
                if (!user.equals("root") && !user.equals("#0")) {
                    out.errLine("sudo: unknown user " + user); // berth runs commands as root only
                    return 1;
                }
                continue;
            }
            for (char c : arg.substring(1).toCharArray()) {
                switch (c) {
                    case 'i' -> login = true;
                    case 's' -> shell = true;
                    case 'E', 'H', 'n', 'k', 'S', 'P', 'A', 'B', 'b', 'N' -> { }
                    case 'V' -> {
                        out.stdout("Sudo version 1.9.15p5\n");
                        return 0;
                    }
                    default -> {
                        out.errLine("sudo: invalid option -- '" + c + "'");
                        out.stderr(USAGE);
                        return 1;
                    }
                }
            }
        }
        if (login && shell) {
            out.errLine("sudo: you may not specify both the -i and -s options");
            out.stderr(USAGE);
            return 1;
        }
        List<String> command = args.subList(i, args.size());
        if (command.isEmpty()) {
            if (login || shell) {
                sessions.rootShell(login);
                return 0;
            }
            out.stderr(USAGE);
            return 1;
        }
        String name = command.get(0);
        if (name.equals("su") || name.equals("bash") || name.equals("sh") || name.equals("/bin/bash")) {
            if (name.equals("su") && command.size() > 1 && !command.subList(1, command.size()).stream()
                    .allMatch(a -> a.equals("-") || a.equals("-l") || a.equals("--login") || a.equals("root"))) {
                return Su.other(command, out);
            }
            if (command.size() == 1 || name.equals("su")) {
                sessions.rootShell(login || command.contains("-") || command.contains("-l") || command.contains("--login"));
                return 0;
            }
        }
        ShellState root = asRoot(state, login);
        Optional<Program> program = exec.program(root, name);
        if (program.isEmpty()) {
            out.errLine("sudo: " + name + ": command not found");
            return 1;
        }
        state.fs().pushOwner(0);
        try {
            return program.get().run(new ArrayList<>(command), stdin, out, root);
        } finally {
            state.fs().popOwner();
        }
    }

    /** The environment sudo gives a command: env_reset, Ubuntu's secure_path, root's HOME. */
    static ShellState asRoot(ShellState state, boolean login) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String keep : List.of("TERM", "LANG", "LC_ALL", "DISPLAY", "COLORS", "PS1")) {
            if (state.var(keep) != null) {
                env.put(keep, state.var(keep));
            }
        }
        String user = Users.userName(state, state.uid());
        env.put("PATH", SECURE_PATH);
        env.put("HOME", "/root");
        env.put("LOGNAME", "root");
        env.put("USER", "root");
        env.put("SHELL", "/bin/bash");
        env.put("SUDO_USER", user == null ? Integer.toString(state.uid()) : user);
        env.put("SUDO_UID", Integer.toString(state.uid()));
        env.put("SUDO_GID", Integer.toString(Users.gid(state, state.uid())));
        ShellState root = new ShellState(state.fs(), login ? "/root" : state.cwd(), env);
        root.uid(0);
        return root;
    }

    /** {@code su [-] [root]}: a root shell without a password (see {@link Sudo}). */
    static final class Su extends Tool {
        private final Sessions sessions;

        Su(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public int run(List<String> args, String stdin, Output out, ShellState state) {
            boolean login = false;
            for (String arg : args.subList(1, args.size())) {
                if (arg.equals("-") || arg.equals("-l") || arg.equals("--login")) {
                    login = true;
                } else if (arg.startsWith("-")) {
                    out.errLine("su: invalid option -- '" + arg.charAt(1) + "'");
                    out.errLine("Try 'su --help' for more information.");
                    return 1;
                } else if (!arg.equals("root")) {
                    return other(args, out);
                }
            }
            sessions.rootShell(login);
            return 0;
        }

        /** util-linux su for a user that /etc/passwd does not have. */
        static int other(List<String> command, Output out) {
            String user = command.stream().skip(1).filter(a -> !a.startsWith("-")).findFirst().orElse("root");
            out.errLine("su: user " + user + " does not exist or the user entry does not contain all the required fields");
            return 1;
        }
    }
}
