package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** docker cp's client side: help, argument count and the splitting of CONTAINER:PATH (docker 28.2.2 client). */
class CpCommandTest {
    private final DockerSession session = new DockerSession(false);

    @Test
    void helpIsTheRealClientsWithItsLongTextAndTwoUsageLines() {
        DockerSession.Result r = session.docker("cp", "--help");
        assertEquals("""
                Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-
                \tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH

                Copy files/folders between a container and the local filesystem

                Use '-' as the source to read a tar archive from stdin
                and extract it to a directory destination in a container.
                Use '-' as the destination to stream a tar archive of a
                container source to stdout.

                Aliases:
                  docker container cp, docker cp

                Options:
                  -a, --archive       Archive mode (copy all uid/gid information)
                  -L, --follow-link   Always follow symbol link in SRC_PATH
                  -q, --quiet         Suppress progress output during copy. Progress
                                      output is automatically suppressed if no terminal
                                      is attached
                """, r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void oneArgumentIsAnArgumentCountError() {
        DockerSession.Result r = session.docker("cp", "a");
        assertEquals("""
                docker: 'docker cp' requires 2 arguments

                Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-
                \tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH

                Run 'docker cp --help' for more information
                """, r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void splitCpArgKeepsAbsoluteAndDotPathsLocal() {
        assertEquals("[null, /a:b]", java.util.Arrays.toString(CpCommand.split("/a:b")));
        assertEquals("[null, ./a:b]", java.util.Arrays.toString(CpCommand.split("./a:b")));
        assertEquals("[null, file]", java.util.Arrays.toString(CpCommand.split("file")));
        assertEquals("[web, /etc/x]", java.util.Arrays.toString(CpCommand.split("web:/etc/x")));
        assertEquals("[web, ]", java.util.Arrays.toString(CpCommand.split("web:")));
    }

    @Test
    void localPathsKeepTheirTrailingDotOrSlash() {
        assertEquals("/home/learner/app/.", CpCommand.resolveLocal("/home/learner/app", "."));
        assertEquals("/home/learner/app/d/.", CpCommand.resolveLocal("/home/learner/app", "d/."));
        assertEquals("/home/learner/app/d/", CpCommand.resolveLocal("/home/learner/app", "d/"));
        assertEquals("/home/learner/f", CpCommand.resolveLocal("/home/learner/app", "../f"));
    }
}
