package io.github.berth.shell.programs;

import io.github.berth.shell.EchoProgram;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShProgram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table of simulated programs, by the name an executable marker in a filesystem carries. */
public final class Programs {
    /** The clock of the default table: where a seeded sandbox starts. */
    static final Instant DEFAULT_TIME = Instant.parse("2026-01-05T09:00:00Z");

    private Programs() {}

    /** Every simulated program, on a clock that stands still. */
    public static Map<String, Program> standard() {
        return standard(ProgramClock.fixed(DEFAULT_TIME));
    }

    /** Every simulated program: the everyday tools and the hello-world image's binary. */
    public static Map<String, Program> standard(ProgramClock clock) {
        return standard(clock, Sessions.NONE);
    }

    /**
     * Every simulated program on the sandbox's clock; {@code sudo -i}, {@code sudo su} and
     * {@code su} start root shells through {@code sessions}.
     */
    public static Map<String, Program> standard(ProgramClock clock, Sessions sessions) {
        List<Map<String, Program>> table = new ArrayList<>(1);
        Map<String, Program> all = new LinkedHashMap<>(coreutils(clock, sessions, () -> table.get(0)));
        all.put("hello-world", new HelloWorld());
        // the package managers, on an image's PATH when the image has them
        all.put("apt-get", new Apt("apt-get"));
        all.put("apt", new Apt("apt"));
        all.put("apk", new Apk());
        all.put("pip", new Pip());
        all.put("pip3", new Pip());
        all.put("npm", new Npm(clock));
        // the shell and the simplest applets of busybox-based images (alpine, busybox)
        ShProgram sh = new ShProgram(() -> table.get(0));
        all.put("sh", sh);
        all.put("ash", sh);
        table.add(Map.copyOf(all));
        return table.get(0);
    }

    /**
     * The everyday tools, each installed as {@code /usr/bin/NAME} on a host or in an image that
     * has them; the marker is the program's own name.
     */
    public static Map<String, Program> coreutils() {
        return coreutils(ProgramClock.fixed(DEFAULT_TIME), Sessions.NONE, Programs::standard);
    }

    private static Map<String, Program> coreutils(ProgramClock clock, Sessions sessions,
                                                  java.util.function.Supplier<Map<String, Program>> table) {
        Exec exec = new Exec(table, sessions);
        Map<String, Program> tools = new LinkedHashMap<>();
        tools.put("cat", new Cat());
        tools.put("cp", new Cp());
        tools.put("cut", new Cut());
        tools.put("grep", new Grep());
        tools.put("head", new Head());
        tools.put("ls", new Ls(clock));
        tools.put("mkdir", new Mkdir());
        tools.put("mv", new Mv());
        tools.put("rm", new Rm());
        tools.put("sort", new Sort());
        tools.put("tail", new Tail());
        tools.put("touch", new Touch());
        tools.put("tr", new Tr());
        tools.put("uniq", new Uniq());
        tools.put("wc", new Wc());
        tools.put("sed", new Sed());
        tools.put("find", new Find(exec));
        tools.put("ln", new Ln());
        tools.put("chmod", new Chmod());
        tools.put("env", new Env(exec));
        tools.put("printenv", new Env.Printenv());
        tools.put("hostname", new Identity.Hostname());
        tools.put("whoami", new Identity.Whoami());
        tools.put("id", new Identity.Id());
        tools.put("uname", new Identity.Uname());
        tools.put("date", new DateTool(clock));
        tools.put("sleep", new Sleep(clock));
        tools.put("which", new Which());
        tools.put("clear", Identity.CLEAR);
        tools.put("xargs", new Xargs(exec));
        tools.put("basename", new Names(true));
        tools.put("dirname", new Names(false));
        tools.put("seq", new Seq());
        tools.put("tee", new Tee());
        tools.put("tree", new Tree());
        tools.put("sudo", new Sudo(exec, sessions));
        tools.put("su", new Sudo.Su(sessions));
        tools.put("ps", new Ps());
        tools.put("stat", new Stat());
        tools.put("tar", new Tar());
        tools.put("echo", new EchoProgram());
        tools.put("true", (args, out, state) -> 0);
        tools.put("false", (args, out, state) -> 1);
        return tools;
    }
}
