package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Output;
import io.github.berth.shell.Program;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logs, lookup and removal in the engine. Sources: moby v28.2.2 daemon/logger/copier.go (one log
 * message per line, the stream kept), daemon/container.go GetContainer and container/view.go
 * GetByPrefix (full id, exact name, unique prefix; their errors), daemon/delete.go.
 */
class EngineLifecycleTest {
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private SteppingClock clock;
    private Engine engine;
    private Image image;

    @BeforeEach
    void fresh() {
        clock = new SteppingClock(START);
        // the hello-world image's /hello marker, wired to a program that writes both streams
        Program chatty = (args, out, state) -> {
            out.stdout("one\ntwo");
            clock.advance(Duration.ofSeconds(1));
            out.stderr("oops\n");
            out.stdout(" halves\n");
            return 3;
        };
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(new Random(1)), Map.of("hello-world", chatty));
        image = ((PullOutcome.Pulled) engine.pull(ImageRef.parse("hello-world"), e -> { })).image();
    }

    @Test
    void logsKeepEachLineWithItsStreamAndTime() {
        Container c = engine.create(image, "hello-world", "c", List.of());
        CapturedOutput attached = new CapturedOutput();
        assertInstanceOf(StartOutcome.Ran.class, engine.startAndWait(c.id(), attached));
        assertEquals("one\ntwo halves\n", attached.out());
        assertEquals("oops\n", attached.err());
        assertEquals(List.of(
                new LogEntry(LogEntry.Stream.STDOUT, "one\n", START),
                new LogEntry(LogEntry.Stream.STDOUT, "two", START),
                new LogEntry(LogEntry.Stream.STDERR, "oops\n", START.plusSeconds(1)),
                new LogEntry(LogEntry.Stream.STDOUT, " halves\n", START.plusSeconds(1))), engine.logs(c.id()));
        Container ended = ((Lookup.Found) engine.find("c")).container();
        assertEquals(new ContainerState(ContainerState.Status.EXITED, 3, START, START.plusSeconds(1)), ended.state());
    }

    @Test
    void aSecondStartAppendsToTheLog() {
        Container c = engine.create(image, "hello-world", "c", List.of());
        engine.startAndWait(c.id(), Output.DISCARD);
        engine.startAndWait(c.id(), Output.DISCARD);
        assertEquals(8, engine.logs(c.id()).size());
        assertEquals(2, engine.containers().get(0).startCount());
    }

    @Test
    void lookupOrder() {
        Container a = engine.create(image, "hello-world", "a", List.of());
        assertEquals(new Lookup.Found(a), engine.find(a.id()));
        assertEquals(new Lookup.Found(a), engine.find("a"));
        assertEquals(new Lookup.Found(a), engine.find("/a"));
        assertEquals(new Lookup.Found(a), engine.find(a.id().substring(0, 1)));
        assertEquals(new Lookup.Missing("No such container: zz"), engine.find("zz"));
        assertEquals(new Lookup.Missing("invalid name or ID supplied: \"\""), engine.find(""));
    }

    @Test
    void removeByNameOrPrefix() {
        Container a = engine.create(image, "hello-world", "a", List.of());
        assertEquals(Optional.empty(), engine.remove("a", false));
        assertEquals(List.of(), engine.containers());
        assertEquals(List.of(), engine.logs(a.id()));
        assertEquals(Optional.of("No such container: a"), engine.remove("a", true));
    }

    @Test
    void nameRules() {
        engine.create(image, "hello-world", "web", List.of());
        assertEquals(Optional.of("Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
                engine.nameError("x"));
        assertEquals(Optional.of("Invalid container name (-ab), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
                engine.nameError("-ab"));
        assertEquals(Optional.empty(), engine.nameError("/db.1_x-y"));
        assertEquals(true, engine.nameError("/web").orElseThrow().startsWith("Conflict. The container name \"/web\""));
    }
}
