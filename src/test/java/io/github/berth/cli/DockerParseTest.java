package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A docker command line read as docker parses it, without running it (quiz questions that take a command). */
class DockerParseTest {
    private final DockerSession s = new DockerSession(false);

    private Optional<DockerCall> parse(String line) {
        return s.docker.parse(line);
    }

    @Test
    void everySpellingOfACommandParsesTheSame() {
        assertEquals(parse("docker container ls --all"), parse("docker ps -a"));
        assertEquals(parse("docker container ls --all"), parse("docker container list --all=true"));
        assertEquals(parse("docker container run --detach --publish 8080:80 --name web nginx"),
                parse("docker run -dp 8080:80 --name=web nginx"));
        assertEquals("container run", parse("docker run -d nginx").orElseThrow().command());
        assertTrue(s.calls.isEmpty(), "nothing ran");
        assertTrue(s.engine.containers().isEmpty(), "nothing ran");
    }

    @Test
    void differentFlagsValuesOrArgumentsDiffer() {
        assertTrue(!parse("docker ps").equals(parse("docker ps -a")));
        assertTrue(!parse("docker run -p 8080:80 nginx").equals(parse("docker run -p 80:80 nginx")));
        assertTrue(!parse("docker rm web").equals(parse("docker rm db")));
    }

    @Test
    void quotesAreReadAsTheShellReadsThem() {
        assertEquals(List.of("sh", "-c", "echo \"hi\" $HOME"),
                parse("docker run alpine sh -c 'echo \"hi\" $HOME'").orElseThrow().args().positionals().subList(1, 4));
        assertEquals(parse("docker run alpine sh -c 'echo hi'"), parse("docker run alpine sh -c \"echo hi\""));
        assertEquals(parse("docker run alpine echo a\\ b"), parse("docker run alpine echo 'a b'"));
    }

    @Test
    void whatDockerWouldRefuseIsNoCommandAtAll() {
        assertEquals(Optional.empty(), parse("docker"));
        assertEquals(Optional.empty(), parse("ls -l"));
        assertEquals(Optional.empty(), parse("docker ps --bogus"));
        assertEquals(Optional.empty(), parse("docker rm"), "rm needs a container");
        assertEquals(Optional.empty(), parse("docker nosuch"));
        assertEquals(Optional.empty(), parse("docker ps --help"));
        assertEquals(Optional.empty(), parse("docker run 'alpine"), "an open quote");
    }
}
