package io.github.berth.cli;

import io.github.berth.engine.HubListings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code docker search}: docker/cli v28.2.2 cli/command/registry/search.go and
 * formatter_search.go (NAME, DESCRIPTION cut to 45 columns with "…" unless --no-trunc, STARS,
 * OFFICIAL "[OK]"; "true"/"false" in JSON), moby v28.2.2 registry/search.go (filters is-official,
 * is-automated, stars and their errors; is-automated=true finds nothing) and search_session.go
 * (limit 25 by default, 1 to 100). The answers come from berth's built-in Docker Hub
 * ({@link HubListings}): only the official images berth knows, matched by the term in their name
 * or description; Docker Hub's own search also lists community images.
 */
final class SearchCommand implements DockerCommand {
    static final String DEFAULT_TABLE = "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}";
    private static final Map<String, String> HEADER = Map.of("Name", "NAME", "Description", "DESCRIPTION",
            "StarCount", "STARS", "IsOfficial", "OFFICIAL");
    private static final Set<String> FILTERS = Set.of("is-automated", "is-official", "stars");

    private static final CommandSpec SPEC = new CommandSpec("search", "[OPTIONS] TERM", "Search Docker Hub for images",
            List.of(FlagSpec.value("filter", 'f', "filter", "Filter output based on conditions provided"),
                    FlagSpec.value("format", (char) 0, "string", "Pretty-print search using a Go template"),
                    FlagSpec.value("limit", (char) 0, "int", "Max number of search results"),
                    FlagSpec.bool("no-trunc", (char) 0, "Don't truncate output")),
            new ArgsRule.Exactly(1), true);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation inv) {
        Filters filters = Filters.of(inv.args().flags().getOrDefault("filter", List.of()));
        if (filters.fields().containsKey("is-automated")) {
            inv.out().errLine("WARNING: the \"is-automated\" filter is deprecated, and searching for"
                    + " \"is-automated=true\" will not yield any results in future.");
        }
        String term = inv.args().positionals().get(0);
        if (term.contains("://")) {
            return daemon(inv, "invalid repository name: repository name (" + term + ") should not have a scheme");
        }
        for (String key : filters.fields().keySet()) {
            if (!FILTERS.contains(key)) {
                return daemon(inv, "invalid filter '" + key + "'");
            }
        }
        Object automated = bool(filters, "is-automated");
        if (automated instanceof String error) {
            return daemon(inv, error);
        }
        Object official = bool(filters, "is-official");
        if (official instanceof String error) {
            return daemon(inv, error);
        }
        int stars = 0;
        for (String value : filters.fields().getOrDefault("stars", Set.of())) {
            if (!value.matches("[+-]?[0-9]{1,9}")) {
                return daemon(inv, "invalid filter 'stars=" + value + "': strconv.Atoi: parsing \"" + value
                        + "\": invalid syntax");
            }
            stars = Math.max(stars, Integer.parseInt(value));
        }
        int limit = inv.args().has("limit") ? (int) Long.parseLong(inv.args().value("limit")) : 0;
        if (limit < 0) {
            limit = 0; // the client sends only a positive limit
        }
        if (limit == 0) {
            limit = 25;
        }
        if (limit > 100) {
            return daemon(inv, "limit " + limit + " is outside the range of [1, 100]");
        }
        String remote = term;
        for (String prefix : List.of("docker.io/", "index.docker.io/", "library/")) {
            if (remote.startsWith(prefix)) {
                remote = remote.substring(prefix.length());
            }
        }
        String needle = remote.toLowerCase(Locale.ROOT);
        List<HubListings.Listing> found = new ArrayList<>();
        for (HubListings.Listing l : HubListings.all()) {
            if (found.size() == limit) {
                break;
            }
            if (l.name().contains(needle) || l.description().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(l);
            }
        }
        boolean trunc = !inv.args().bool("no-trunc");
        List<GoStruct> rows = new ArrayList<>();
        if (!Boolean.TRUE.equals(automated)) {
            for (HubListings.Listing l : found) {
                if ((official != null && (Boolean) official != l.official()) || l.stars() < stars) {
                    continue;
                }
                rows.add(row(l, trunc, false));
            }
        }
        String format = inv.args().has("format") ? inv.args().value("format") : "";
        if (format.isEmpty() || format.equals("table")) {
            format = DEFAULT_TABLE;
        }
        ListFormat.Result r = ListFormat.write(format, ListFormat.header(HEADER), jsonRows(format, rows, found, trunc));
        if (r.error() != null) {
            inv.out().errLine(r.error());
            return 1;
        }
        inv.out().stdout(r.output());
        return 0;
    }

    /** "json" marshals the context (formatBool gives "true"/"false" then); others see "[OK]" or "". */
    private static List<GoStruct> jsonRows(String format, List<GoStruct> rows, List<HubListings.Listing> found,
                                           boolean trunc) {
        if (!format.equals("json")) {
            return rows;
        }
        List<GoStruct> json = new ArrayList<>();
        for (GoStruct r : rows) {
            String name = (String) r.fields().get("Name").get();
            found.stream().filter(l -> l.name().equals(name)).findFirst().ifPresent(l -> json.add(row(l, trunc, true)));
        }
        return json;
    }

    private static GoStruct row(HubListings.Listing l, boolean trunc, boolean json) {
        Map<String, Supplier<Object>> fields = new LinkedHashMap<>();
        fields.put("Description", () -> description(l.description(), trunc));
        fields.put("IsOfficial", () -> l.official() ? (json ? "true" : "[OK]") : (json ? "false" : ""));
        fields.put("Name", l::name);
        fields.put("StarCount", () -> Integer.toString(l.stars()));
        return new GoStruct("*registry.searchContext", fields, Map.of());
    }

    static String description(String text, boolean trunc) {
        String d = text.replace('\n', ' ').replace('\r', ' ');
        if (!trunc || d.codePointCount(0, d.length()) <= 45) {
            return d;
        }
        return d.substring(0, d.offsetByCodePoints(0, 44)) + "\u2026";
    }

    /** filters.Args GetBoolOrDefault: null when absent, else the value or the error text. */
    private static Object bool(Filters filters, String key) {
        Set<String> values = filters.fields().get(key);
        if (values == null) {
            return null;
        }
        boolean no = values.contains("0") || values.contains("false");
        boolean yes = values.contains("1") || values.contains("true");
        if (no == yes) {
            return "invalid filter '" + key + "=" + values.stream().sorted().toList().toString().replace(", ", " ") + "'";
        }
        return yes;
    }

    private static int daemon(Invocation inv, String error) {
        inv.out().errLine(DaemonErrors.PREFIX + error);
        return 1;
    }
}
