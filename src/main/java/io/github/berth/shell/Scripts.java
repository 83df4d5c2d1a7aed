package io.github.berth.shell;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How execve runs an executable file that is none of berth's programs (a script the learner wrote):
 * a {@code #!} line names the interpreter and at most one argument for it, and the script's path and
 * arguments follow (Linux binfmt_script); a text file without one fails with ENOEXEC, which bash and
 * dash answer by running it as a script of their own; binary content cannot be run at all.
 *
 * <p>Under runc (a container's process, {@code docker exec}) a failed execve is reported as
 * {@link #runcError}: runc's init prints the os.PathError on the process's stderr and exits 255
 * (opencontainers/runc v1.2 libcontainer/system/linux.go Exec, init_linux.go Init).
 */
public final class Scripts {
    private Scripts() {}

    /** What to run: the program's marker and its argv, or why the file cannot be run. */
    public sealed interface Plan permits Run, BadInterpreter, NotExecutable {}

    public record Run(String marker, List<String> argv) implements Plan {}

    /** The {@code #!} line names a file that is missing or not a program berth can run (execve's ENOENT). */
    public record BadInterpreter(String interpreter) implements Plan {}

    /** No {@code #!} line and no shell to fall back on, or binary content: execve's ENOEXEC. */
    public record NotExecutable() implements Plan {}

    /**
     * @param dialect the shell that runs the file and takes over on ENOEXEC, or null for a bare execve
     *                (a container's process or {@code docker exec}, started by runc)
     */
    public static Plan plan(MemoryFs fs, String cwd, Node.File file, List<String> args, Shell.Dialect dialect) {
        byte[] content = file.content();
        List<String> rest = args.subList(1, args.size());
        if (content.length >= 2 && content[0] == '#' && content[1] == '!') {
            String text = new String(content, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            // Linux's binfmt_script drops blanks around the line but keeps a carriage return: a script saved
            // with Windows line ends names "/bin/sh\r", which does not exist
            String line = text.substring(2, end < 0 ? text.length() : end).replaceAll("^[ \t]+|[ \t]+$", "");
            if (!line.isEmpty()) {
                String[] parts = line.split("[ \t]+", 2);
                PathWalk walk = PathWalk.walk(fs, cwd, parts[0]);
                if (!(walk.node() instanceof Node.File interpreter) || interpreter.program() == null
                        || !interpreter.executable()) {
                    return new BadInterpreter(parts[0]);
                }
                List<String> argv = new ArrayList<>();
                argv.add(parts[0]);
                if (parts.length > 1) {
                    argv.add(parts[1]);
                }
                argv.add(args.get(0));
                argv.addAll(rest);
                return new Run(interpreter.program(), argv);
            }
        }
        if (dialect == null) {
            return new NotExecutable();
        }
        for (byte b : content) {
            if (b == 0) {
                return new NotExecutable();
            }
        }
        // ENOEXEC: the shell runs the file itself, as a new instance of itself
        String shell = dialect == Shell.Dialect.BASH ? "bash" : dialect == Shell.Dialect.DASH ? "dash" : "sh";
        List<String> argv = new ArrayList<>(List.of(shell, args.get(0)));
        argv.addAll(rest);
        return new Run(shell, argv);
    }

    /** What runc's init prints when execve of {@code path} fails as {@code plan} says; it then exits 255. */
    public static String runcError(String path, Plan plan) {
        return "exec " + path + ": " + (plan instanceof BadInterpreter ? "no such file or directory" : "exec format error");
    }
}
