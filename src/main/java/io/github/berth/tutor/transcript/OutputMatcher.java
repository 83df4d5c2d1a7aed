package io.github.berth.tutor.transcript;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares output with a transcript's expectation: {@code [..]} matches any text within a line,
 * a line of {@code ...} matches any number of lines, and trailing spaces are ignored.
 */
public final class OutputMatcher {
    private OutputMatcher() {}

    public static boolean matches(List<String> expected, List<String> actual) {
        return match(expected, 0, actual, 0);
    }

    private static boolean match(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).strip().equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (match(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && lineMatches(expected.get(e), actual.get(a)) && match(expected, e + 1, actual, a + 1);
    }

    public static boolean lineMatches(String expected, String actual) {
        String want = expected.stripTrailing();
        String got = actual.stripTrailing();
        if (!want.contains("[..]")) {
            return want.equals(got);
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = want.split("\\[\\.\\.\\]", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString()).matcher(got).matches();
    }
}
