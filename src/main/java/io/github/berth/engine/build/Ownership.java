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
     * A {@code --chmod} value (convert.go dispatchCopy): an octal number up to 07777 sets the mode
     * of every copied entry and of the directories made for them; a symbolic mode
     * ({@code u+x,go-w}, tonistiigi/dchapes-mode, umask 0) changes each copied entry's own mode and
     * leaves made directories at 0755.
     */
    record Chmod(Integer octal, String symbolic) {
        /** The entry's mode after the change. */
        int apply(Node node) {
            if (octal != null) {
                return octal;
            }
            int mode = node.mode() & 07777;
            boolean dir = node instanceof Node.Dir;
            for (String clause : symbolic.split(",", -1)) {
                int k = 0;
                int who = 0;
                while (k < clause.length() && "ugoa".indexOf(clause.charAt(k)) >= 0) {
                    char c = clause.charAt(k++);
                    who |= c == 'u' ? 04700 : c == 'g' ? 02070 : c == 'o' ? 00007 : 06777;
                }
                if (who == 0) {
                    who = 07777;
                }
                while (k < clause.length()) {
                    char op = clause.charAt(k++);
                    int perm = 0;
                    while (k < clause.length() && "rwxXst".indexOf(clause.charAt(k)) >= 0) {
                        char c = clause.charAt(k++);
                        perm |= c == 'r' ? 0444 : c == 'w' ? 0222 : c == 'x' ? 0111 : c == 's' ? 06000
                                : c == 't' ? 01000 : (dir || (mode & 0111) != 0 || op == '-') ? 0111 : 0;
                    }
                    if (op == '+') {
                        mode |= perm & who;
                    } else if (op == '-') {
                        mode &= ~(perm & who);
                    } else {
                        mode = (mode & ~who) | (perm & who);
                    }
                }
            }
            return mode;
        }

        /** The mode of a directory made on the way to the destination. */
        int madeDirMode() {
            return octal != null ? octal : 0755;
        }
    }

    /** The {@code --chmod} value, or null without one; {@link #chmodError} says first whether it is valid. */
    static Chmod chmod(String spec) {
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        return Character.isDigit(spec.charAt(0)) ? new Chmod((int) Long.parseLong(spec, 8), null)
                : new Chmod(null, spec);
    }

    private static final java.util.regex.Pattern SYMBOLIC =
            java.util.regex.Pattern.compile("[ugoa]*([-+=][rwxXst]*)+(,[ugoa]*([-+=][rwxXst]*)+)*");

    /**
     * Why a {@code --chmod} value is refused (convert.go: "invalid chmod parameter" for a number
     * that is not octal or above 07777, dchapes-mode's "invalid syntax" for a bad symbolic mode),
     * or null. Copy forms such as {@code g=u} are taken as syntax berth does not handle.
     */
    static String chmodError(String spec) {
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        String nonOctal = "invalid chmod parameter: '" + spec + "'. it should be octal string and between 0 and 07777";
        if (Character.isDigit(spec.charAt(0))) {
            if (!spec.matches("[0-7]{1,11}")) {
                return nonOctal;
            }
            return Long.parseLong(spec, 8) > 07777 ? nonOctal : null;
        }
        return SYMBOLIC.matcher(spec).matches() ? null : "invalid syntax";
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
        if ((owner == null || owner.uid() == node.meta().uid() && owner.gid() == node.meta().gid())
                && (mode == null || mode == node.mode()) && !(node instanceof Node.Dir)) {
            return node;
        }
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
