package io.github.berth.shell.programs;

import io.github.berth.shell.Program;
import java.util.Map;

/** The table of simulated programs, by the name an executable marker in a filesystem carries. */
public final class Programs {
    private Programs() {}

    public static Map<String, Program> standard() {
        return Map.of("hello-world", new HelloWorld());
    }
}
