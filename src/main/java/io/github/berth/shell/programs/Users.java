package io.github.berth.shell.programs;

import io.github.berth.fs.Node;
import io.github.berth.shell.PathWalk;
import io.github.berth.shell.ShellState;
import java.util.ArrayList;
import java.util.List;

/** User and group names as the C library finds them: in {@code /etc/passwd} and {@code /etc/group} of the tree. */
public final class Users {
    private Users() {}

    /** The user's name, or null when /etc/passwd has no such id (root is root even without the file). */
    public static String userName(ShellState state, int uid) {
        String[] entry = entry(state, "/etc/passwd", 2, uid);
        return entry != null ? entry[0] : uid == 0 ? "root" : null;
    }

    static String groupName(ShellState state, int gid) {
        String[] entry = entry(state, "/etc/group", 2, gid);
        return entry != null ? entry[0] : gid == 0 ? "root" : null;
    }

    /** The user's primary group: /etc/passwd's fourth field, else the uid. */
    static int gid(ShellState state, int uid) {
        String[] entry = entry(state, "/etc/passwd", 2, uid);
        return entry != null && entry.length > 3 ? parse(entry[3], uid) : uid;
    }

    /** The user's home directory: /etc/passwd's sixth field, else / (root: /root). */
    static String home(ShellState state, int uid) {
        String[] entry = entry(state, "/etc/passwd", 2, uid);
        return entry != null && entry.length > 5 ? entry[5] : uid == 0 ? "/root" : "/";
    }

    /** The user's id by name, or -1. */
    static int uidOf(ShellState state, String name) {
        for (String[] fields : table(state, "/etc/passwd")) {
            if (fields[0].equals(name) && fields.length > 2) {
                return parse(fields[2], -1);
            }
        }
        return name.equals("root") ? 0 : -1;
    }

    /** The supplementary groups naming the user in /etc/group's fourth field, as id numbers. */
    static List<Integer> supplementary(ShellState state, String user) {
        List<Integer> gids = new ArrayList<>();
        for (String[] fields : table(state, "/etc/group")) {
            if (fields.length > 3 && List.of(fields[3].split(",")).contains(user)) {
                gids.add(parse(fields[2], -1));
            }
        }
        return gids;
    }

    /** A name for {@code ls -l}: the name, or the number when there is none. */
    static String shownUser(ShellState state, int uid) {
        String name = userName(state, uid);
        return name != null ? name : Integer.toString(uid);
    }

    static String shownGroup(ShellState state, int gid) {
        String name = groupName(state, gid);
        return name != null ? name : Integer.toString(gid);
    }

    private static String[] entry(ShellState state, String file, int idField, int id) {
        for (String[] fields : table(state, file)) {
            if (fields.length > idField && fields[idField].equals(Integer.toString(id))) {
                return fields;
            }
        }
        return null;
    }

    private static List<String[]> table(ShellState state, String file) {
        List<String[]> rows = new ArrayList<>();
        if (state.fs().lookup(file).orElse(null) instanceof Node.File f) {
            for (String line : PathWalk.text(f).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(":", -1));
                }
            }
        }
        return rows;
    }

    private static int parse(String text, int otherwise) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
