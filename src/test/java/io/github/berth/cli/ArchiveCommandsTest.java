package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The client side of docker save, load, export and import (docker 28.2.2 client, run on a terminal with script(1)). */
class ArchiveCommandsTest {
    private final DockerSession terminal = new DockerSession(true);

    @Test
    void saveAndExportRefuseToWriteAnArchiveToATerminal() {
        terminal.docker("pull", "-q", "alpine");
        assertEquals(new DockerSession.Result("", "cowardly refusing to save to a terminal. Use the -o flag or redirect\n", 1),
                terminal.docker("save", "alpine"));
        assertEquals(new DockerSession.Result("", "cowardly refusing to save to a terminal. Use the -o flag or redirect\n", 1),
                terminal.docker("container", "export", "nosuch"));
        assertEquals(new DockerSession.Result("", "requested load from stdin, but stdin is empty\n", 1),
                terminal.docker("load"));
    }

    @Test
    void withoutATerminalBerthSaysItWritesOnlyToFiles() {
        DockerSession pipe = new DockerSession(false);
        assertEquals(new DockerSession.Result("",
                "docker save: berth's sandbox writes archives only to files and pipes: use -o FILE, > FILE or | COMMAND\n", 1),
                pipe.docker("save", "alpine"));
    }

    @Test
    void helpIsTheRealClients() {
        assertEquals("""
                Usage:  docker save [OPTIONS] IMAGE [IMAGE...]

                Save one or more images to a tar archive (streamed to STDOUT by default)

                Aliases:
                  docker image save, docker save

                Options:
                  -o, --output string     Write to a file, instead of STDOUT
                      --platform string   Save only the given platform variant. Formatted
                                          as "os[/arch[/variant]]" (e.g., "linux/amd64")
                """, terminal.docker("save", "--help").out());
        assertEquals("""
                Usage:  docker load [OPTIONS]

                Load an image from a tar archive or STDIN

                Aliases:
                  docker image load, docker load

                Options:
                  -i, --input string      Read from tar archive file, instead of STDIN
                      --platform string   Load only the given platform variant. Formatted
                                          as "os[/arch[/variant]]" (e.g., "linux/amd64")
                  -q, --quiet             Suppress the load output
                """, terminal.docker("load", "--help").out());
        assertEquals("""
                Usage:  docker export [OPTIONS] CONTAINER

                Export a container's filesystem as a tar archive

                Aliases:
                  docker container export, docker export

                Options:
                  -o, --output string   Write to a file, instead of STDOUT
                """, terminal.docker("export", "--help").out());
        assertEquals("""
                Usage:  docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]

                Import the contents from a tarball to create a filesystem image

                Aliases:
                  docker image import, docker import

                Options:
                  -c, --change list       Apply Dockerfile instruction to the created image
                  -m, --message string    Set commit message for imported image
                      --platform string   Set platform if server is multi-platform capable
                """, terminal.docker("import", "--help").out());
    }
}
