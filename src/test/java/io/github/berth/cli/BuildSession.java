package io.github.berth.cli;

import io.github.berth.fs.MemoryFs;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A docker session over a workspace with files, in ~/app, with shell variables a test sets. */
final class BuildSession {
    static final String APP = "/home/learner/app";

    final DockerSession session = new DockerSession(false);
    final MemoryFs fs = new MemoryFs();
    final Map<String, String> env = new LinkedHashMap<>();

    BuildSession() {
        fs.mkdirs(APP);
        env.put("HOME", "/home/learner");
    }

    BuildSession file(String rel, String text) {
        fs.writeFile(APP + "/" + rel, text);
        return this;
    }

    DockerSession.Result docker(String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("docker");
        argv.addAll(Arrays.asList(args));
        CapturedOutput out = new CapturedOutput();
        int exit = session.docker.run(argv, out, new ShellState(fs, APP, env));
        return new DockerSession.Result(out.out(), out.err(), exit);
    }

    String ok(String... args) {
        DockerSession.Result r = docker(args);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", args) + " failed: " + r);
        }
        return r.err();
    }

    /** The "#N ..." lines naming steps and how they ended, without the rest. */
    static List<String> outline(String progress) {
        List<String> out = new ArrayList<>();
        for (String line : progress.split("\n")) {
            if (line.matches("#\\d+ (\\[.*|CACHED|DONE.*|ERROR.*)")) {
                out.add(line.replaceFirst("^#\\d+ ", ""));
            }
        }
        return out;
    }
}
