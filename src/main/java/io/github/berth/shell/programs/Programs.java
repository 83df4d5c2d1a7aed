package io.github.berth.shell.programs;

import io.github.berth.shell.EchoProgram;
import io.github.berth.shell.Program;
import io.github.berth.shell.ShProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table of simulated programs, by the name an executable marker in a filesystem carries. */
public final class Programs {
    private Programs() {}

    /** Every simulated program: the everyday tools and the hello-world image's binary. */
    public static Map<String, Program> standard() {
        Map<String, Program> all = new LinkedHashMap<>(coreutils());
        all.put("hello-world", new HelloWorld());
        // the shell and the simplest applets of busybox-based images (alpine, busybox)
        List<Map<String, Program>> table = new ArrayList<>(1);
        ShProgram sh = new ShProgram(() -> table.get(0));
        all.put("sh", sh);
        all.put("ash", sh);
        all.put("echo", new EchoProgram());
        all.put("true", (args, out, state) -> 0);
        all.put("false", (args, out, state) -> 1);
        table.add(Map.copyOf(all));
        return table.get(0);
    }

    /**
     * The everyday tools, each installed as {@code /usr/bin/NAME} on a host or in an image that
     * has them; the marker is the program's own name.
     */
    public static Map<String, Program> coreutils() {
        Map<String, Program> tools = new LinkedHashMap<>();
        tools.put("cat", new Cat());
        tools.put("cp", new Cp());
        tools.put("cut", new Cut());
        tools.put("grep", new Grep());
        tools.put("head", new Head());
        tools.put("ls", new Ls());
        tools.put("mkdir", new Mkdir());
        tools.put("mv", new Mv());
        tools.put("rm", new Rm());
        tools.put("sort", new Sort());
        tools.put("tail", new Tail());
        tools.put("touch", new Touch());
        tools.put("tr", new Tr());
        tools.put("uniq", new Uniq());
        tools.put("wc", new Wc());
        return tools;
    }
}
