package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.TarArchive;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker save/load and export/import with archives in the workspace: the client's checks
 * (docker/cli v28.2.2 save.go, load.go, export.go, import.go, checked against the docker 28.2.2
 * client) and the daemon's archive (moby v28.2.2 image/tarexport, daemon/images/image_import.go).
 */
class ImageArchivesTest {
    private final Lines s = new Lines();

    private List<String> names(String path) {
        byte[] bytes = s.sandbox.files().read(s.sandbox.files().absolute(path)).orElseThrow();
        return TarArchive.read(bytes).stream().map(TarArchive.Entry::name).toList();
    }

    @Test
    void saveWritesMobysLayoutAndLoadBringsTheImageBack() {
        s.out("docker pull -q alpine");
        assertEquals("", s.out("docker save -o alpine.tar alpine"));
        assertTrue(s.out("ls -l alpine.tar").startsWith("-rw------- 1 learner learner "));
        assertEquals(List.of("blobs/", "blobs/sha256/",
                "blobs/sha256/08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350",
                "blobs/sha256/3bcb7b645fb42b54bde5a9d45d09ace069f97866cfaf4ef3fd99517f58bbd75f",
                "blobs/sha256/729243c134556ffc46126cc600b496fef825fc8fd040ef19b1dcf429107f608f",
                "blobs/sha256/aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b",
                "index.json", "manifest.json", "oci-layout", "repositories"), names("alpine.tar"));
        s.out("docker rmi alpine");
        assertEquals("Loaded image: alpine:latest\n", s.out("docker load -i alpine.tar"));
        assertEquals("alpine:latest aded1e1a5b37\n", s.out("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'"));
        assertEquals("hi\n", s.out("docker run --rm alpine echo hi"));
        assertEquals("Loaded image: alpine:latest\n", s.out("docker image load --quiet < alpine.tar"));
    }

    @Test
    void onATerminalLoadShowsEachLayerItHadToLoad() {
        Sandbox terminal = new Sandbox(1L, java.util.Map.of(), true);
        io.github.berth.shell.CapturedOutput out = new io.github.berth.shell.CapturedOutput(io.github.berth.shell.Output.DISCARD);
        for (String line : List.of("docker pull -q alpine", "docker save -o a.tar alpine", "docker rmi -f alpine")) {
            assertEquals(0, terminal.run(line, out).record().exit(), line);
        }
        assertEquals("08000c18d16d: Loading layer  137.2kB/137.2kB\nLoaded image: alpine:latest\n",
                terminal.run("docker load -i a.tar", out).record().stdout());
        // the layer is there now: nothing to load
        assertEquals("Loaded image: alpine:latest\n", terminal.run("docker load -i a.tar", out).record().stdout());
        terminal.run("docker rmi alpine", out);
        assertEquals("Loaded image: alpine:latest\n", terminal.run("docker load -q -i a.tar", out).record().stdout());
    }

    @Test
    void archivesGoThroughPipes() {
        s.out("docker pull -q alpine");
        s.out("docker tag alpine mine");
        s.out("docker rmi alpine");
        assertEquals("Loaded image: mine:latest\n", s.out("docker save mine | docker load"));
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        assertEquals("root/\nroot/note\n", s.out("docker export box | tar t root"));
        String id = s.out("docker export box | docker import - piped");
        assertTrue(id.matches("sha256:[0-9a-f]{64}\n"), id);
        assertEquals("hi\n", s.out("docker run --rm piped cat /root/note"));
    }

    @Test
    void saveToARedirectionAndOfEveryTagOfARepository() {
        s.out("docker pull -q alpine");
        s.out("docker tag alpine alpine:3");
        s.out("docker save alpine > both.tar");
        s.out("docker rmi alpine alpine:3");
        assertEquals("Loaded image: alpine:3\nLoaded image: alpine:latest\n", s.out("docker load -i both.tar"));
    }

    @Test
    void loadingATagAnotherImageHasMovesIt() {
        s.out("docker pull -q alpine");
        s.out("docker save -o alpine.tar alpine");
        s.out("docker run --name box alpine touch /x");
        String id = s.out("docker commit box alpine").trim();
        assertEquals("The image alpine:latest already exists, renaming the old one with ID " + id
                + " to empty string\nLoaded image: alpine:latest\n", s.out("docker load -i alpine.tar"));
        assertEquals("<none>:<none> " + id.substring(7, 19) + "\nalpine:latest aded1e1a5b37\n",
                s.out("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'"));
    }

    @Test
    void saveWithOutputReplacesAFileWithOneOfMode600() {
        s.out("docker pull -q alpine");
        s.out("echo old > a.tar; chmod 644 a.tar");
        s.out("docker save -o a.tar alpine");
        assertTrue(s.out("ls -l a.tar").startsWith("-rw------- 1 learner learner 147456 "));
        s.out("chmod 640 a.tar; docker save alpine > a.tar");
        assertTrue(s.out("ls -l a.tar").startsWith("-rw-r----- 1 learner learner 147456 "));
    }

    @Test
    void anImageSavedByIdLoadsUntagged() {
        s.out("docker run --name box alpine touch /x");
        String id = s.out("docker commit box").trim();
        s.out("docker save -o img.tar " + id);
        s.out("docker rm box");
        s.out("docker rmi " + id);
        assertEquals("Loaded image ID: " + id + "\n", s.out("docker load -i img.tar"));
        assertEquals("2\n", s.out("docker image inspect -f '{{len .RootFS.Layers}}' " + id));
    }

    @Test
    void saveErrors() {
        s.out("docker pull -q alpine");
        s.out("mkdir dir");
        assertEquals(new Lines.Result("", "Error response from daemon: No such image: nosuch\n", 1),
                s.run("docker save -o x.tar nosuch"));
        assertEquals(new Lines.Result("", "Error response from daemon: reference does not exist\n", 1),
                s.run("docker save -o x.tar alpine:3.99"));
        assertEquals(new Lines.Result("", "failed to save image: invalid output path: stat nodir: no such file or directory\n",
                1), s.run("docker save -o nodir/x.tar alpine"));
        assertEquals(new Lines.Result("", "failed to save image: cannot write to a directory\n", 1),
                s.run("docker save -o dir alpine"));
        assertEquals(new Lines.Result("", "docker: 'docker save' requires at least 1 argument\n\n"
                + "Usage:  docker save [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker save --help' for more information\n", 1),
                s.run("docker save"));
        assertEquals("dir\n", s.out("ls"));
    }

    @Test
    void loadErrors() {
        s.out("mkdir dir");
        assertEquals(new Lines.Result("", "requested load from stdin, but stdin is empty\n", 1), s.run("docker load"));
        assertEquals(new Lines.Result("", "open nosuch.tar: no such file or directory\n", 1),
                s.run("docker load -i nosuch.tar"));
        assertEquals(new Lines.Result("", "docker: 'docker load' accepts no arguments\n\nUsage:  docker load [OPTIONS]\n\n"
                + "Run 'docker load --help' for more information\n", 1), s.run("docker load x.tar"));
    }

    @Test
    void exportWritesTheContainersFilesAndImportMakesAnImageOfThem() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        s.out("docker export box > box.tar");
        List<String> names = names("box.tar");
        assertTrue(names.containsAll(List.of(".dockerenv", "bin/", "bin/sh", "etc/hosts", "root/note")), names.toString());
        String id = s.out("docker import box.tar mybox");
        assertTrue(id.matches("sha256:[0-9a-f]{64}\n"), id);
        assertEquals("hi\n", s.out("docker run --rm mybox cat /root/note"));
        assertEquals("IMAGE          CREATED         CREATED BY   SIZE      COMMENT\n"
                + id.substring(7, 19) + "   3 seconds ago                "
                + String.format("%-10s", s.out("docker images --format '{{.Size}}' mybox").trim())
                + "Imported from -\n", s.out("docker history mybox"));
        assertEquals(new Lines.Result("", "docker: Error response from daemon: no command specified\n\n"
                + "Run 'docker run --help' for more information\n", 125), s.run("docker run mybox"));
    }

    @Test
    void importTakesChangesAMessageAndStandardInput() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        s.out("docker container export -o box.tar box");
        s.out("docker image import -c 'CMD [\"cat\", \"/root/note\"]' -m 'from box' - notes:1 < box.tar");
        assertEquals("hi\n", s.out("docker run --rm notes:1"));
        assertEquals("from box|28.2.2|{\"Cmd\":[\"cat\",\"/root/note\"]}\n",
                s.out("docker image inspect -f '{{.Comment}}|{{.DockerVersion}}|{{json .Config}}' notes:1"));
    }

    @Test
    void loadingWhatExportWroteFailsAsOnARealDaemon() {
        s.out("docker run --name box alpine true");
        s.out("docker export -o box.tar box");
        Lines.Result r = s.run("docker load -i box.tar");
        assertTrue(r.err().matches("Error response from daemon: open /var/lib/docker/tmp/docker-import-[0-9]+/bin/json:"
                + " no such file or directory\n"), r.err());
        assertEquals(1, r.exit());
        s.out("touch empty; tar cf e.tar empty");
        r = s.run("docker load -i e.tar");
        assertTrue(r.err().matches("Error response from daemon: open /var/lib/docker/tmp/docker-import-[0-9]+/repositories:"
                + " no such file or directory\n"), r.err());
    }

    @Test
    void exportAndImportErrors() {
        s.out("touch empty.tar");
        assertEquals(new Lines.Result("", "Error response from daemon: No such container: nosuch\n", 1),
                s.run("docker export -o x.tar nosuch"));
        assertEquals(new Lines.Result("", "open nosuch.tar: no such file or directory\n", 1), s.run("docker import nosuch.tar"));
        assertEquals(new Lines.Result("", "invalid reference format: repository name (library/Bad) must be lowercase\n", 1),
                s.run("docker import empty.tar Bad"));
        assertEquals(new Lines.Result("", "Error response from daemon: cannot import digest reference\n", 1),
                s.run("docker import empty.tar a@sha256:" + "a".repeat(64)));
        assertEquals(new Lines.Result("", "docker: 'docker export' requires 1 argument\n\n"
                + "Usage:  docker export [OPTIONS] CONTAINER\n\nRun 'docker export --help' for more information\n", 1),
                s.run("docker export"));
        assertEquals(new Lines.Result("", "docker: 'docker import' requires at least 1 argument\n\n"
                + "Usage:  docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]\n\n"
                + "See 'docker import --help' for more information\n", 1), s.run("docker import"));
    }
}
