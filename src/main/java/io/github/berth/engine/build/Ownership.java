package io.github.berth.engine.build;

import io.github.berth.engine.ContainerUser;
import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.VPath;
import java.util.List;
import java.util.TreeMap;

/**
 * Who owns what a build step makes, as BuildKit v0.22.0 decides it.
 *
 * <ul>
 * <li>RUN runs as the stage's USER, resolved in the step's own /etc/passwd and /etc/group
 * (executor/oci/user.go GetUser through moby/sys/user GetExecUser, the same lookup as
 * {@code docker run -u}); an unknown name fails the step.</li>
 * <li>{@code COPY --chown} and a WORKDIR made after USER take the owner from the file op's
 * chown option (client/llb/fileop.go WithUser; solver/llbsolver/ops/user_linux.go readUser): a
 * number is both uid and gid ({@code 1000} means 1000:1000), a name takes uid and gid from its
 * passwd entry, a group name its gid from /etc/group; a name with no entry is silently 0.</li>
 * <li>Directories the copy or mkdir creates on the way (fsutil copy/mkdir.go MkdirAll) get that
 * owner and the {@code --chmod} mode (0755 without it) under the daemon's umask 022.</li>
 * </ul>
 */
final class Ownership {
    private Ownership() {}

    /** The owner a chown string names on {@code fs} (readUser); null for none. */
    static Node.Meta chown(String spec, MemoryFs fs) {
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        int colon = spec.indexOf(':');
        String userPart = colon < 0 ? spec : spec.substring(0, colon);
        String groupPart = colon < 0 ? null : spec.substring(colon + 1);
        int uid = 0;
        int gid = 0;
        Integer n = id(userPart);
        if (n != null) {
            uid = n;
            gid = n;
        } else {
            for (String[] row : ContainerUser.table(fs, "/etc/passwd")) {
                if (row.length > 3 && row[0].equals(userPart)) {
                    uid = parse(row[2]);
                    gid = parse(row[3]);
                    break;
                }
            }
        }
        if (groupPart != null) {
            Integer g = id(groupPart);
            if (g != null) {
                gid = g;
            } else {
                for (String[] row : ContainerUser.table(fs, "/etc/group")) {
                    if (row.length > 2 && row[0].equals(groupPart)) {
                        gid = parse(row[2]);
                        break;
                    }
                }
            }
        }
        return new Node.Meta(uid, gid, fs.stamp().mtime());
    }

    /** llb parseUID: "root" is 0, else a decimal int32. */
    private static Integer id(String s) {
        if (s.equals("root")) {
            return 0;
        }
        if (!s.matches("-?[0-9]{1,10}")) {
            return null;
        }
        long v = Long.parseLong(s);
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : (int) v;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The octal {@code --chmod} mode (strconv.ParseUint base 8, at most 07777), or null when
     * there is none or it is not a plain octal number.
     */
    static Integer chmod(String spec) {
        if (spec == null || !spec.matches("[0-7]{1,11}")) {
            return null;
        }
        long v = Long.parseLong(spec, 8);
        return v > 07777 ? null : (int) v;
    }

    /**
     * Makes the directory and its missing parents, each new one owned by {@code owner} (root
     * when null) with {@code mode} less the umask; existing ones are left as they are.
     */
    static Node.Dir mkdirs(MemoryFs fs, String absolute, Node.Meta owner, int mode) {
        List<String> names = VPath.segments(absolute);
        String at = "/";
        for (String name : names) {
            String next = VPath.resolve(at, name);
            if (!(fs.lookup(next).orElse(null) instanceof Node.Dir)) {
                Node.Meta meta = owner != null ? owner : new Node.Meta(0, 0, fs.stamp().mtime());
                fs.mkdirs(at).children().put(name, new Node.Dir(new TreeMap<>(), mode & ~022 & 07777, meta));
            }
            at = next;
        }
        return fs.mkdirs(absolute);
    }

    /** {@code node} with its owner replaced (when {@code owner} is not null) and its mode (when not null). */
    static Node restamp(Node node, Node.Meta owner, Integer mode) {
        Node.Meta meta = owner == null ? node.meta() : new Node.Meta(owner.uid(), owner.gid(), node.meta().mtime());
        if (node instanceof Node.File f) {
            return owner == null && mode == null ? f : new Node.File(f.content(), mode == null ? f.mode() : mode,
                    f.program(), meta);
        }
        if (node instanceof Node.Symlink l) {
            return owner == null ? l : new Node.Symlink(l.target(), meta);
        }
        Node.Dir d = (Node.Dir) node;
        return new Node.Dir(new TreeMap<>(), mode == null ? d.mode() : mode, meta);
    }
}
