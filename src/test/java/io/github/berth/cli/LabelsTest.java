package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import org.junit.jupiter.api.Test;

/**
 * Container and image labels. Sources: docker/cli v28.2.2 cli/command/container/opts.go
 * (opts.ReadKVStrings: --label-file lines first, then -l; a bare name in the file is left out;
 * pkg/kvfile errors), formatter/container.go Labels ("k=v" strings sorted, joined by commas) and
 * Label; moby v28.2.2 daemon/commit.go merge (the image's labels join the container's, its own
 * win), daemon/images/image_list.go (label filter on the image's Config.Labels); the official
 * images' LABEL lines (nginxinc/docker-nginx maintainer, Canonical's ubuntu OCI labels).
 */
class LabelsTest {
    private final BuildSession b = new BuildSession();

    private String labels(String name) {
        return b.docker("inspect", "-f", "{{json .Config.Labels}}", name).out();
    }

    @Test
    void containerLabelsJoinTheImagesAndWin() {
        b.ok("run", "--name", "web", "-d", "-l", "maintainer=me", "-l", "tier=front", "nginx");
        assertEquals("{\"maintainer\":\"me\",\"tier\":\"front\"}\n", labels("web"));
        b.ok("run", "--name", "box", "ubuntu:24.04", "true");
        assertEquals("{\"org.opencontainers.image.ref.name\":\"ubuntu\",\"org.opencontainers.image.version\":"
                + "\"24.04\"}\n", labels("box"));
        assertEquals("{}\n", b.docker("inspect", "-f", "{{json .Config.Labels}}",
                b.docker("create", "alpine").out().strip()).out());
    }

    @Test
    void psLabelsAreTheSortedPairsAndLabelPicksOne() {
        b.ok("create", "--name", "one", "-l", "z=1", "-l", "z.b=2", "-l", "a", "busybox");
        assertEquals("a=,z.b=2,z=1 [2] []\n", b.docker("ps", "-a", "--format",
                "{{.Labels}} [{{.Label \"z.b\"}}] [{{.Label \"nope\"}}]").out());
    }

    @Test
    void psFiltersByLabelNameOrPair() {
        b.ok("create", "--name", "front", "-l", "tier=front", "busybox");
        b.ok("create", "--name", "back", "-l", "tier=back", "busybox");
        b.ok("create", "--name", "bare", "busybox");
        assertEquals("back\nfront\n", b.docker("ps", "-a", "--filter", "label=tier", "--format", "{{.Names}}").out());
        assertEquals("front\n", b.docker("ps", "-a", "--filter", "label=tier=front", "--format", "{{.Names}}").out());
        assertEquals("", b.docker("ps", "-a", "--filter", "label=tier=side", "--format", "{{.Names}}").out());
    }

    @Test
    void labelFileLinesComeFirstAndBareNamesAreLeftOut() {
        b.file("labels", "# comment\n  k1=v1\nbare\nk2=file\n");
        b.ok("create", "--name", "cc", "--label-file", "labels", "-l", "k2=flag", "busybox");
        assertEquals("{\"k1\":\"v1\",\"k2\":\"flag\"}\n", labels("cc"));
        assertEquals(new Result("", "docker: open nofile: no such file or directory\n\n"
                + "Run 'docker create --help' for more information\n", 125),
                b.docker("create", "--label-file", "nofile", "busybox"));
        b.file("bad", "my key=1\n");
        assertEquals("docker: invalid env file (bad): variable 'my key' contains whitespaces\n\n"
                + "Run 'docker run --help' for more information\n", b.docker("run", "--label-file", "bad", "busybox").err());
    }

    @Test
    void imagesFilterByTheirLabels() {
        b.ok("pull", "nginx");
        b.ok("pull", "alpine");
        b.ok("pull", "ubuntu:22.04");
        assertEquals("nginx\n", b.docker("images", "--filter", "label=maintainer", "--format", "{{.Repository}}").out());
        assertEquals("ubuntu:22.04\n", b.docker("images", "--filter", "label=org.opencontainers.image.version=22.04",
                "--format", "{{.Repository}}:{{.Tag}}").out());
        assertEquals("{\"maintainer\":\"NGINX Docker Maintainers <docker-maint@nginx.com>\"}\n",
                b.docker("image", "inspect", "-f", "{{json .Config.Labels}}", "nginx").out());
    }

    @Test
    void aDockerfilesLabelsReachItsContainers() {
        b.file("Dockerfile", "FROM busybox\nLABEL org.example.team=\"web team\" version=1.0\n");
        b.ok("build", "-t", "labelled", ".");
        assertEquals("labelled\n", b.docker("images", "--filter", "label=version=1.0", "--format",
                "{{.Repository}}").out());
        b.ok("create", "--name", "cc", "-l", "version=2.0", "labelled");
        assertEquals("org.example.team=web team,version=2.0\n", b.docker("ps", "-a", "--format", "{{.Labels}}").out());
    }
}
