package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.Output;
import io.github.berth.shell.programs.Programs;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's container indexes (ContainerStore, ProcessDeadlines) answer as walking every
 * container did: moby v28.2.2 daemon/container.go GetContainer (full id, name, unique id prefix),
 * daemon/names.go reserveName, and processes that end by themselves when their time is up.
 */
class ContainerIndexesTest {
    private SteppingClock clock;
    private Engine engine;
    private Image busybox;

    @BeforeEach
    void fresh() {
        clock = new SteppingClock(Instant.parse("2026-01-05T09:00:00Z"));
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(new Random(3)), Programs.standard());
        busybox = ((PullOutcome.Pulled) engine.pull(ImageRef.parse("busybox"), e -> { })).image();
    }

    private Container create(String name) {
        return engine.create(busybox, "busybox", name, List.of("true"));
    }

    private Container found(String term) {
        return assertInstanceOf(Lookup.Found.class, engine.find(term)).container();
    }

    private String missing(String term) {
        return assertInstanceOf(Lookup.Missing.class, engine.find(term)).message();
    }

    @Test
    void aContainerIsFoundByFullIdNameSlashNameAndUniquePrefix() {
        Container web = create("web");
        create("db");
        assertEquals(web.id(), found(web.id()).id());
        assertEquals(web.id(), found("web").id());
        assertEquals(web.id(), found("/web").id());
        assertEquals(web.id(), found(web.id().substring(0, 5)).id());
        assertEquals("No such container: nothing", missing("nothing"));
        assertEquals("invalid name or ID supplied: \"\"", missing(""));
    }

    @Test
    void aPrefixOfSeveralIdsIsAmbiguousAndANameComesBeforeAPrefix() {
        Set<Character> firsts = new HashSet<>();
        Character shared = null;
        for (int i = 0; i < 40 && shared == null; i++) {
            Container c = create("c" + i);
            if (!firsts.add(c.id().charAt(0))) {
                shared = c.id().charAt(0);
            }
        }
        assertEquals("multiple IDs found with provided prefix: " + shared, missing(String.valueOf(shared)));
        Container web = create("web");
        Container named = create(web.id().substring(0, 6));
        assertEquals(named.id(), found(web.id().substring(0, 6)).id());
        assertEquals(web.id(), found(web.id().substring(0, 7)).id());
    }

    @Test
    void renamingAndRemovingFreeTheNameAndTheIdAtOnce() {
        Container web = create("web");
        assertEquals(Optional.of("Conflict. The container name \"/web\" is already in use by container \""
                + web.id() + "\". You have to remove (or rename) that container to be able to reuse that name."),
                engine.nameError("/web"));
        assertEquals(Optional.empty(), engine.rename("web", "site"));
        assertEquals(Optional.empty(), engine.nameError("web"));
        assertEquals("No such container: web", missing("web"));
        assertEquals(web.id(), found("site").id());
        Container again = create("web");
        assertEquals(again.id(), found("web").id());
        assertEquals(Optional.empty(), engine.remove("site", false));
        assertEquals("No such container: " + web.id().substring(0, 12), missing(web.id().substring(0, 12)));
        assertEquals(Optional.empty(), engine.nameError("site"));
        assertEquals(Optional.of("Invalid container name (a b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
                engine.nameError("a b"));
    }

    @Test
    void generatedNamesAreNeverTaken() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            assertTrue(names.add(create(null).name()));
        }
    }

    @Test
    void theListIsNewestFirstReadOnlyAndTheSameUntilAChange() {
        Container a = create("a");
        Container b = create("b");
        List<Container> first = engine.containers();
        assertEquals(List.of("b", "a"), first.stream().map(Container::name).toList());
        assertSame(first, engine.containers());
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
        engine.rename("a", "aa");
        assertEquals(List.of("b", "aa"), engine.containers().stream().map(Container::name).toList());
        assertEquals(List.of("b", "a"), first.stream().map(Container::name).toList());
        engine.remove(b.id());
        assertEquals(List.of(a.id()), engine.containers().stream().map(Container::id).toList());
    }

    @Test
    void detachedProcessesEndWhenTheirTimeIsUpWhicheverStartedFirst() {
        Container longer = engine.create(busybox, "busybox", "longer", List.of("sleep", "100"));
        Container shorter = engine.create(busybox, "busybox", "shorter", List.of("sleep", "10"));
        Container never = engine.create(busybox, "busybox", "never", List.of("sleep", "infinity"));
        for (Container c : List.of(longer, shorter, never)) {
            engine.start(c.id(), Output.DISCARD, true);
        }
        clock.advance(Duration.ofSeconds(9));
        assertEquals(List.of("running", "running", "running"), states());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("running", "exited", "running"), states());
        assertEquals(Optional.empty(), engine.stop("longer", 0));
        clock.advance(Duration.ofSeconds(1000));
        assertEquals(List.of("running", "exited", "exited"), states());
        assertEquals(137, found("longer").state().exitCode());
        assertEquals(0, found("shorter").state().exitCode());
        assertEquals(Instant.parse("2026-01-05T09:00:10Z"), found("shorter").state().finishedAt());
    }

    /** never, shorter, longer: newest first. */
    private List<String> states() {
        return engine.containers().stream().map(c -> c.state().status().word()).toList();
    }

    @Test
    void aRunningContainerHasTheLowestFreeAddressAndTheMacMadeFromIt() {
        Container one = engine.create(busybox, "busybox", "one", List.of("sleep", "100"));
        Container two = engine.create(busybox, "busybox", "two", List.of("sleep", "100"));
        engine.start(one.id(), Output.DISCARD, true);
        engine.start(two.id(), Output.DISCARD, true);
        Networks.Endpoint ep = engine.networks().endpoints(two.id()).get("bridge");
        assertEquals("172.17.0.3", ep.ip());
        assertEquals("02:42:ac:11:00:03", ep.mac());
        assertEquals(16, ep.prefix());
        engine.stop("one", 0);
        Container three = engine.create(busybox, "busybox", "three", List.of("sleep", "100"));
        engine.start(three.id(), Output.DISCARD, true);
        assertEquals("172.17.0.2", engine.networks().endpoints(three.id()).get("bridge").ip());
        assertEquals("02:42:ac:11:00:02", engine.networks().endpoints(three.id()).get("bridge").mac());
    }
}
