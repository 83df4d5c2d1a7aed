package io.github.berth.fs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A mutable in-memory file tree: the learner's host workspace, and the writable layer of a
 * container or a build step ({@link UnionFs}). Nothing in it touches the host's files.
 *
 * <p>Symbolic links are followed as the kernel follows them (at most {@link #MAX_SYMLINKS} on one
 * path, then ELOOP). A <em>mount</em> puts a directory that is made afresh on every access at a
 * path: {@code /var/lib/docker} on the host is rendered from the engine's state that way, never
 * stored. New entries carry the owner and time of {@link #stamp()}.
 */
public final class MemoryFs {
    /** Linux's MAXSYMLINKS: the links one path name may pass through before ELOOP. */
    public static final int MAX_SYMLINKS = 40;
    /** strerror(ELOOP). */
    public static final String LOOP = "Too many levels of symbolic links";
    public static final String NO_SUCH_FILE = "No such file or directory";
    public static final String NOT_A_DIRECTORY = "Not a directory";

    private final Node.Dir root;
    private final Map<String, Supplier<Node.Dir>> mounts = new HashMap<>();
    private Supplier<Node.Meta> stamp = () -> Node.Meta.ROOT;
    private final Deque<Integer> owners = new ArrayDeque<>();
    /** Directories mounted read-only (a container's {@code -v SRC:DST:ro}): nothing under them may change. */
    private final java.util.Set<String> readOnly = new java.util.HashSet<>();

    public MemoryFs() {
        this(Node.Dir.empty());
    }

    /** A tree over {@code root}, which it changes in place ({@link UnionFs} hands it a copy). */
    MemoryFs(Node.Dir root) {
        this.root = root;
    }

    Node.Dir root() {
        return root;
    }

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

    /** Marks {@code absolute} and everything under it read-only (EROFS for writers that ask {@link #isReadOnly}). */
    public void markReadOnly(String absolute) {
        readOnly.add(VPath.resolve("/", absolute));
    }

    /** Whether {@code absolute} lies on a read-only mount. */
    public boolean isReadOnly(String absolute) {
        if (readOnly.isEmpty()) {
            return false;
        }
        String path = VPath.resolve("/", absolute);
        for (String root : readOnly) {
            if (path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Shows the directory {@code supplier} makes, afresh on each access, at {@code absolute}. */
    public void mount(String absolute, Supplier<Node.Dir> supplier) {
        String path = VPath.resolve("/", absolute);
        mounts.put(path, supplier);
        Node.Dir now = supplier.get();
        // a stand-in entry, so that the parent lists the mount point
        mkdirs(VPath.parent(path)).children().put(VPath.name(path), new Node.Dir(new TreeMap<>(), now.mode(), now.meta()));
    }

    /**
     * What {@code absolute} names, following symbolic links (stat); empty when nothing, or on a
     * loop. "." and ".." are taken lexically first (callers that need the kernel's walk use
     * {@link #resolve}).
     */
    public Optional<Node> lookup(String absolute) {
        return Optional.ofNullable(resolve(VPath.resolve("/", absolute), true).node());
    }

    /** What {@code absolute} names, not following a symbolic link in its last component (lstat). */
    public Optional<Node> lookupNoFollow(String absolute) {
        return Optional.ofNullable(resolve(VPath.resolve("/", absolute), false).node());
    }

    /** The path with every symbolic link on it replaced by its target, or null when it names nothing (realpath). */
    public String realPath(String absolute) {
        Resolved r = resolve(VPath.resolve("/", absolute), true);
        return r.node() == null ? null : r.path();
    }

    /**
     * The outcome of following a path name as the kernel does: {@code path} is the real path
     * (every link resolved) of what was found, or of the missing last component; {@code problem}
     * is null or strerror's text (ENOENT, ENOTDIR, ELOOP).
     */
    public record Resolved(String path, Node node, String problem) {}

    /**
     * Follows {@code absolute} component by component, resolving symbolic links on the way (and
     * in the last component when {@code followLast}); more than {@link #MAX_SYMLINKS} links make
     * ELOOP, so a loop ends.
     */
    public Resolved resolve(String absolute, boolean followLast) {
        Deque<String> todo = new ArrayDeque<>(parts(absolute));
        List<String> at = new ArrayList<>();
        Node node = mounted(at, root);
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            if (name.equals("..")) {
                if (!at.isEmpty()) {
                    at.remove(at.size() - 1);
                }
                node = walkPlain(at);
                continue;
            }
            if (!(node instanceof Node.Dir dir)) {
                return new Resolved(null, null, NOT_A_DIRECTORY);
            }
            Node child = dir.children().get(name);
            if (child == null) {
                at.add(name);
                return new Resolved(todo.isEmpty() ? "/" + String.join("/", at) : null, null, NO_SUCH_FILE);
            }
            if (child instanceof Node.Symlink link && (followLast || !todo.isEmpty())) {
                if (++links > MAX_SYMLINKS) {
                    return new Resolved(null, null, LOOP);
                }
                List<String> target = parts(link.target());
                for (int i = target.size() - 1; i >= 0; i--) {
                    todo.addFirst(target.get(i));
                }
                if (link.target().startsWith("/")) {
                    at.clear();
                    node = mounted(at, root);
                }
                continue;
            }
            at.add(name);
            node = mounted(at, child);
        }
        return new Resolved("/" + String.join("/", at), node, null);
    }

    /** The mounted directory at {@code names}, if one is mounted there; else {@code node}. */
    private Node mounted(List<String> names, Node node) {
        if (mounts.isEmpty()) {
            return node;
        }
        Supplier<Node.Dir> supplier = mounts.get("/" + String.join("/", names));
        return supplier == null ? node : supplier.get();
    }

    private static List<String> parts(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return out;
    }

    private Node walkPlain(List<String> names) {
        Node node = mounted(List.of(), root);
        List<String> at = new ArrayList<>();
        for (String name : names) {
            at.add(name);
            node = mounted(at, ((Node.Dir) node).children().get(name));
        }
        return node;
    }

    /** Creates a symbolic link at {@code absolute} (its directory must exist or is created). */
    public void symlink(String absolute, String target) {
        mkdirs(VPath.parent(absolute)).children().put(VPath.name(absolute), new Node.Symlink(target, stamp()));
    }

    public boolean isDirectory(String absolute) {
        return lookup(absolute).filter(n -> n instanceof Node.Dir).isPresent();
    }

    /** Creates the directory and any missing parents, like {@code mkdir -p}. */
    public Node.Dir mkdirs(String absolute) {
        Node.Dir dir = root;
        List<String> names = VPath.segments(absolute);
        for (int i = 0; i < names.size(); i++) {
            Node child = dir.children().get(names.get(i));
            if (child instanceof Node.Symlink) {
                child = resolve("/" + String.join("/", names.subList(0, i + 1)), true).node();
            }
            if (child == null) {
                child = new Node.Dir(new TreeMap<>(), 0755, stamp());
                dir.children().put(names.get(i), child);
            }
            if (!(child instanceof Node.Dir next)) {
                throw new IllegalArgumentException("not a directory: " + absolute);
            }
            dir = next;
        }
        return dir;
    }

    /**
     * Writes a regular file; a symbolic link in the way is followed to the file it names, as
     * open(2) does. Replacing a file keeps its owner and updates its time.
     */
    public void writeFile(String absolute, byte[] content, int mode) {
        Node.Dir dir = mkdirs(VPath.parent(absolute));
        if (dir.children().get(VPath.name(absolute)) instanceof Node.Symlink) {
            Resolved target = resolve(absolute, true);
            if (target.path() != null && !target.path().equals(absolute)) {
                writeFile(target.path(), content, mode);
                return;
            }
        }
        Node.Meta now = stamp();
        Node.Meta meta = dir.children().get(VPath.name(absolute)) instanceof Node.File f
                ? f.meta().touched(now.mtime()) : now;
        dir.children().put(VPath.name(absolute), new Node.File(content, mode, null, meta));
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
