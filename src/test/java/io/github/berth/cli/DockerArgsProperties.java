package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a learner types after {@code docker ps}, {@code docker run} or {@code docker images},
 * the answer is a value: an exit status docker uses (0; 1 for argument-count and daemon errors;
 * 125 for usage errors and daemon errors of run; 126/127 when the container's command cannot be run)
 * and, when it is not 0, a message on stderr. No exception escapes (DESIGN.md: "Learner mistakes
 * are values, not exceptions").
 */
class DockerArgsProperties {
    static final List<String> POOL = List.of("-a", "-q", "--name", "x", "--", "-dp", "8080:80", "--bogus", "=", "-",
            "hello-world", "-n", "1", "-l", "--rm", "-d", "--no-trunc", "--all=maybe", "-aq", "--help", "-h",
            "99999999999", "--last", "-x", "", "x1", "-f", "-t", "{{.Name}}", "{{.Foo", "{{json .State}}", "busybox",
            "sleep", "10", "alpine", "--tail", "-s", "json", "--format", "--filter", "name=x", "status=exited",
            "table {{.Names}}", "{{range .}}", "{{if}}", "{{end}}", "{{json .}}", "{{index .Names 3}}", "{{.Label}}",
            "{{printf \"%d\" .ID}}", "dangling=true", "reference=*", "before=x1", "-v", "data:/data", "/abs:/x",
            "--mount", "type=volume,target=/d", "--network", "appnet", "hello-world:latest", "learner/app",
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app", "-u", "-p", "--password-stdin", "--digests",
            "--volumes", "B", "[", "label=a=b", "exited=x", "--no-prune", "x:/", "x1:/etc/.", "./a:b", ".", "x:.",
            "x:/tmp/", "-L", "--link", "x:y", "a:b:c",
            // pflag's and Go's corners, the client's value checks, docker's own options
            "0x1", "08", "1_0", "-a=", "---x", "--=", "-\u00e9", "--memory", "1e400", "0x.p1", "--cpus",
            "1e9999999999", "--health-interval", "3000000h", "--expose", "1-", "--restart", ":", "on-failure:",
            "--network-alias", "--dns", "::1", "--env-file", "--debug", "-H", "--context", "Foo@sha256:abc",
            "--memory-swap", "-1", "--pid", "--security-opt", "-e", "--privileged", "--help=false", "-l");
    /** 64 is inspect's status for a template that does not parse (cli/command/inspect/inspector.go). */
    static final Set<Integer> STATUSES = Set.of(0, 1, 64, 125, 126, 127);

    @Provide
    Arbitrary<List<String>> argv() {
        Arbitrary<List<String>> command = Arbitraries.of(List.of("ps"), List.of("run"), List.of("images"),
                List.of("container", "ls"), List.of("container", "run"), List.of("image", "ls"), List.of("start"),
                List.of("stop"), List.of("rm"), List.of("container", "remove"), List.of("logs"), List.of("inspect"),
                List.of("container", "inspect"), List.of("kill"), List.of("restart"), List.of("rename"), List.of(),
                List.of("tag"), List.of("rmi"), List.of("image", "prune"), List.of("volume", "create"),
                List.of("volume", "ls"), List.of("volume", "inspect"), List.of("volume", "rm"),
                List.of("volume", "prune"), List.of("network", "create"), List.of("network", "ls"),
                List.of("network", "inspect"), List.of("network", "rm"), List.of("network", "connect"),
                List.of("network", "disconnect"), List.of("system", "df"), List.of("system", "prune"),
                List.of("version"), List.of("info"), List.of("login"), List.of("logout"), List.of("push"),
                List.of("cp"), List.of("container", "cp"), List.of("create"));
        Arbitrary<List<String>> rest = Arbitraries.of(POOL).list().ofMaxSize(7);
        return command.flatMap(c -> rest.map(r -> {
            List<String> argv = new ArrayList<>();
            argv.add("docker");
            argv.addAll(c);
            argv.addAll(r);
            return argv;
        }));
    }

    @Property(tries = 1000)
    void alwaysADockerExitStatusAndAMessageWhenItFails(@ForAll("argv") List<String> argv,
                                                       @ForAll boolean helloWorldRanAsX,
                                                       @ForAll boolean terminal) {
        DockerSession s = new DockerSession(terminal);
        if (helloWorldRanAsX) {
            s.docker("run", "--name", "x1", "hello-world");
        }
        DockerSession.Result r = s.run(argv);
        assertTrue(STATUSES.contains(r.exit()), () -> argv + " -> exit " + r.exit());
        if (r.exit() != 0) {
            assertFalse(r.err().isEmpty(), () -> argv + " -> exit " + r.exit() + " with an empty stderr");
        }
    }

    @Property(tries = 300)
    void theSameLineTwiceInFreshSessionsAnswersTheSame(@ForAll("argv") List<String> argv) {
        DockerSession.Result a = new DockerSession(false, 3L).run(argv);
        DockerSession.Result b = new DockerSession(false, 3L).run(argv);
        org.junit.jupiter.api.Assertions.assertEquals(a, b);
    }
}
