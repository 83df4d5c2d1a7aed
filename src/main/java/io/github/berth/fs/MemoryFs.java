package io.github.berth.fs;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A mutable in-memory file tree. It is the learner's host workspace and, later, the base for
 * container filesystems. Nothing in it touches the host's files.
 *
 * <p>Symbolic links are followed as the kernel follows them (at most 40 on one path, then
 * {@code ELOOP}, which {@link #lookup} reports as nothing there). A <em>mount</em> puts a
 * directory that is made afresh on every access at a path: {@code /var/lib/docker} on the host
 * is rendered from the engine's state that way, never stored.
 */
public final class MemoryFs {
    /** Linux's MAXSYMLINKS: more links than this on one path is ELOOP. */
    private static final int MAX_LINKS = 40;

    private final Node.Dir root = Node.Dir.empty();
    private final Map<String, Supplier<Node.Dir>> mounts = new HashMap<>();
    private Supplier<Node.Meta> stamp = () -> Node.Meta.ROOT;
    private final java.util.ArrayDeque<Integer> owners = new java.util.ArrayDeque<>();

    /**
     * Who new files and directories belong to and what time it is: the sandbox passes the
     * running shell's user and its clock. Replacing a file's content keeps its owner.
     */
    public void stamp(Supplier<Node.Meta> stamp) {
        this.stamp = stamp;
    }

    /** The owner and time a change made now carries. */
    public Node.Meta stamp() {
        Node.Meta meta = stamp.get();
        return owners.isEmpty() ? meta : new Node.Meta(owners.peek(), owners.peek(), meta.mtime());
    }

    /**
     * Makes {@code uid} the owner of what is created until {@link #popOwner}: {@code sudo} runs
     * its command this way, so that a file it creates is root's.
     */
    public void pushOwner(int uid) {
        owners.push(uid);
    }

    public void popOwner() {
        owners.pop();
    }

    /** Shows the directory {@code supplier} makes, afresh on each access, at {@code absolute}. */
    public void mount(String absolute, Supplier<Node.Dir> supplier) {
        String path = VPath.resolve("/", absolute);
        mounts.put(path, supplier);
        Node.Dir now = supplier.get();
        // a stand-in entry, so that the parent lists the mount point
        mkdirs(VPath.parent(path)).children().put(VPath.name(path), new Node.Dir(new TreeMap<>(), now.mode(), now.meta()));
    }

    /** What the path names, following every symbolic link on it, the last one included. */
    public Optional<Node> lookup(String absolute) {
        return Optional.ofNullable(resolve(absolute, true, new int[] {0}));
    }

    /** What the path names, following links on the way but not a link at its end (lstat). */
    public Optional<Node> lookupLink(String absolute) {
        return Optional.ofNullable(resolve(absolute, false, new int[] {0}));
    }

    /** The path with every symbolic link on it replaced by its target, or null when it names nothing (realpath). */
    public String realPath(String absolute) {
        return real(absolute, new int[] {0});
    }

    private String real(String absolute, int[] links) {
        String at = "/";
        List<String> names = VPath.segments(absolute);
        for (int i = 0; i < names.size(); i++) {
            String here = VPath.resolve(at, names.get(i));
            Node node = resolve(here, false, links);
            if (node == null) {
                return null;
            }
            if (node instanceof Node.Link link) {
                if (++links[0] > MAX_LINKS) {
                    return null;
                }
                String rest = String.join("/", names.subList(i + 1, names.size()));
                String target = VPath.resolve(at, link.target());
                return real(rest.isEmpty() ? target : target + "/" + rest, links);
            }
            at = here;
        }
        return at;
    }

    private Node resolve(String absolute, boolean followLast, int[] links) {
        Node node = mounted("/", root);
        String at = "/";
        List<String> names = VPath.segments(absolute);
        for (int i = 0; i < names.size(); i++) {
            if (!(node instanceof Node.Dir dir) || (node = dir.children().get(names.get(i))) == null) {
                return null;
            }
            String here = at.equals("/") ? "/" + names.get(i) : at + "/" + names.get(i);
            node = mounted(here, node);
            boolean last = i == names.size() - 1;
            if (node instanceof Node.Link link && (!last || followLast)) {
                if (++links[0] > MAX_LINKS) {
                    return null;
                }
                String target = VPath.resolve(at, link.target());
                String rest = String.join("/", names.subList(i + 1, names.size()));
                return resolve(rest.isEmpty() ? target : target + "/" + rest, followLast, links);
            }
            at = here;
        }
        return node;
    }

    private Node mounted(String path, Node node) {
        if (mounts.isEmpty()) {
            return node;
        }
        Supplier<Node.Dir> supplier = mounts.get(path);
        return supplier == null ? node : supplier.get();
    }

    public boolean isDirectory(String absolute) {
        return lookup(absolute).filter(n -> n instanceof Node.Dir).isPresent();
    }

    /** Creates the directory and any missing parents, like {@code mkdir -p}. */
    public Node.Dir mkdirs(String absolute) {
        Node.Dir dir = root;
        String at = "/";
        for (String name : VPath.segments(absolute)) {
            Node child = dir.children().get(name);
            if (child instanceof Node.Link) {
                child = lookup(VPath.resolve(at, name)).orElse(null);
            }
            if (child == null) {
                child = new Node.Dir(new TreeMap<>(), 0755, stamp());
                dir.children().put(name, child);
            }
            if (!(child instanceof Node.Dir next)) {
                throw new IllegalArgumentException("not a directory: " + absolute);
            }
            dir = next;
            at = VPath.resolve(at, name);
        }
        return dir;
    }

    public void writeFile(String absolute, byte[] content, int mode) {
        Node.Meta now = stamp();
        Node existing = lookup(absolute).orElse(null);
        Node.Meta meta = existing instanceof Node.File f ? f.meta().touched(now.mtime()) : now;
        String target = absolute;
        if (lookupLink(absolute).orElse(null) instanceof Node.Link && existing != null) {
            target = realPath(absolute); // writing through a link changes its target
        }
        mkdirs(VPath.parent(target)).children().put(VPath.name(target),
                new Node.File(content, mode, null, meta));
    }

    public void writeFile(String absolute, String text) {
        writeFile(absolute, text.getBytes(StandardCharsets.UTF_8), 0644);
    }

    /** Puts {@code node} at the path as it is (a link, a copy with its own owner and time). */
    public void put(String absolute, Node node) {
        mkdirs(VPath.parent(absolute)).children().put(VPath.name(absolute), node);
    }

    /** Installs an executable that runs the named simulated program, owned by root. */
    public void installProgram(String absolute, String program) {
        mkdirs(VPath.parent(absolute)).children()
                .put(VPath.name(absolute), new Node.File(new byte[0], 0755, program,
                        new Node.Meta(0, 0, stamp().mtime())));
    }

    /** Names in a directory, sorted; empty when it is not a directory. */
    public List<String> list(String absolute) {
        return lookup(absolute)
                .map(n -> n instanceof Node.Dir d ? List.copyOf(d.children().keySet()) : List.<String>of())
                .orElse(List.of());
    }

    /** Copies every file of {@code files} (path relative to {@code base}) into the tree. */
    public void writeAll(String base, Map<String, byte[]> files) {
        files.forEach((rel, bytes) -> writeFile(VPath.resolve(base, rel), bytes, 0644));
    }
}
