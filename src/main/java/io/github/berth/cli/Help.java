package io.github.berth.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A command's {@code --help}, laid out as docker/cli v28.2.2's usage template (cli/cobra.go)
 * with pflag's FlagUsagesWrapped at docker's default width of 80 columns less one.
 */
final class Help {
    private static final int COLUMNS = 79;

    private Help() {}

    /**
     * cobra's Long text, which --help shows instead of the short description, for the commands that have one,
     * by their first path (docker/cli v28.2.2 registry/login.go, logout.go, volume/remove.go).
     */
    private static final java.util.Map<String, String> LONG = java.util.Map.of(
            "docker container cp", CpCommand.LONG,
            "docker login", "Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.",
            "docker logout", "Log out from a registry.\nIf no server is specified, the default is defined by the daemon.",
            "docker volume rm", "Remove one or more volumes. You cannot remove a volume that is in use by a container.");

    static String render(String path, CommandSpec spec, List<String> aliases) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage:  ").append(path).append(' ').append(spec.usage()).append("\n\n");
        String first = aliases.isEmpty() ? path : aliases.get(0);
        sb.append(LONG.getOrDefault(first, spec.description())).append('\n');
        if (aliases.size() > 1) {
            sb.append("\nAliases:\n  ").append(String.join(", ", aliases)).append('\n');
        }
        if (!spec.flags().isEmpty()) {
            List<FlagSpec> flags = spec.flags();
            if (spec.shorthand('h').isPresent()) {
                // run and create declare their own --help (-h is --hostname), which is not hidden
                flags = new ArrayList<>(flags);
                flags.add(FlagSpec.bool("help", (char) 0, "Print usage"));
            }
            sb.append("\nOptions:\n").append(flagUsages(flags));
        }
        return sb.toString();
    }

    /** pflag FlagUsagesWrapped: flags sorted by name, usage aligned after the longest flag column. */
    static String flagUsages(List<FlagSpec> flags) {
        List<FlagSpec> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparing(FlagSpec::name));
        List<String> heads = new ArrayList<>();
        int maxlen = 0;
        for (FlagSpec flag : sorted) {
            String head = flag.shorthand() != 0 ? "  -" + flag.shorthand() + ", --" + flag.name() : "      --" + flag.name();
            if (flag.takesValue()) {
                head += " " + flag.valueType();
            }
            heads.add(head);
            maxlen = Math.max(maxlen, head.length() + 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            String head = heads.get(i);
            sb.append(head).append(' ').append(" ".repeat(maxlen - head.length())).append(' ')
                    .append(wrap(maxlen + 2, COLUMNS, sorted.get(i).usage())).append('\n');
        }
        return sb.toString();
    }

    /**
     * pflag's wrap: text after an indent of {@code indent}, wrapped to {@code width} with a slop
     * of 5; a newline inside the text starts a new line at the same indent.
     */
    static String wrap(int indent, int width, String text) {
        int room = width - indent;
        StringBuilder out = new StringBuilder();
        if (room < 24) {
            indent = 16;
            room = width - indent;
            out.append('\n').append(" ".repeat(indent));
        }
        if (room < 24) {
            return out + text.replace("\n", out.toString());
        }
        int slop = 5;
        room -= slop;
        String pad = "\n" + " ".repeat(indent);
        String[] split = wrapN(room, slop, text);
        out.append(split[0].replace("\n", pad));
        String rest = split[1];
        while (!rest.isEmpty()) {
            split = wrapN(room, slop, rest);
            out.append(pad).append(split[0].replace("\n", pad));
            rest = split[1];
        }
        return out.toString();
    }

    /** pflag's wrapN: break before {@code i} at the last blank, or at an earlier newline. */
    private static String[] wrapN(int i, int slop, String s) {
        if (i + slop > s.length()) {
            return new String[] {s, ""};
        }
        String head = s.substring(0, i);
        int w = Math.max(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')), head.lastIndexOf('\n'));
        if (w <= 0) {
            return new String[] {s, ""};
        }
        int nl = head.lastIndexOf('\n');
        if (nl > 0 && nl < w) {
            return new String[] {s.substring(0, nl), s.substring(nl + 1)};
        }
        return new String[] {s.substring(0, w), s.substring(w + 1)};
    }
}
