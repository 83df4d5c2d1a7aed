package io.github.berth.fs;

import java.time.Instant;
import java.util.TreeMap;

/** One entry of an in-memory file tree. */
public sealed interface Node permits Node.File, Node.Dir, Node.Symlink {

    int mode();

    /** Owner, group and modification time; see {@link Meta}. */
    Meta meta();

    /**
     * Who owns an entry and when it last changed, as {@code ls -l} and {@code stat} show them.
     *
     * @param uid   the owner's numeric id (names come from {@code /etc/passwd} in the tree)
     * @param gid   the group's numeric id
     * @param mtime the last modification
     */
    record Meta(int uid, int gid, Instant mtime) {
        /** Owned by root, as image files are, at the start of the Unix epoch. */
        public static final Meta ROOT = new Meta(0, 0, Instant.EPOCH);

        public Meta touched(Instant when) {
            return new Meta(uid, gid, when);
        }
    }

    /**
     * A regular file. {@code program} names the simulated program an executable file runs
     * (null for data files): berth never executes host code, so an executable is a marker.
     */
    record File(byte[] content, int mode, String program, Meta meta) implements Node {
        public File {
            content = content.clone();
        }

        public File(byte[] content, int mode, String program) {
            this(content, mode, program, Meta.ROOT);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        public boolean executable() {
            return (mode & 0111) != 0;
        }

        /** Its length in bytes. */
        public long size() {
            return content.length;
        }

        /** The content itself, for reading only (hashing, comparing): never to be changed. */
        byte[] contentView() {
            return content;
        }
    }

    /** A directory; its children are kept sorted by name, as {@code ls} shows them. */
    record Dir(TreeMap<String, Node> children, int mode, Meta meta) implements Node {
        public Dir(TreeMap<String, Node> children, int mode) {
            this(children, mode, Meta.ROOT);
        }

        public static Dir empty() {
            return new Dir(new TreeMap<>(), 0755);
        }
    }

    /**
     * A symbolic link to {@code target}, as written (relative to the link's directory, or absolute).
     * {@link MemoryFs#lookup} follows links; {@link MemoryFs#lookupNoFollow} shows the link itself.
     */
    record Symlink(String target, Meta meta) implements Node {
        public Symlink(String target) {
            this(target, Meta.ROOT);
        }

        @Override
        public int mode() {
            return 0777;
        }
    }
}
