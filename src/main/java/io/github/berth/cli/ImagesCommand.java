package io.github.berth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code docker images} / {@code docker image ls}: docker/cli v28.2.2 cli/command/image/list.go
 * (flags, the positional argument as a reference filter, the hint when {@code docker images ls}
 * finds nothing) over {@link ImageRows} and formatter/image.go's formats.
 */
final class ImagesCommand implements DockerCommand {
    private static final CommandSpec SPEC = new CommandSpec("images", "[OPTIONS] [REPOSITORY[:TAG]]", "List images",
            List.of(FlagSpec.bool("all", 'a', "Show all images (default hides intermediate images)"),
                    FlagSpec.bool("digests", (char) 0, "Show digests"),
                    FlagSpec.value("filter", 'f', "filter", "Filter output based on conditions provided"),
                    FlagSpec.value("format", (char) 0, "string", PsCommand.FORMAT_HELP),
                    FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output"),
                    FlagSpec.bool("quiet", 'q', "Only show image IDs")),
            new ArgsRule.AtMost(1), true);

    /** image/list.go printAmbiguousHint: "docker image" subcommands typed after "docker images". */
    private static final Set<String> SUBCOMMANDS = Set.of("build", "history", "import", "inspect", "list", "load",
            "ls", "prune", "pull", "push", "rm", "save", "tag");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        List<String> filterValues = new ArrayList<>();
        if (inv.args().flags().get("filter") != null) {
            filterValues.addAll(inv.args().flags().get("filter"));
        }
        String match = inv.args().positionals().isEmpty() ? null : inv.args().positionals().get(0);
        if (match != null) {
            filterValues.add("reference=" + match);
        }
        ImageRows.Outcome outcome = ImageRows.select(inv.engine(), Filters.of(filterValues));
        if (outcome.error() != null) {
            inv.out().errLine(DaemonErrors.PREFIX + outcome.error());
            return 1;
        }
        boolean quiet = inv.args().bool("quiet");
        boolean digests = inv.args().bool("digests");
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        if (format.isEmpty()) {
            format = "table";
        }
        if (format.equals("table")) {
            format = quiet ? "{{.ID}}" : digests ? ImageRows.DIGEST_TABLE : ImageRows.DEFAULT_TABLE;
        } else if (format.equals("raw")) {
            format = quiet ? "image_id: {{.ID}}" : "repository: {{ .Repository }}\ntag: {{.Tag}}\n"
                    + (digests ? "digest: {{.Digest}}\n" : "") + "image_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\n"
                    + "virtual_size: {{.Size}}\n";
        } else if (ListFormat.isTable(format) && digests && !format.contains("{{.Digest}}")) {
            format += "\t{{.Digest}}";
        }
        boolean needDigest = digests || format.contains("{{.Digest}}");
        boolean trunc = !inv.args().bool("no-trunc");
        Instant now = inv.engine().clock().instant();
        List<GoStruct> rows = new ArrayList<>();
        for (ImageRows.Summary s : outcome.images()) {
            for (String[] row : ImageRows.rows(s, needDigest, digests)) {
                rows.add(ImageRows.context(s, row, trunc, now));
            }
        }
        ListFormat.Result r = ListFormat.write(format, ListFormat.header(ImageRows.HEADER), rows);
        if (r.error() != null) {
            inv.out().errLine(r.error());
            return 1;
        }
        inv.out().stdout(r.output());
        if (match != null && outcome.images().isEmpty() && inv.commandPath().equals("docker images")
                && SUBCOMMANDS.contains(match)) {
            inv.out().stderr("\nNo images found matching \"" + match + "\": did you mean \"docker image " + match
                    + "\"?\n");
        }
        return 0;
    }
}
