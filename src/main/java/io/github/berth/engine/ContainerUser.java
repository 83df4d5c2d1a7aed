package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a container's process runs as: {@code docker run -u} (else the image's USER) looked up in
 * the container's /etc/passwd and /etc/group as moby v28.2.2 daemon/oci_linux.go getUser does
 * through moby/sys/user GetExecUser: a numeric user needs no entry (its group is then 0), a name
 * must have one, an explicit group replaces the user's; the additional groups are the primary
 * group, then (without an explicit group) those listing the user.
 */
public record ContainerUser(int uid, int gid, List<Integer> groups, String home) {
    public static final ContainerUser ROOT = new ContainerUser(0, 0, List.of(0), "/root");
    /** moby/sys/user's range check (minID, maxID). */
    private static final long MAX_ID = Integer.MAX_VALUE;

    /** The user for {@code spec}, or the daemon's error (moby/sys/user/user.go's words). */
    public static Object resolve(String spec, MemoryFs fs) {
        if (spec.isEmpty()) {
            return ROOT;
        }
        int colon = spec.indexOf(':');
        String userArg = colon < 0 ? spec : spec.substring(0, colon);
        String groupArg = colon < 0 ? "" : spec.substring(colon + 1);
        Integer uidArg = number(userArg);
        Integer gidArg = number(groupArg);
        List<String[]> passwd = table(fs, "/etc/passwd");
        int uid = 0;
        int gid = 0;
        String home = "/"; // runc's default HOME for a user without an entry
        String matched = null;
        for (String[] u : passwd) {
            if (u.length > 3 && (userArg.isEmpty() ? "0".equals(u[2])
                    : uidArg != null ? String.valueOf(uidArg).equals(u[2]) : u[0].equals(userArg))) {
                matched = u[0];
                uid = parse(u[2]);
                gid = parse(u[3]);
                home = u.length > 5 ? u[5] : "/";
                break;
            }
        }
        if (matched == null && !userArg.isEmpty()) {
            if (uidArg == null) {
                return "unable to find user " + userArg + ": no matching entries in passwd file";
            }
            uid = uidArg;
        }
        List<Integer> extra = new ArrayList<>();
        List<String[]> group = table(fs, "/etc/group");
        if (!groupArg.isEmpty()) {
            Optional<String[]> g = group.stream().filter(e -> e.length > 2
                    && (gidArg != null ? String.valueOf(gidArg).equals(e[2]) : e[0].equals(groupArg))).findFirst();
            if (g.isPresent()) {
                gid = parse(g.get()[2]);
            } else if (gidArg == null) {
                return "unable to find group " + groupArg + ": no matching entries in group file";
            } else {
                gid = gidArg;
            }
        } else if (matched != null) {
            for (String[] g : group) {
                if (g.length > 3 && List.of(g[3].split(",")).contains(matched)) {
                    extra.add(parse(g[2]));
                }
            }
        }
        List<Integer> groups = new ArrayList<>();
        groups.add(gid);
        groups.addAll(extra);
        return new ContainerUser(uid, gid, groups, home);
    }

    /** A process's state on {@code fs} running as this user. */
    public io.github.berth.shell.ShellState state(MemoryFs fs, String cwd, java.util.Map<String, String> env) {
        java.util.Map<String, String> vars = env;
        if (this != ROOT && "/root".equals(env.get("HOME")) && !home.equals("/root")) {
            // HOME comes from the user's entry unless the container's Env sets it (runc's init)
            vars = new java.util.LinkedHashMap<>(env);
            vars.put("HOME", home);
        }
        io.github.berth.shell.ShellState state = new io.github.berth.shell.ShellState(fs, cwd, vars);
        if (this != ROOT) {
            state.uid(uid);
            state.credentials(gid, groups.subList(1, groups.size()));
        }
        return state;
    }

    private static Integer number(String s) {
        if (!s.matches("[0-9]{1,10}")) {
            return null;
        }
        long n = Long.parseLong(s);
        return n > MAX_ID ? null : (int) n;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static List<String[]> table(MemoryFs fs, String path) {
        List<String[]> rows = new ArrayList<>();
        if (fs.lookup(path).orElse(null) instanceof Node.File f) {
            for (String line : new String(f.content(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(":", -1));
                }
            }
        }
        return rows;
    }
}
