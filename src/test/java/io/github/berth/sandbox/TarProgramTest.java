package io.github.berth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * GNU tar 1.34 in berth's shell, on the archives docker save and export write. The listing of a
 * saved alpine is the one tar 1.34 prints for the same bytes (the directories' times as save.go's
 * Chtimes and writes leave them); the messages are tar 1.34's.
 */
class TarProgramTest {
    private final Lines s = new Lines();

    @Test
    void listsWhatDockerSaveWroteAsGnuTarDoes() {
        s.out("docker pull -q alpine");
        s.out("docker save -o alpine.tar alpine");
        assertEquals("""
                drwxr-xr-x 0/0               0 2025-02-14 03:28 blobs/
                drwxr-xr-x 0/0               0 2026-01-05 09:00 blobs/sha256/
                -rw-r--r-- 0/0          137216 2025-02-14 03:28 blobs/sha256/08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350
                -rw-r--r-- 0/0             399 1970-01-01 00:00 blobs/sha256/3bcb7b645fb42b54bde5a9d45d09ace069f97866cfaf4ef3fd99517f58bbd75f
                -rw-r--r-- 0/0             119 2025-02-14 03:28 blobs/sha256/729243c134556ffc46126cc600b496fef825fc8fd040ef19b1dcf429107f608f
                -rw-r--r-- 0/0             581 2025-02-14 03:28 blobs/sha256/aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b
                -rw-r--r-- 0/0             362 1970-01-01 00:00 index.json
                -rw-r--r-- 0/0             213 1970-01-01 00:00 manifest.json
                -rw-r--r-- 0/0              31 1970-01-01 00:00 oci-layout
                -rw-r--r-- 0/0              89 1970-01-01 00:00 repositories
                """, s.out("tar tvf alpine.tar"));
        assertEquals("index.json\nmanifest.json\n", s.out("tar -tf alpine.tar index.json manifest.json"));
        assertEquals("manifest.json\n[{\"Config\":\"blobs/sha256/aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b\","
                + "\"RepoTags\":[\"alpine:latest\"],\"Layers\":[\"blobs/sha256/08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350\"]}]\n",
                s.out("mkdir out; tar --extract --verbose --file=alpine.tar -C out manifest.json; cat out/manifest.json"));
        assertEquals("{\"alpine\":{\"latest\":\"08000c18d16dadf9553d747a58cf44023423a9ab010aab96cf263d2216b8b350\"}}\n",
                s.out("tar xf alpine.tar repositories && cat repositories"));
    }

    @Test
    void anExportedContainerHoldsItsFiles() {
        s.out("docker run --name box alpine sh -c 'echo hi > /root/note'");
        s.out("docker export -o box.tar box");
        assertEquals("root/\nroot/note\n", s.out("tar tf box.tar root"));
        assertEquals("hi\n", s.out("tar xf box.tar root/note && cat root/note"));
    }

    @Test
    void createsAnArchiveThatImportMakesAnImageOf() {
        s.out("mkdir site && echo hello > site/index.html");
        assertEquals("site/\nsite/index.html\n", s.out("tar cvf site.tar site"));
        s.out("docker import site.tar site");
        s.out("docker create --name web site /x");
        s.out("docker cp web:/site/index.html got.html");
        assertEquals("hello\n", s.out("cat got.html"));
    }

    @Test
    void gzipArchivesAreWrittenAndRead() {
        s.out("mkdir site && echo hello > site/index.html");
        s.out("tar czf site.tgz site");
        assertEquals("site/\nsite/index.html\n", s.out("tar tzf site.tgz"));
        byte[] bytes = s.sandbox.files().read(s.sandbox.files().absolute("site.tgz")).orElseThrow();
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0x8b, bytes[1] & 0xff);
    }

    @Test
    void errorsAsGnuTarWordsThem() {
        assertEquals(new Lines.Result("", "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n"
                + "Try 'tar --help' or 'tar --usage' for more information.\n", 2), s.run("tar"));
        assertEquals(new Lines.Result("", "tar: nosuch.tar: Cannot open: No such file or directory\n"
                + "tar: Error is not recoverable: exiting now\n", 2), s.run("tar tf nosuch.tar"));
        assertEquals(new Lines.Result("", "tar: This does not look like a tar archive\n"
                + "tar: Exiting with failure status due to previous errors\n", 2), s.run("echo hi > f; tar tf f"));
        assertEquals(new Lines.Result("", "tar: Old option 'f' requires an argument.\n"
                + "Try 'tar --help' or 'tar --usage' for more information.\n", 2), s.run("tar cf"));
        assertEquals(new Lines.Result("", "tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label'"
                + " option\nTry 'tar --help' or 'tar --usage' for more information.\n", 2), s.run("tar -tx"));
        assertEquals(new Lines.Result("", "tar: Cowardly refusing to create an empty archive\n"
                + "Try 'tar --help' or 'tar --usage' for more information.\n", 2), s.run("tar cf e.tar"));
        s.out("tar cf d.tar f");
        assertEquals(new Lines.Result("", "tar: nosuch: Not found in archive\n"
                + "tar: Exiting with failure status due to previous errors\n", 2), s.run("tar tf d.tar nosuch"));
    }
}
