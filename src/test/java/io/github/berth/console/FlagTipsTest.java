package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.sandbox.Sandbox;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The tip for the docker flag under the cursor, from the command model (the same as `docker CMD --help`). */
class FlagTipsTest {
    private final DockerSyntax syntax = new DockerSyntax(new Sandbox(3L, Map.of(), false).dockerCommands());

    private Optional<String> tipAtEnd(String line) {
        return FlagTips.tip(syntax, line, line.length());
    }

    @Test
    void aLongOrShortFlagShowsItsFormsAndUsageAsDockerHelpDoes() {
        assertEquals(Optional.of("-d, --detach   Run container in background and print container ID"),
                tipAtEnd("docker run -d"));
        assertEquals(Optional.of("-d, --detach   Run container in background and print container ID"),
                tipAtEnd("docker container run --detach"));
        assertEquals(Optional.of("--name string   Assign a name to the container"),
                tipAtEnd("docker run -d --name"));
        assertEquals(Optional.of("--name string   Assign a name to the container"),
                tipAtEnd("docker run --name=web"));
    }

    @Test
    void theCursorInsideAnEarlierFlagDescribesThatFlag() {
        String line = "docker run -d --name web hello-world";
        assertEquals(Optional.of("-d, --detach   Run container in background and print container ID"),
                FlagTips.tip(syntax, line, 12));
        assertEquals(Optional.empty(), FlagTips.tip(syntax, line, line.length()), "an image is not a flag");
        assertEquals(Optional.empty(), FlagTips.tip(syntax, line, 22), "nor is a flag's value");
    }

    @Test
    void groupedShortFlagsAreEachDescribed() {
        assertEquals(Optional.of("-a, --all   Show all containers (default shows just running)  ·  "
                + "-q, --quiet   Only display container IDs"), tipAtEnd("docker ps -aq"));
    }

    @Test
    void aFlagTheCommandDoesNotHaveGetsPflagsMessage() {
        assertEquals(Optional.of("unknown flag: --nmae (docker run does not have it)"), tipAtEnd("docker run --nmae"));
        // docker 28.2.2: `docker run -ix alpine` says "unknown shorthand flag: 'x' in -x"
        assertEquals(Optional.of("-a, --all   Show all containers (default shows just running)  ·  "
                + "unknown shorthand flag: 'x' in -x"), tipAtEnd("docker ps -ax"));
    }

    @Test
    void flagsOfTheContainersOwnCommandAreNotDockers() {
        assertEquals(Optional.empty(), tipAtEnd("docker run alpine ls -l"));
        assertEquals(Optional.of("--name string   Assign a name to the container"),
                FlagTips.tip(syntax, "docker run --name web -d alpine", 12),
                "a flag's value is not the image");
        assertEquals(Optional.of("-d, --detach   Run container in background and print container ID"),
                tipAtEnd("docker run --name web -d"));
    }

    @Test
    void nothingOutsideDocker() {
        assertEquals(Optional.empty(), tipAtEnd("ls -l"));
        assertEquals(Optional.empty(), tipAtEnd("docker run 'alpine' '-d"), "quoted words are arguments");
        assertEquals(Optional.empty(), tipAtEnd("docker nosuch -d"));
        assertEquals(Optional.empty(), tipAtEnd(""));
        assertEquals(Optional.of("--help   Print usage"), tipAtEnd("echo hi; docker ps --help"));
    }

    @Property(tries = 300)
    void neverFailsOnAnyLineOrCursor(@ForAll String line, @ForAll int cursor) {
        FlagTips.tip(syntax, "docker run " + line, Math.floorMod(cursor, line.length() + 12));
    }
}
