package io.github.berth.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .dockerignore} rules as moby/patternmatcher reads them: one pattern a line, {@code #}
 * comments, a leading {@code !} for an exception, paths cleaned and relative to the context;
 * {@code *} and {@code ?} stay within a path element, {@code **} spans any number of them; the
 * last matching rule decides, and a rule that matches a directory matches what is in it.
 */
final class DockerIgnore {
    private record Rule(Pattern pattern, boolean exclusion) {}

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclusion = line.startsWith("!");
            if (exclusion) {
                line = line.substring(1).strip();
            }
            String cleaned = clean(line);
            if (cleaned.isEmpty()) {
                continue;
            }
            rules.add(new Rule(Pattern.compile(regex(cleaned)), exclusion));
        }
    }

    /** Whether the context file or directory at {@code rel} (no leading slash) is left out. */
    boolean ignored(String rel) {
        boolean ignored = false;
        for (Rule rule : rules) {
            if (matchesSelfOrParent(rule.pattern(), rel)) {
                ignored = !rule.exclusion();
            }
        }
        return ignored;
    }

    private static boolean matchesSelfOrParent(Pattern pattern, String rel) {
        String path = rel;
        while (true) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            path = path.substring(0, slash);
        }
    }

    private static String clean(String pattern) {
        List<String> out = new ArrayList<>();
        for (String part : pattern.split("/")) {
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
        return String.join("/", out);
    }

    private static String regex(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                        i++;
                        sb.append("(.*/)?");
                    } else {
                        sb.append(".*");
                    }
                } else {
                    sb.append("[^/]*");
                }
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '\\' && i + 1 < pattern.length()) {
                sb.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '[') {
                int end = pattern.indexOf(']', i);
                if (end < 0) {
                    sb.append("\\[");
                } else {
                    String set = pattern.substring(i + 1, end);
                    sb.append('[').append(set.startsWith("^") || set.startsWith("!") ? "^" + set.substring(1) : set)
                            .append(']');
                    i = end;
                }
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
