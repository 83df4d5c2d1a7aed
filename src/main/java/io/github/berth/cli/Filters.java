package io.github.berth.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --filter} values of a list command as moby's api/types/filters.Args holds them
 * (docker/cli opts/opts.go FilterOpt.Set lower-cases and trims the name, trims the value and
 * ignores an empty flag), with its matching rules: {@code Match} is an exact value or an unanchored
 * regular expression, {@code MatchKVList} checks labels ({@code key} or {@code key=value}).
 */
record Filters(Map<String, Set<String>> fields) {
    static Filters of(List<String> flagValues) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        if (flagValues != null) {
            for (String value : flagValues) {
                int eq = value.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = value.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                fields.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value.substring(eq + 1).strip());
            }
        }
        return new Filters(fields);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Args.Validate: the first name not accepted, as "invalid filter 'name'". */
    Optional<String> validate(Set<String> accepted) {
        for (String name : fields.keySet()) {
            if (!accepted.contains(name)) {
                return Optional.of("invalid filter '" + name + "'");
            }
        }
        return Optional.empty();
    }

    boolean contains(String field) {
        return fields.containsKey(field);
    }

    Set<String> get(String field) {
        return fields.getOrDefault(field, Set.of());
    }

    boolean exactMatch(String field, String source) {
        Set<String> values = fields.get(field);
        return values == null || values.isEmpty() || values.contains(source);
    }

    boolean match(String field, String source) {
        Predicate<String> matcher = matcher(field);
        return matcher == null || matcher.test(source);
    }

    /**
     * {@link #match} for one field with its regular expressions compiled once, to test many
     * sources; null when the field has no values (everything matches).
     */
    Predicate<String> matcher(String field) {
        Set<String> values = fields.get(field);
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String value : values) {
            try {
                patterns.add(Pattern.compile(value));
            } catch (PatternSyntaxException e) {
                // Go skips a value that does not compile
            }
        }
        return source -> {
            if (values.contains(source)) {
                return true;
            }
            for (Pattern p : patterns) {
                if (p.matcher(source).find()) {
                    return true;
                }
            }
            return false;
        };
    }

    boolean matchKVList(String field, Map<String, String> sources) {
        Set<String> values = fields.get(field);
        if (values == null || values.isEmpty()) {
            return true;
        }
        if (sources.isEmpty()) {
            return false;
        }
        for (String value : values) {
            int eq = value.indexOf('=');
            String key = eq < 0 ? value : value.substring(0, eq);
            String v = sources.get(key);
            if (v == null || eq >= 0 && !value.substring(eq + 1).equals(v)) {
                return false;
            }
        }
        return true;
    }

    /** GetBoolOrDefault's error text for a value that is not a boolean: "invalid filter 'key=[v]'". */
    String invalidValue(String field) {
        return "invalid filter '" + field + "=" + "[" + String.join(" ", get(field)) + "]'";
    }
}
