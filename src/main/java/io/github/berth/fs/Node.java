package io.github.berth.fs;

import java.util.TreeMap;

/** One entry of an in-memory file tree. */
public sealed interface Node permits Node.File, Node.Dir, Node.Symlink {

    int mode();

    /**
     * A regular file. {@code program} names the simulated program an executable file runs
     * (null for data files): berth never executes host code, so an executable is a marker.
     */
    record File(byte[] content, int mode, String program) implements Node {
        public File {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Its length in bytes. */
        public long size() {
            return content.length;
        }

        /** The content itself, for reading only (hashing, comparing): never to be changed. */
        byte[] contentView() {
            return content;
        }

        public boolean executable() {
            return (mode & 0111) != 0;
        }
    }

    /** A directory; its children are kept sorted by name, as {@code ls} shows them. */
    record Dir(TreeMap<String, Node> children, int mode) implements Node {
        public static Dir empty() {
            return new Dir(new TreeMap<>(), 0755);
        }
    }

    /** A symbolic link: the path it points to, as written (relative to its directory, or absolute). */
    record Symlink(String target) implements Node {
        @Override
        public int mode() {
            return 0777;
        }
    }
}
