package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is written, deleted or replaced through a union view, its upper layer applied over
 * the lower layers gives back exactly the view, and the lower layers never change.
 */
class UnionFsProperties {
    private static final List<String> PATHS = List.of("/a", "/a/b", "/a/b/c", "/a/d", "/e", "/e/f", "/g");

    /** One change: write a file, make a directory, or delete whatever is at a path. */
    record Op(int kind, String path, String text) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(PATHS), Arbitraries.of("x", "y", "")).as(Op::new);
        return op.list().ofMaxSize(12);
    }

    private static Layer lower() {
        MemoryFs fs = new MemoryFs();
        fs.writeFile("/a/b/c", "lower c");
        fs.writeFile("/a/d", "lower d");
        fs.writeFile("/e/f", "lower f");
        return Layer.ofTree(fs.root());
    }

    private static void apply(MemoryFs fs, Op op) {
        Node.Dir parent = fs.lookup(VPath.parent(op.path())).orElse(null) instanceof Node.Dir d ? d : null;
        switch (op.kind()) {
            case 0 -> {
                if (parent != null && !(parent.children().get(VPath.name(op.path())) instanceof Node.Dir)) {
                    parent.children().put(VPath.name(op.path()),
                            new Node.File(op.text().getBytes(StandardCharsets.UTF_8), 0644, null));
                }
            }
            case 1 -> {
                if (parent != null && !(parent.children().get(VPath.name(op.path())) instanceof Node.Dir)) {
                    parent.children().put(VPath.name(op.path()), Node.Dir.empty());
                }
            }
            default -> {
                if (parent != null) {
                    parent.children().remove(VPath.name(op.path()));
                }
            }
        }
    }

    /** A tree as path → kind and content, for comparing. */
    private static Map<String, String> flat(Node.Dir dir) {
        Map<String, String> out = new TreeMap<>();
        flat(dir, "", out);
        return out;
    }

    private static void flat(Node.Dir dir, String prefix, Map<String, String> out) {
        dir.children().forEach((name, node) -> {
            String path = prefix + "/" + name;
            if (node instanceof Node.Dir sub) {
                out.put(path, "dir " + sub.mode());
                flat(sub, path, out);
            } else if (node instanceof Node.File f) {
                out.put(path, "file " + new String(f.content(), StandardCharsets.UTF_8));
            }
        });
    }

    @Property
    void theUpperLayerOverTheLowerGivesTheView(@ForAll("ops") List<Op> ops) {
        Layer lower = lower();
        Map<String, String> before = flat(UnionFs.merge(List.of(lower)));
        UnionFs union = UnionFs.of(List.of(lower));
        ops.forEach(op -> apply(union.fs(), op));
        assertEquals(flat(union.tree()), flat(UnionFs.merge(List.of(lower, union.upper()))));
        assertEquals(before, flat(UnionFs.merge(List.of(lower))));
    }

    @Property
    void dockerDiffListsChangesExactlyWhenTheUpperLayerHasEntries(@ForAll("ops") List<Op> ops) {
        UnionFs union = UnionFs.of(List.of(lower()));
        ops.forEach(op -> apply(union.fs(), op));
        assertEquals(union.changes().isEmpty(), union.upper().isEmpty(), union.changes() + " vs " + union.upper());
    }
}
