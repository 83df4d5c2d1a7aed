package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ImageRef against github.com/distribution/reference as vendored by docker/cli v28.2.2
 * (normalize.go: splitDockerDomain, familiarizeName; "index.docker.io" is the legacy Hub domain,
 * a first element with "." or ":" or equal to "localhost" is a registry, single names get "library/").
 */
class ImageRefTest {
    @ParameterizedTest(name = "{0} -> {1} {2} {3} / {4} / {5}")
    @CsvSource({
        "hello-world,                             docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "library/hello-world,                     docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "docker.io/library/hello-world:latest,    docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "docker.io/hello-world,                   docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "index.docker.io/library/hello-world,     docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "index.docker.io/hello-world:latest,      docker.io,              library/hello-world, latest, hello-world,                     hello-world:latest",
        "ubuntu:22.04,                            docker.io,              library/ubuntu,      22.04,  ubuntu,                          ubuntu:22.04",
        "localhost:5000/app,                      localhost:5000,         app,                 latest, localhost:5000/app,              localhost:5000/app:latest",
        "localhost/app:dev,                       localhost,              app,                 dev,    localhost/app,                   localhost/app:dev",
        "myregistry.example.com/team/app:1.0,     myregistry.example.com, team/app,            1.0,    myregistry.example.com/team/app, myregistry.example.com/team/app:1.0",
        "127.0.0.1:5000/x/y:z,                    127.0.0.1:5000,         x/y,                 z,      127.0.0.1:5000/x/y,              127.0.0.1:5000/x/y:z",
        "learner/app,                             docker.io,              learner/app,         latest, learner/app,                     learner/app:latest",
        "docker.io/learner/app:v2,                docker.io,              learner/app,         v2,     learner/app,                     learner/app:v2",
        "index.docker.io/learner/app,             docker.io,              learner/app,         latest, learner/app,                     learner/app:latest",
        "docker.io/library/a/b:1,                 docker.io,              library/a/b,         1,      library/a/b,                     library/a/b:1",
        "Registry.Example:5000/x,                 Registry.Example:5000,  x,                   latest, Registry.Example:5000/x,         Registry.Example:5000/x:latest",
    })
    void normalisesAndFamiliarises(String text, String domain, String path, String tag, String familiarName,
                                   String familiarString) {
        ImageRef ref = ImageRef.parse(text);
        assertEquals(new ImageRef(domain, path, tag), ref);
        assertEquals(familiarName, ref.familiarName());
        assertEquals(familiarString, ref.familiarString());
    }

    @Test
    void equalReferencesAreEqualValues() {
        assertEquals(ImageRef.parse("hello-world"), ImageRef.parse("docker.io/library/hello-world:latest"));
    }

    /** familiarizeName strips "library/" only when no further "/" follows. */
    @Test
    void nestedLibraryPathKeepsItsPrefix() {
        ImageRef ref = ImageRef.parse("library/distros/ubuntu");
        assertEquals(new ImageRef("docker.io", "library/distros/ubuntu", "latest"), ref);
        assertEquals("library/distros/ubuntu", ref.familiarName());
    }

    /** splitDockerDomain: an uppercase first element can only be a domain (namespaces are lowercase). */
    @Test
    void uppercaseFirstElementIsADomain() {
        assertEquals(new ImageRef("Example", "app", "latest"), ImageRef.parse("Example/app"));
    }
}
