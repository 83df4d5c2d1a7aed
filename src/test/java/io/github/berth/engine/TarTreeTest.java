package io.github.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The tar stream's size docker cp reports, and go-archive's Untar rules (NoOverwriteDirNonDir, times, owners). */
class TarTreeTest {
    private static final Node.Meta LEARNER = new Node.Meta(1000, 1000, Instant.parse("2026-01-05T09:00:00.750Z"));

    private static Node.File file(int bytes) {
        return new Node.File(new byte[bytes], 0644, null, LEARNER);
    }

    @Test
    void sizesAreHeadersPaddedContentAndTheTwoEndBlocks() {
        assertEquals(512 + 512 + 1024, new TarTree("f", file(6)).tarSize());
        assertEquals(512 + 1024 + 1024, new TarTree("f", file(513)).tarSize());
        assertEquals(512 + 1024, new TarTree("empty", file(0)).tarSize());
        TreeMap<String, Node> children = new TreeMap<>();
        children.put("a", file(1));
        children.put("link", new Node.Symlink("a", LEARNER));
        Node.Dir dir = new Node.Dir(children, 0755, LEARNER);
        assertEquals(512 + 1024 + 512 + 1024, new TarTree("d", dir).tarSize());
        assertEquals(512 + 1024 + 512 + 1024, new TarTree(".", dir).tarSize(), "\"./\" stands for the directory");
    }

    @Test
    void aNameUstarCannotHoldTakesAPaxHeader() {
        String name = "x".repeat(150);
        // "path=" record: 150 + 5 + 3 = 158 bytes plus its own length "161 " -> one padded block
        assertEquals(512 + 512 + 512 + 512 + 1024, new TarTree(name, file(1)).tarSize());
        assertEquals(512 + 512 + 1024, new TarTree("d".repeat(60) + "/" + "f".repeat(60), file(1)).tarSize(),
                "split at a slash into prefix and name");
    }

    @Test
    void extractingKeepsModesAndWholeSecondsAndRefusesADirectoryOverAFile() {
        MemoryFs fs = new MemoryFs();
        fs.mkdirs("/dest");
        fs.writeFile("/dest/taken", "x");
        assertEquals(Optional.empty(), new TarTree("f", file(3)).extract(fs, "/dest", m -> m, true));
        Node.File copied = (Node.File) fs.lookup("/dest/f").orElseThrow();
        assertEquals(Instant.parse("2026-01-05T09:00:00Z"), copied.meta().mtime());
        assertEquals(1000, copied.meta().uid());
        Node.Dir dir = new Node.Dir(new TreeMap<>(), 0700, LEARNER);
        assertEquals(Optional.of("cannot overwrite non-directory \"/dest/taken\" with directory \"/dest\""),
                new TarTree("taken", dir).extract(fs, "/dest", m -> m, true));
        fs.mkdirs("/dest/sub");
        assertEquals(Optional.of("cannot overwrite directory \"/dest/sub\" with non-directory \"/dest\""),
                new TarTree("sub", file(1)).extract(fs, "/dest", m -> m, true));
    }
}
