package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.cli.DockerSession.Result;
import io.github.berth.engine.Container;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker tag, rmi and image prune. Sources: docker/cli v28.2.2 cli/command/image/tag.go,
 * remove.go, prune.go, the API client's ImageTag; moby v28.2.2 daemon/images/image_delete.go
 * (untag, then the repository's digests, then "Deleted:"; the conflict texts) and image_prune.go;
 * client-side errors captured from the real docker 28.2.2 client.
 */
class ImageTagRmiTest {
    static final String HW_ID = "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602";
    private DockerSession s;
    private String digest;

    @BeforeEach
    void pulled() {
        s = new DockerSession(false);
        s.docker("pull", "hello-world");
        digest = s.engine.images().get(0).repoDigests().get(0);
    }

    @Test
    void tagAddsARowWithTheSameId() {
        assertEquals(new Result("", "", 0), s.docker("tag", "hello-world", "learner/hello:v1"));
        assertEquals(new Result("hello-world:latest\nlearner/hello:v1\n", "", 0),
                s.docker("images", "--format", "{{.Repository}}:{{.Tag}}"));
        assertEquals(new Result("learner/hello v1 74cc54e27dc4\n", "", 0),
                s.docker("image", "ls", "learner/*", "--format", "{{.Repository}} {{.Tag}} {{.ID}}"));
    }

    @Test
    void tagErrors() {
        // real client: docker tag alpine B
        assertEquals(new Result("", "Error parsing reference: \"B\" is not a valid repository/tag: invalid reference"
                + " format: repository name (library/B) must be lowercase\n", 1), s.docker("tag", "hello-world", "B"));
        assertEquals(new Result("", "Error response from daemon: No such image: nothere:latest\n", 1),
                s.docker("tag", "nothere", "x"));
        assertEquals(new Result("", "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag"
                + " SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n", 1),
                s.docker("tag", "hello-world"));
    }

    @Test
    void rmiUntagsTheTagAndItsDigestThenDeletes() {
        assertEquals(new Result("Untagged: hello-world:latest\nUntagged: " + digest + "\nDeleted: " + HW_ID + "\n",
                "", 0), s.docker("rmi", "hello-world"));
        assertEquals(new Result("", "", 0), s.docker("images", "-q"));
    }

    @Test
    void rmiOfOneOfTwoTagsOnlyUntags() {
        s.docker("tag", "hello-world", "mine");
        assertEquals(new Result("Untagged: mine:latest\n", "", 0), s.docker("image", "rm", "mine"));
        assertEquals(new Result("74cc54e27dc4\n", "", 0), s.docker("images", "-q"));
    }

    @Test
    void rmiByIdWithTwoRepositoriesNeedsForce() {
        s.docker("tag", "hello-world", "mine");
        assertEquals(new Result("", "Error response from daemon: conflict: unable to delete 74cc54e27dc4 (must be"
                + " forced) - image is referenced in multiple repositories\n", 1), s.docker("rmi", "74cc54e27dc4"));
        assertEquals(new Result("Untagged: hello-world:latest\nUntagged: mine:latest\nUntagged: " + digest
                + "\nDeleted: " + HW_ID + "\n", "", 0), s.docker("rmi", "-f", "74cc"));
    }

    @Test
    void aContainerUsingTheImageIsAConflict() {
        s.docker("run", "--name", "xx", "hello-world");
        Container x = s.engine.containers().get(0);
        assertEquals(new Result("", "Error response from daemon: conflict: unable to remove repository reference"
                + " \"hello-world\" (must force) - container " + x.shortId() + " is using its referenced image"
                + " 74cc54e27dc4\n", 1), s.docker("rmi", "hello-world"));
        assertEquals(new Result("", "Error response from daemon: conflict: unable to delete 74cc54e27dc4 (must be"
                + " forced) - image is being used by stopped container " + x.shortId() + "\n", 1),
                s.docker("rmi", "74cc54e27dc4"));
    }

    @Test
    void aRunningContainerCannotBeForced() {
        s.docker("pull", "busybox");
        s.docker("run", "-d", "--name", "bb", "busybox", "sleep", "100");
        Container b = s.engine.containers().get(0);
        String id = s.engine.imageById(b.imageId()).orElseThrow().shortId();
        assertEquals(new Result("", "Error response from daemon: conflict: unable to delete " + id + " (cannot be"
                + " forced) - image is being used by running container " + b.shortId() + "\n", 1),
                s.docker("rmi", "-f", id));
    }

    @Test
    void missingImages() {
        assertEquals(new Result("", "Error response from daemon: No such image: nope:latest\n", 1),
                s.docker("rmi", "nope"));
        // remove.go: with -f a not-found is printed and the status is 0
        assertEquals(new Result("", "Error response from daemon: No such image: nope:latest\n", 0),
                s.docker("rmi", "-f", "nope"));
        assertEquals(new Result("", "Error response from daemon: No such image: a:latest\n"
                + "Error response from daemon: No such image: b:latest\n", 1), s.docker("rmi", "a", "b"));
    }

    @Test
    void untaggedImagesAreDanglingAndPruned() {
        s.docker("run", "--name", "xx", "hello-world");
        s.docker("rmi", "-f", "hello-world");
        assertEquals(new Result("REPOSITORY   TAG       IMAGE ID\n<none>       <none>    74cc54e27dc4\n", "", 0),
                s.docker("images", "--format", "table {{.Repository}}\t{{.Tag}}\t{{.ID}}", "-f", "dangling=true"));
        s.docker("rm", "xx");
        assertEquals(new Result("WARNING! This will remove all dangling images.\nAre you sure you want to continue?"
                + " [y/N] ", "", 0), s.docker("image", "prune"));
        assertEquals(new Result("Deleted Images:\ndeleted: " + HW_ID + "\n\nTotal reclaimed space: 10.07kB\n", "", 0),
                s.docker("image", "prune", "-f"));
        assertEquals(new Result("Total reclaimed space: 0B\n", "", 0), s.docker("image", "prune", "-f"));
    }

    @Test
    void pruneAllRemovesUnusedTaggedImages() {
        assertEquals(new Result("Deleted Images:\nuntagged: hello-world:latest\nuntagged: " + digest + "\ndeleted: "
                + HW_ID + "\n\nTotal reclaimed space: 10.07kB\n", "", 0), s.docker("image", "prune", "-a", "-f"));
    }

    @Test
    void imagesFilterErrors() {
        assertEquals(new Result("", "Error response from daemon: invalid filter 'colour'\n", 1),
                s.docker("images", "-f", "colour=red"));
        assertEquals(new Result("", "Error response from daemon: invalid filter 'dangling=[maybe]'\n", 1),
                s.docker("images", "-f", "dangling=maybe"));
        assertEquals(new Result("", "Error response from daemon: No such image: nope:latest\n", 1),
                s.docker("images", "-f", "before=nope"));
    }

    @Test
    void digestsColumn() {
        assertEquals(new Result("REPOSITORY    TAG       DIGEST" + " ".repeat(68) + "IMAGE ID       CREATED         SIZE\n"
                + "hello-world   latest    " + digest.substring(digest.indexOf('@') + 1) + "   74cc54e27dc4   11 months"
                + " ago   10.1kB\n", "", 0), s.docker("images", "--digests"));
    }

    @Test
    void imagesHintForASubcommandWord() {
        assertEquals(new Result("REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n",
                "\nNo images found matching \"ls\": did you mean \"docker image ls\"?\n", 0), s.docker("images", "ls"));
    }
}
