package io.github.berth.cli;

import io.github.berth.engine.Volumes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code run -v} and {@code --mount}: docker/cli v28.2.2 opts/mount.go (the --mount CSV, checked
 * while flags are parsed) and moby's volume/mounts/linux_parser.go for -v specs (checked by the
 * daemon: "invalid volume specification: …").
 */
final class MountSpecs {
    private MountSpecs() {}

    /** opts/mount.go MountOpt.Set's error for one --mount value, or empty. */
    static Optional<String> mountFlagError(String value) {
        if (value.isEmpty()) {
            return Optional.of("EOF"); // encoding/csv: no record to read
        }
        String target = null;
        for (String field : value.split(",", -1)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT);
            if (eq < 0 && !key.equals("readonly") && !key.equals("ro") && !key.equals("bind-nonrecursive")) {
                return Optional.of("invalid field '" + field + "' must be a key=value pair");
            }
            switch (key) {
                case "type": case "source": case "src": case "readonly": case "ro": case "consistency":
                case "bind-propagation": case "volume-nocopy": case "volume-driver": case "volume-label":
                case "volume-opt": case "volume-subpath": case "tmpfs-size": case "tmpfs-mode": case "image-subpath":
                case "bind-nonrecursive": case "bind-recursive": case "bind-create-src":
                    break;
                case "target": case "dst": case "destination":
                    target = field.substring(eq + 1);
                    break;
                default:
                    return Optional.of("unexpected key '" + key + "' in '" + field + "'");
            }
        }
        if (target == null || target.isEmpty()) {
            return Optional.of("target is required");
        }
        return Optional.empty();
    }

    /** The mounts, or the daemon's error text. */
    record Parsed(List<Volumes.Mount> mounts, String error) {}

    /**
     * The mounts as the client sends them from the shell's directory: a bind source starting with
     * "." made absolute (cli/command/container/opts.go and opts/mount.go use filepath.Abs), and a
     * {@code --mount} bind source that does not exist refused (moby volume/mounts/validate.go
     * errBindSourceDoesNotExist; {@code -v} makes it instead).
     */
    static Parsed parse(List<String> volumes, List<String> mountFlags, io.github.berth.shell.ShellState state) {
        List<String> vs = volumes == null ? List.of() : volumes.stream().map(v -> {
            int colon = v.indexOf(':');
            return colon > 0 && v.startsWith(".") ? io.github.berth.fs.VPath.resolve(state.cwd(), v.substring(0, colon))
                    + v.substring(colon) : v;
        }).toList();
        List<String> ms = mountFlags == null ? List.of() : mountFlags.stream().map(m -> {
            StringBuilder sb = new StringBuilder();
            for (String field : m.split(",", -1)) {
                int eq = field.indexOf('=');
                String key = eq < 0 ? field : field.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                if ((key.equals("source") || key.equals("src")) && field.substring(eq + 1).startsWith(".")) {
                    field = field.substring(0, eq + 1) + io.github.berth.fs.VPath.resolve(state.cwd(), field.substring(eq + 1));
                }
                sb.append(sb.length() == 0 ? "" : ",").append(field);
            }
            return sb.toString();
        }).toList();
        Parsed parsed = parse(vs, ms);
        if (parsed.error() != null) {
            return parsed;
        }
        int fromFlags = parsed.mounts().size() - ms.size();
        for (int i = fromFlags; i < parsed.mounts().size(); i++) {
            Volumes.Mount m = parsed.mounts().get(i);
            if (m.type().equals("bind") && state.fs().lookup(m.source()).isEmpty()) {
                return new Parsed(null, "invalid mount config for type \"bind\": bind source path does not exist: "
                        + m.source());
            }
        }
        return parsed;
    }

    static Parsed parse(List<String> volumes, List<String> mountFlags) {
        List<Volumes.Mount> mounts = new ArrayList<>();
        for (String spec : volumes == null ? List.<String>of() : volumes) {
            String[] parts = spec.split(":", -1);
            if (parts.length > 3 || spec.isEmpty()) {
                return new Parsed(null, "invalid volume specification: '" + spec + "'");
            }
            String source = parts.length == 1 ? "" : parts[0];
            String dest = parts.length == 1 ? parts[0] : parts[1];
            boolean rw = parts.length < 3 || !parts[2].contains("ro");
            if (!dest.startsWith("/")) {
                String type = source.startsWith("/") ? "bind" : "volume";
                return new Parsed(null, "invalid volume specification: '" + spec + "': invalid mount config for type"
                        + " \"" + type + "\": invalid mount path: '" + dest + "' mount path must be absolute");
            }
            if (source.startsWith("/")) {
                mounts.add(new Volumes.Mount("bind", "", source, dest, rw));
            } else {
                if (!source.isEmpty() && !source.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]+")) {
                    return new Parsed(null, "create " + source + ": \"" + source + "\" includes invalid characters"
                            + " for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you"
                            + " intended to pass a host directory, use absolute path");
                }
                mounts.add(new Volumes.Mount("volume", source, "", dest, rw));
            }
        }
        for (String value : mountFlags == null ? List.<String>of() : mountFlags) {
            String type = "volume";
            String source = "";
            String target = "";
            boolean rw = true;
            for (String field : value.split(",", -1)) {
                int eq = field.indexOf('=');
                String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT);
                String v = eq < 0 ? "true" : field.substring(eq + 1);
                switch (key) {
                    case "type" -> type = v.toLowerCase(java.util.Locale.ROOT);
                    case "source", "src" -> source = v;
                    case "target", "dst", "destination" -> target = v;
                    case "readonly", "ro" -> rw = !(v.equals("true") || v.equals("1"));
                    default -> { }
                }
            }
            if (!type.equals("volume") && !type.equals("bind")) {
                return new Parsed(null, "invalid mount config for type \"" + type + "\": berth has volume and bind"
                        + " mounts only");
            }
            if (!target.startsWith("/")) {
                return new Parsed(null, "invalid mount config for type \"" + type + "\": invalid mount path: '"
                        + target + "' mount path must be absolute");
            }
            if (type.equals("bind") && source.isEmpty()) {
                return new Parsed(null, "invalid mount config for type \"bind\": field Source must not be empty");
            }
            mounts.add(type.equals("bind") ? new Volumes.Mount("bind", "", source, target, rw)
                    : new Volumes.Mount("volume", source, "", target, rw));
        }
        return new Parsed(mounts, null);
    }
}
