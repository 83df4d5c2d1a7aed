package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.engine.ImageConfig;
import io.github.berth.engine.ImageRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Docker's ENTRYPOINT and CMD table (docs "Understand how CMD and ENTRYPOINT interact"; BuildKit
 * convert.go for what each instruction stores, moby daemon/create.go mergeAndVerifyConfig and the
 * container's Path and Args): every row, built from busybox, then run, inspected and listed.
 */
class EntrypointCmdTest {
    private final BuildSession s = new BuildSession();

    private DockerSession.Result buildAndRun(String dockerfile, String... runArgs) {
        s.file("Dockerfile", "FROM busybox\n" + dockerfile);
        s.ok("build", "-t", "table", ".");
        String[] args = new String[3 + runArgs.length];
        args[0] = "run";
        args[1] = "--name=ctr";
        args[2] = "table";
        System.arraycopy(runArgs, 0, args, 3, runArgs.length);
        return s.docker(args);
    }

    private String pathAndArgs() {
        return s.docker("inspect", "--format", "{{json .Path}} {{json .Args}}", "ctr").out().trim();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // ENTRYPOINT               | CMD                   | Path and Args                                                   | output
        "                           | CMD [\"echo\", \"c1\"]  | \"echo\" [\"c1\"]                                                 | c1",
        "                           | CMD echo c1           | \"/bin/sh\" [\"-c\",\"echo c1\"]                                    | c1",
        "ENTRYPOINT echo e1         |                       | \"/bin/sh\" [\"-c\",\"echo e1\"]                                    | e1",
        "ENTRYPOINT echo e1         | CMD [\"c1\"]            | \"/bin/sh\" [\"-c\",\"echo e1\",\"c1\"]                             | e1",
        "ENTRYPOINT echo e1         | CMD echo c1           | \"/bin/sh\" [\"-c\",\"echo e1\",\"/bin/sh\",\"-c\",\"echo c1\"]       | e1",
        "ENTRYPOINT [\"echo\", \"e1\"] |                       | \"echo\" [\"e1\"]                                                 | e1",
        "ENTRYPOINT [\"echo\", \"e1\"] | CMD [\"c1\"]            | \"echo\" [\"e1\",\"c1\"]                                          | e1 c1",
        "ENTRYPOINT [\"echo\", \"e1\"] | CMD echo c1           | \"echo\" [\"e1\",\"/bin/sh\",\"-c\",\"echo c1\"]                     | e1 /bin/sh -c echo c1",
    })
    void everyRowOfTheTable(String entrypoint, String cmd, String pathArgs, String output) {
        String dockerfile = (entrypoint == null ? "" : entrypoint + "\n") + (cmd == null ? "" : cmd + "\n");
        DockerSession.Result r = buildAndRun(dockerfile);
        assertEquals(new DockerSession.Result(output + "\n", "", 0), r);
        assertEquals(pathArgs, pathAndArgs());
    }

    @Test
    void noEntrypointAndNoCmdCannotRun() {
        // ENTRYPOINT [] clears the entrypoint and, as a new ENTRYPOINT, busybox's CMD ["sh"]
        DockerSession.Result r = buildAndRun("ENTRYPOINT []\n");
        assertEquals(new DockerSession.Result("", "docker: Error response from daemon: no command specified\n\n"
                + "Run 'docker run --help' for more information\n", 125), r);
        ImageConfig c = s.session.engine.image(ImageRef.parse("table")).orElseThrow().config();
        assertEquals(List.of(), c.entrypoint());
        assertEquals(null, c.cmd());
    }

    @Test
    void argumentsToRunReplaceCmdAndFollowTheEntrypoint() {
        DockerSession.Result r = buildAndRun("ENTRYPOINT [\"echo\", \"e1\"]\nCMD [\"c1\"]\n", "x", "y");
        assertEquals("e1 x y\n", r.out());
        assertEquals("\"echo\" [\"e1\",\"x\",\"y\"]", pathAndArgs());
        assertEquals("[\"x\",\"y\"]\n", s.docker("inspect", "--format", "{{json .Config.Cmd}}", "ctr").out());
    }

    @Test
    void aChildsEntrypointDropsTheInheritedCmdButKeepsItsOwn() {
        s.file("Dockerfile", "FROM busybox\nCMD [\"echo\", \"parent\"]\n");
        s.ok("build", "-t", "parent", ".");
        s.file("Dockerfile", "FROM parent\nENTRYPOINT [\"echo\", \"child\"]\n");
        s.ok("build", "-t", "child", ".");
        assertEquals(null, s.session.engine.image(ImageRef.parse("child")).orElseThrow().config().cmd());
        assertEquals("child\n", s.docker("run", "--rm", "child").out());
        s.file("Dockerfile", "FROM parent\nCMD [\"own\"]\nENTRYPOINT [\"echo\", \"child\"]\n");
        s.ok("build", "-t", "child2", ".");
        assertEquals("child own\n", s.docker("run", "--rm", "child2").out());
        s.file("Dockerfile", "FROM parent\nLABEL x=y\n");
        s.ok("build", "-t", "child3", ".");
        assertEquals("parent\n", s.docker("run", "--rm", "child3").out());
    }

    @Test
    void inspectAndPsShowTheSameCommand() {
        buildAndRun("ENTRYPOINT [\"echo\", \"e1\"]\nCMD [\"c1\"]\n");
        String json = s.docker("image", "inspect", "--format", "{{json .Config.Entrypoint}} {{json .Config.Cmd}}",
                "table").out();
        assertEquals("[\"echo\",\"e1\"] [\"c1\"]\n", json);
        String ps = s.docker("ps", "-a", "--no-trunc").out();
        assertEquals(true, ps.contains("\"echo e1 c1\""), ps);
    }
}
