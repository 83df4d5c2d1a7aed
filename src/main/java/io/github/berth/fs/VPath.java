package io.github.berth.fs;

import java.util.ArrayList;
import java.util.List;

/** Absolute, normalised paths inside a virtual filesystem. Never a host path. */
public final class VPath {
    private VPath() {}

    /** Resolves {@code path} against {@code cwd} and removes ".", ".." and repeated slashes. */
    public static String resolve(String cwd, String path) {
        String joined = path.startsWith("/") ? path : cwd + "/" + path;
        return String.join("/", segments(joined)).transform(s -> "/" + s);
    }

    /** The names along an absolute path, after normalisation; empty for the root. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(part);
            }
        }
        return out;
    }

    public static String parent(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "/" : absolute.substring(0, slash);
    }

    public static String name(String absolute) {
        return absolute.substring(absolute.lastIndexOf('/') + 1);
    }
}
