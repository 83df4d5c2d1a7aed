package io.github.berth.engine;

import io.github.berth.shell.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.shell.programs.Programs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mock daemon. Sources: moby v28.2.2 distribution/pull_v2.go and distribution/xfer/download.go
 * (pull message order), daemon/create.go (Entrypoint + Cmd, a command given replaces Cmd only),
 * container/state.go, daemon/list.go (newest first); hello-world:latest linux/amd64 as published
 * 2025-01-21 (layer e6590344b1a5, image 74cc54e27dc4, 10072 bytes, Cmd ["/hello"], WorkingDir "/").
 */
class EngineTest {
    static final String IMAGE_ID = "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602";
    static final String DIGEST = "sha256:ec153840d1e635ac434fab5e377081f17e0e15afab27beb3f726c3265039cfff";
    static final String LAYER = "e6590344b1a5";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private SteppingClock clock;
    private Engine engine;

    @BeforeEach
    void fresh() {
        clock = new SteppingClock(START);
        engine = new Engine(Registry.dockerHub(), clock, new IdSource(new Random(1)), Programs.standard());
    }

    private List<PullEvent> pull(String ref, Engine e) {
        List<PullEvent> events = new ArrayList<>();
        e.pull(ImageRef.parse(ref), events::add);
        return events;
    }

    private Image pulledHelloWorld() {
        PullOutcome outcome = engine.pull(ImageRef.parse("hello-world"), e -> {});
        return assertInstanceOf(PullOutcome.Pulled.class, outcome).image();
    }

    @Test
    void firstPullMessagesInTheDaemonsOrder() {
        assertEquals(List.of(
                new PullEvent("latest", "Pulling from library/hello-world", false),
                new PullEvent(LAYER, "Pulling fs layer", false),
                new PullEvent(LAYER, "Downloading", true),
                new PullEvent(LAYER, "Verifying Checksum", false),
                new PullEvent(LAYER, "Download complete", false),
                new PullEvent(LAYER, "Extracting", true),
                new PullEvent(LAYER, "Pull complete", false),
                PullEvent.line("Digest: " + DIGEST),
                PullEvent.line("Status: Downloaded newer image for hello-world:latest")), pull("hello-world", engine));
    }

    @Test
    void firstPullStoresTheImage() {
        PullOutcome outcome = engine.pull(ImageRef.parse("hello-world"), e -> {});
        PullOutcome.Pulled pulled = assertInstanceOf(PullOutcome.Pulled.class, outcome);
        assertTrue(pulled.downloaded());
        Image image = pulled.image();
        assertEquals(IMAGE_ID, image.id());
        assertEquals("74cc54e27dc4", image.shortId());
        assertEquals(List.of("hello-world:latest"), image.repoTags());
        assertEquals(List.of("hello-world@" + DIGEST), image.repoDigests());
        assertEquals(Instant.parse("2025-01-21T23:32:32Z"), image.created());
        assertEquals(10072L, image.size());
        assertEquals(new ImageConfig(List.of("PATH=" + PATH), null, List.of("/hello"), "/"), image.config());
        assertEquals(PATH, image.config().path());
        assertEquals(List.of(image), engine.images());
    }

    @Test
    void secondPullIsUpToDate() {
        Image first = pulledHelloWorld();
        List<PullEvent> events = new ArrayList<>();
        PullOutcome again = engine.pull(ImageRef.parse("docker.io/library/hello-world:latest"), events::add);
        assertEquals(List.of(
                new PullEvent("latest", "Pulling from library/hello-world", false),
                PullEvent.line("Digest: " + DIGEST),
                PullEvent.line("Status: Image is up to date for hello-world:latest")), events);
        assertEquals(new PullOutcome.Pulled(first, false), again);
        assertEquals(1, engine.images().size());
    }

    @Test
    void unknownRepositoryIsDenied() {
        List<PullEvent> events = new ArrayList<>();
        PullOutcome outcome = engine.pull(ImageRef.parse("nosuchimage"), events::add);
        assertEquals(new PullOutcome.Failed("pull access denied for nosuchimage, repository does not exist or may"
                + " require 'docker login': denied: requested access to the resource is denied"), outcome);
        assertEquals(List.of(), events);
        assertEquals(List.of(), engine.images());
    }

    @Test
    void unknownUserRepositoryIsDeniedUnderItsFamiliarName() {
        assertEquals(new PullOutcome.Failed("pull access denied for learner/app, repository does not exist or may"
                + " require 'docker login': denied: requested access to the resource is denied"),
                engine.pull(ImageRef.parse("docker.io/learner/app:1.0"), e -> {}));
    }

    @Test
    void unknownTagOfAKnownRepository() {
        assertEquals(new PullOutcome.Failed("manifest for hello-world:linux not found: manifest unknown: manifest"
                + " unknown"), engine.pull(ImageRef.parse("hello-world:linux"), e -> {}));
    }

    @Test
    void otherRegistriesAreUnreachable() {
        // berth's sandbox has no network; the daemon relays Go's resolver error
        assertEquals(new PullOutcome.Failed("Get \"https://quay.io/v2/\": dial tcp: lookup quay.io: no such host"),
                engine.pull(ImageRef.parse("quay.io/team/app"), e -> {}));
    }

    @Test
    void imageLookupByAnySpellingOfTheReference() {
        Image image = pulledHelloWorld();
        assertEquals(Optional.of(image), engine.image(ImageRef.parse("hello-world")));
        assertEquals(Optional.of(image), engine.image(ImageRef.parse("library/hello-world:latest")));
        assertEquals(Optional.of(image), engine.image(ImageRef.parse("index.docker.io/library/hello-world")));
        assertEquals(Optional.empty(), engine.image(ImageRef.parse("hello-world:other")));
    }

    @Test
    void createTakesCmdFromTheImageAndTheNameTypedImage() {
        Image image = pulledHelloWorld();
        clock.advance(Duration.ofSeconds(3));
        Container c = engine.create(image, "hello-world", null, List.of());
        assertTrue(c.id().matches("[0-9a-f]{64}"), c.id());
        assertEquals(c.id().substring(0, 12), c.shortId());
        assertTrue(c.name().matches("[a-z]+_[a-z]+"), c.name());
        assertEquals("hello-world", c.image());
        assertEquals(IMAGE_ID, c.imageId());
        assertEquals(START.plusSeconds(3), c.created());
        assertEquals("/hello", c.path());
        assertEquals(List.of(), c.args());
        assertEquals(ContainerState.created(), c.state());
        assertEquals(List.of(c), engine.containers());
    }

    @Test
    void createWithACommandReplacesCmd() {
        Image image = pulledHelloWorld();
        Container c = engine.create(image, "hello-world:latest", "named", List.of("ls", "-l", "/"));
        assertEquals("ls", c.path());
        assertEquals(List.of("-l", "/"), c.args());
        assertEquals("named", c.name());
        assertEquals("hello-world:latest", c.image());
    }

    @Test
    void entrypointIsKeptAndACommandReplacesOnlyCmd() {
        HubImage web = new HubImage(ImageRef.parse("learner/web:1"),
                "sha256:" + "d".repeat(64), List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"), "sha256:" + "e".repeat(64), 5000L,
                Instant.parse("2025-06-01T00:00:00Z"),
                new ImageConfig(List.of("PATH=" + PATH), List.of("/docker-entrypoint.sh"),
                        List.of("nginx", "-g", "daemon off;"), "/srv"),
                Map.of("/docker-entrypoint.sh", "hello-world"));
        Engine e = new Engine(new Registry(List.of(web)), clock, new IdSource(new Random(2)), Programs.standard());
        PullOutcome.Pulled pulled = assertInstanceOf(PullOutcome.Pulled.class,
                e.pull(ImageRef.parse("learner/web:1"), x -> {}));
        Container defaults = e.create(pulled.image(), "learner/web:1", null, List.of());
        assertEquals("/docker-entrypoint.sh", defaults.path());
        assertEquals(List.of("nginx", "-g", "daemon off;"), defaults.args());
        Container override = e.create(pulled.image(), "learner/web:1", null, List.of("sh"));
        assertEquals("/docker-entrypoint.sh", override.path());
        assertEquals(List.of("sh"), override.args());
    }

    @Test
    void twoLayerPullGoesLayerByLayerPerPhase() {
        HubImage web = new HubImage(ImageRef.parse("learner/web:1"),
                "sha256:" + "d".repeat(64), List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"), "sha256:" + "e".repeat(64), 5000L,
                Instant.parse("2025-06-01T00:00:00Z"),
                new ImageConfig(List.of("PATH=" + PATH), null, List.of("/bin/web"), "/"), Map.of());
        Engine e = new Engine(new Registry(List.of(web)), clock, new IdSource(new Random(2)), Programs.standard());
        List<PullEvent> events = pull("learner/web:1", e);
        assertEquals(List.of(
                new PullEvent("1", "Pulling from learner/web", false),
                new PullEvent("aaaaaaaaaaaa", "Pulling fs layer", false),
                new PullEvent("bbbbbbbbbbbb", "Pulling fs layer", false),
                new PullEvent("aaaaaaaaaaaa", "Downloading", true),
                new PullEvent("aaaaaaaaaaaa", "Verifying Checksum", false),
                new PullEvent("aaaaaaaaaaaa", "Download complete", false),
                new PullEvent("bbbbbbbbbbbb", "Downloading", true),
                new PullEvent("bbbbbbbbbbbb", "Verifying Checksum", false),
                new PullEvent("bbbbbbbbbbbb", "Download complete", false),
                new PullEvent("aaaaaaaaaaaa", "Extracting", true),
                new PullEvent("aaaaaaaaaaaa", "Pull complete", false),
                new PullEvent("bbbbbbbbbbbb", "Extracting", true),
                new PullEvent("bbbbbbbbbbbb", "Pull complete", false),
                PullEvent.line("Digest: sha256:" + "d".repeat(64)),
                PullEvent.line("Status: Downloaded newer image for learner/web:1")), events);
    }

    @Test
    void startRunsTheProgramAttachedAndRecordsTheExit() {
        Image image = pulledHelloWorld();
        Container c = engine.create(image, "hello-world", null, List.of());
        clock.advance(Duration.ofSeconds(2));
        CapturedOutput out = new CapturedOutput();
        StartOutcome outcome = engine.startAndWait(c.id(), out);
        Container ended = assertInstanceOf(StartOutcome.Ran.class, outcome).container();
        assertTrue(out.out().startsWith("\nHello from Docker!\nThis message shows that your installation"
                + " appears to be working correctly.\n"), out.out());
        assertTrue(out.out().endsWith(" https://docs.docker.com/get-started/\n\n"));
        assertEquals("", out.err());
        assertEquals(new ContainerState(ContainerState.Status.EXITED, 0, START.plusSeconds(2), START.plusSeconds(2)),
                ended.state());
        assertEquals(List.of(ended), engine.containers());
    }

    @Test
    void relativePathResolvesAgainstTheWorkingDirectory() {
        Image image = pulledHelloWorld();
        Container c = engine.create(image, "hello-world", null, List.of("./hello"));
        assertInstanceOf(StartOutcome.Ran.class, engine.startAndWait(c.id(), new CapturedOutput()));
    }

    @Test
    void bareNameIsLookedUpOnPath_andHelloIsNotOnIt() {
        Image image = pulledHelloWorld();
        Container c = engine.create(image, "hello-world", null, List.of("hello"));
        StartOutcome outcome = engine.startAndWait(c.id(), new CapturedOutput());
        assertEquals(new StartOutcome.Failed("failed to create task for container: failed to create shim task: OCI"
                + " runtime create failed: runc create failed: unable to start container process: error during"
                + " container init: exec: \"hello\": executable file not found in $PATH: unknown", true), outcome);
        Container after = engine.containers().get(0);
        assertEquals(ContainerState.Status.CREATED, after.state().status());
        assertEquals(127, after.state().exitCode());
    }

    @Test
    void missingAbsolutePath() {
        Image image = pulledHelloWorld();
        Container c = engine.create(image, "hello-world", null, List.of("/bin/bash"));
        assertEquals(new StartOutcome.Failed("failed to create task for container: failed to create shim task: OCI"
                + " runtime create failed: runc create failed: unable to start container process: error during"
                + " container init: exec: \"/bin/bash\": stat /bin/bash: no such file or directory: unknown", true),
                engine.startAndWait(c.id(), new CapturedOutput()));
    }

    @Test
    void containersAreListedNewestFirst() {
        Image image = pulledHelloWorld();
        Container a = engine.create(image, "hello-world", "aa", List.of());
        clock.advance(Duration.ofSeconds(1));
        Container b = engine.create(image, "hello-world", "bb", List.of());
        clock.advance(Duration.ofSeconds(1));
        Container c = engine.create(image, "hello-world", "cc", List.of());
        assertEquals(List.of(c, b, a), engine.containers());
    }

    @Test
    void removeForgetsTheContainer() {
        Image image = pulledHelloWorld();
        Container a = engine.create(image, "hello-world", "aa", List.of());
        Container b = engine.create(image, "hello-world", "bb", List.of());
        engine.remove(a.id());
        assertEquals(List.of(b), engine.containers());
        assertEquals(List.of(image), engine.images());
    }

    @Test
    void generatedNamesDoNotRepeat() {
        Image image = pulledHelloWorld();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add(engine.create(image, "hello-world", null, List.of()).name());
        }
        assertEquals(200, names.stream().distinct().count());
    }

    @Test
    void theSameSeedGivesTheSameIdsAndNames() {
        Engine other = new Engine(Registry.dockerHub(), new SteppingClock(START), new IdSource(new Random(1)),
                Programs.standard());
        Image a = pulledHelloWorld();
        Image b = assertInstanceOf(PullOutcome.Pulled.class, other.pull(ImageRef.parse("hello-world"), x -> {})).image();
        Container ca = engine.create(a, "hello-world", null, List.of());
        Container cb = other.create(b, "hello-world", null, List.of());
        assertEquals(ca, cb);
        Container ca2 = engine.create(a, "hello-world", null, List.of());
        assertNotEquals(ca.id(), ca2.id());
    }
}
