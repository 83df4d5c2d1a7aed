package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Background jobs ({@code command &}) and {@code jobs}, {@code wait}, {@code fg} and {@code bg}.
 * Programs are simulated and finish at once, so a job runs to its end when started (in a subshell,
 * with no standard input); {@code $!} is its process id. At the learner's prompt, as in a terminal,
 * bash's {@code [1] 4243} line is shown when it starts and {@code [1]+  Done …} after the next
 * command line; a script ({@code sh -c}) shows neither, as bash -c does.
 */
final class Jobs {
    private final Shell shell;

    Jobs(Shell shell) {
        this.shell = shell;
    }

    /** Runs {@code command &}: status 0, the job kept in the table with its own status. */
    int start(Ast.Background b, Shell.Ctx ctx, int round) {
        ShellExtras x = ctx.st().extras;
        int pid = x.nextPid++;
        x.lastBackground = pid;
        int number = 1;
        for (ShellExtras.Job j : x.jobs) {
            number = Math.max(number, j.number() + 1);
        }
        if (shell.interactive) {
            ctx.out().errLine("[" + number + "] " + pid);
        }
        int status = shell.background(b.command(), ctx);
        x.jobs.add(new ShellExtras.Job(number, pid, Printer.print(b.command()).strip(), status, round));
        x.finished.put(pid, status);
        return 0;
    }

    /** At the learner's prompt: reports the jobs started before this line, as bash does after the next command. */
    void notify(ShellState st, Output out, int round) {
        List<ShellExtras.Job> jobs = st.extras.jobs;
        List<ShellExtras.Job> done = new ArrayList<>();
        for (ShellExtras.Job j : jobs) {
            if (j.round() < round) {
                done.add(j);
            }
        }
        for (ShellExtras.Job j : done) {
            out.errLine(line(j, jobs));
        }
        jobs.removeAll(done);
    }

    /** {@code [1]+  Done                    echo hi}: the current job marked +, the one before it -. */
    private static String line(ShellExtras.Job j, List<ShellExtras.Job> jobs) {
        int at = jobs.indexOf(j);
        char mark = at == jobs.size() - 1 ? '+' : at == jobs.size() - 2 ? '-' : ' ';
        String state = j.status() == 0 ? "Done" : "Exit " + j.status();
        return "[" + j.number() + "]" + mark + "  " + String.format("%-24s", state) + j.command();
    }

    int run(List<String> args, Shell.Ctx ctx) {
        ShellState st = ctx.st();
        Output out = ctx.out();
        String cmd = args.get(0);
        List<ShellExtras.Job> jobs = st.extras.jobs;
        switch (cmd) {
            case "jobs": {
                if (shell.interactive) {
                    for (ShellExtras.Job j : jobs) {
                        out.outLine(line(j, jobs));
                    }
                }
                jobs.clear();
                return 0;
            }
            case "fg":
            case "bg": {
                if (!shell.interactive) {
                    out.errLine(shell.name + ": " + cmd + ": no job control");
                    return 1;
                }
                out.errLine(shell.name + ": " + cmd + ": " + (args.size() > 1 ? args.get(1) : "current") + ": no such job");
                return 1;
            }
            default:
                return waitFor(args, out, st);
        }
    }

    /** {@code wait [id…]}: every job ends at once; the status of the last one named. */
    private int waitFor(List<String> args, Output out, ShellState st) {
        List<ShellExtras.Job> jobs = st.extras.jobs;
        if (args.size() == 1) {
            jobs.clear();
            st.extras.finished.clear();
            return 0;
        }
        int status = 0;
        for (String id : args.subList(1, args.size())) {
            ShellExtras.Job job = null;
            if (id.startsWith("%")) {
                for (ShellExtras.Job j : jobs) {
                    if (id.equals("%" + j.number()) || (id.equals("%%") || id.equals("%+")) && j == jobs.get(jobs.size() - 1)) {
                        job = j;
                    }
                }
                if (job == null) {
                    out.errLine(shell.name + ": wait: " + id + ": no such job");
                    status = 127;
                    continue;
                }
                status = job.status();
                st.extras.finished.remove(job.pid());
                jobs.remove(job);
                continue;
            }
            Long pid = Builtins.number(id);
            if (pid == null) {
                out.errLine(shell.name + ": wait: `" + id + "': not a pid or valid job spec");
                status = 1;
                continue;
            }
            Integer s = st.extras.finished.remove(pid.intValue());
            if (s == null) {
                out.errLine(shell.name + ": wait: pid " + id + " is not a child of this shell");
                status = 127;
                continue;
            }
            jobs.removeIf(j -> j.pid() == pid.intValue());
            status = s;
        }
        return status;
    }
}
