package io.github.berth.engine.build;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build context as the client sends it: every file, directory and link under the context
 * directory (paths relative to it, no leading slash) that {@code .dockerignore} does not leave
 * out. {@code .dockerignore} itself and the Dockerfile are sent whatever it says, as the
 * client does.
 */
record BuildContext(Map<String, Node> entries, boolean hasIgnoreFile, long ignoreFileSize) {

    static BuildContext read(MemoryFs host, String dir) {
        Node ignoreNode = host.lookup(dir + "/.dockerignore").orElse(null);
        String ignoreText = ignoreNode instanceof Node.File f ? new String(f.content(), StandardCharsets.UTF_8) : "";
        DockerIgnore ignore = new DockerIgnore(ignoreText);
        Map<String, Node> entries = new TreeMap<>();
        Node root = host.lookup(dir).orElseThrow();
        walk((Node.Dir) root, "", ignore, entries);
        return new BuildContext(entries, ignoreNode instanceof Node.File,
                ignoreNode instanceof Node.File f ? f.size() : 0);
    }

    private static void walk(Node.Dir dir, String prefix, DockerIgnore ignore, Map<String, Node> out) {
        for (Map.Entry<String, Node> e : dir.children().entrySet()) {
            String rel = prefix + e.getKey();
            boolean special = rel.equals(".dockerignore") || rel.equals("Dockerfile");
            if (!special && ignore.ignored(rel)) {
                if (e.getValue() instanceof Node.Dir sub) {
                    // an exception further down may bring back something inside
                    Map<String, Node> inner = new TreeMap<>();
                    walk(sub, rel + "/", ignore, inner);
                    if (!inner.isEmpty()) {
                        out.put(rel, new Node.Dir(new TreeMap<>(), sub.mode()));
                        out.putAll(inner);
                    }
                }
                continue;
            }
            out.put(rel, e.getValue());
            if (e.getValue() instanceof Node.Dir sub) {
                walk(sub, rel + "/", ignore, out);
            }
        }
    }

    /** What "transferring context" counts: the bytes of the files sent. */
    long transferSize() {
        long size = 0;
        for (Node n : entries.values()) {
            if (n instanceof Node.File f) {
                size += f.size();
            }
        }
        return size;
    }

    /** The size of the tarball the legacy client sends (512-byte headers, content padded to 512, two end blocks). */
    long tarSize() {
        long size = 1024;
        for (Node n : entries.values()) {
            size += 512;
            if (n instanceof Node.File f) {
                size += (f.size() + 511) / 512 * 512;
            }
        }
        return size;
    }
}
