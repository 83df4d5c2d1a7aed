package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnionFsTest {

    private static Layer base() {
        MemoryFs fs = new MemoryFs();
        fs.writeFile("/etc/hostname", "base\n");
        fs.writeFile("/etc/motd", "welcome\n");
        fs.writeFile("/app/old/a.txt", "a");
        fs.writeFile("/app/old/b.txt", "b");
        fs.mkdirs("/tmp");
        return Layer.ofTree(fs.root());
    }

    private static String text(MemoryFs fs, String path) {
        return new String(((Node.File) fs.lookup(path).orElseThrow()).content(), StandardCharsets.UTF_8);
    }

    @Test
    void theViewShowsTheLowerLayersMergedInOrder() {
        MemoryFs second = new MemoryFs();
        second.writeFile("/etc/motd", "second\n");
        second.writeFile("/srv/x", "x");
        UnionFs union = UnionFs.of(List.of(base(), Layer.ofTree(second.root())));
        assertEquals("second\n", text(union.fs(), "/etc/motd"));
        assertEquals("base\n", text(union.fs(), "/etc/hostname"));
        assertEquals(List.of("app", "etc", "srv", "tmp"), union.fs().list("/"));
        assertEquals(List.of(), union.changes());
        assertTrue(union.upper().isEmpty());
    }

    @Test
    void writingALowerFileCopiesItUpAndLeavesTheLowerLayerAlone() {
        Layer lower = base();
        UnionFs union = UnionFs.of(List.of(lower));
        union.fs().writeFile("/etc/motd", "changed\n");
        assertEquals("changed\n", text(union.fs(), "/etc/motd"));
        // the lower layer still has the old content: a second union over it sees that
        assertEquals("welcome\n", text(UnionFs.of(List.of(lower)).fs(), "/etc/motd"));
        assertEquals(List.of(new Change(Change.Kind.CHANGED, "/etc"), new Change(Change.Kind.CHANGED, "/etc/motd")),
                union.changes());
        Layer upper = union.upper();
        assertInstanceOf(LayerEntry.Put.class, upper.entries().get("/etc/motd"));
        assertFalse(upper.entries().containsKey("/etc/hostname"));
        assertEquals(8, upper.size());
    }

    @Test
    void deletingALowerFileLeavesAWhiteout() {
        UnionFs union = UnionFs.of(List.of(base()));
        ((Node.Dir) union.fs().lookup("/etc").orElseThrow()).children().remove("motd");
        assertTrue(union.fs().lookup("/etc/motd").isEmpty());
        assertEquals(List.of(new Change(Change.Kind.CHANGED, "/etc"), new Change(Change.Kind.DELETED, "/etc/motd")),
                union.changes());
        assertInstanceOf(LayerEntry.Whiteout.class, union.upper().entries().get("/etc/motd"));
    }

    @Test
    void aDirectoryRemovedAndMadeAgainIsOpaque() {
        UnionFs union = UnionFs.of(List.of(base()));
        ((Node.Dir) union.fs().lookup("/app").orElseThrow()).children().remove("old");
        union.fs().writeFile("/app/old/c.txt", "c");
        Layer upper = union.upper();
        assertEquals(new LayerEntry.Opaque(0755), upper.entries().get("/app/old"));
        assertInstanceOf(LayerEntry.Put.class, upper.entries().get("/app/old/c.txt"));
        assertFalse(upper.entries().containsKey("/app/old/a.txt"));
        // applied over the lower layer, the opaque directory hides a.txt and b.txt
        Node.Dir merged = UnionFs.merge(List.of(base(), upper));
        assertEquals(List.of("c.txt"), List.copyOf(((Node.Dir) ((Node.Dir) merged.children().get("app"))
                .children().get("old")).children().keySet()));
        // docker diff compares the trees: the directory itself is the same kind, with the same mode
        assertEquals(List.of("C /app", "C /app/old", "A /app/old/c.txt", "D /app/old/a.txt", "D /app/old/b.txt"),
                union.changes().stream().map(Change::toString).toList());
    }

    @Test
    void aNewDirectoryListsItselfAndEverythingInIt() {
        UnionFs union = UnionFs.of(List.of(base()));
        union.fs().writeFile("/srv/www/index.html", "<h1>hi</h1>");
        union.fs().writeFile("/tmp/t", "t");
        assertEquals(List.of("A /srv", "A /srv/www", "A /srv/www/index.html", "C /tmp", "A /tmp/t"),
                union.changes().stream().map(Change::toString).toList());
    }

    @Test
    void theUpperLayerAppliedOverTheLowersGivesTheView() {
        UnionFs union = UnionFs.of(List.of(base()));
        union.fs().writeFile("/etc/motd", "changed\n");
        ((Node.Dir) union.fs().lookup("/app/old").orElseThrow()).children().remove("a.txt");
        union.fs().writeFile("/new/file", "n");
        union.fs().symlink("/new/link", "file");
        UnionFs next = UnionFs.of(List.of(base(), union.upper()));
        assertEquals("changed\n", text(next.fs(), "/etc/motd"));
        assertTrue(next.fs().lookup("/app/old/a.txt").isEmpty());
        assertEquals("b", text(next.fs(), "/app/old/b.txt"));
        assertEquals("n", text(next.fs(), "/new/link"));
    }

    @Test
    void aUnionOverAnotherUnionsTreeStacksWithoutTouchingIt() {
        UnionFs first = UnionFs.of(List.of(base()));
        first.fs().writeFile("/one", "1");
        UnionFs second = UnionFs.over(first.tree());
        second.fs().writeFile("/two", "2");
        ((Node.Dir) second.fs().lookup("/").orElseThrow()).children().remove("one");
        assertTrue(first.fs().lookup("/one").isPresent());
        assertTrue(first.fs().lookup("/two").isEmpty());
        // moby/go-archive addChanges: a directory's entries first, its deletions after them
        assertEquals(List.of("A /two", "D /one"), second.changes().stream().map(Change::toString).toList());
    }

    @Test
    void aModeChangeIsAChange() {
        UnionFs union = UnionFs.of(List.of(base()));
        Node.Dir etc = (Node.Dir) union.fs().lookup("/etc").orElseThrow();
        Node.File motd = (Node.File) etc.children().get("motd");
        etc.children().put("motd", new Node.File(motd.content(), 0600, null));
        Node.Dir root = (Node.Dir) union.fs().lookup("/").orElseThrow();
        root.children().put("tmp", new Node.Dir(((Node.Dir) root.children().get("tmp")).children(), 01777));
        assertEquals(List.of("C /etc", "C /etc/motd", "C /tmp"),
                union.changes().stream().map(Change::toString).toList());
        // a chmod keeps the directory (same content), so it is not opaque
        assertEquals(new LayerEntry.Put(((LayerEntry.Put) union.upper().entries().get("/tmp")).node()),
                union.upper().entries().get("/tmp"));
    }

    @Test
    void layerDigestsFollowContentNotIdentity() {
        assertEquals(base().digest(), base().digest());
        MemoryFs other = new MemoryFs();
        other.writeFile("/etc/hostname", "other\n");
        assertNotEquals(base().digest(), Layer.ofTree(other.root()).digest());
        assertTrue(base().digest().matches("sha256:[0-9a-f]{64}"));
        assertEquals(Map.of(), Layer.of(Map.of()).entries());
    }
}
