package io.github.berth.engine.dockerfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decodes the exec form {@code ["a", "b"]} the way Go's {@code json.Unmarshal} into {@code []any} does
 * (line_parsers.go, parseJSON): the whole text must be one valid JSON value (Go's whitespace, literals,
 * numbers, escapes and its nesting limit of 10000), then every element of the array must be a string.
 * Iterative, so deep nesting cannot overflow the stack.
 */
final class GoJson {
    /** What became of the text. */
    enum Status { INVALID, NOT_STRINGS, STRINGS }

    record Decoded(Status status, List<String> strings) {
    }

    private static final int MAX_DEPTH = 10000; // encoding/json scanner.go, maxNestingDepth

    private final String s;
    private int pos;
    private final Deque<Character> stack = new ArrayDeque<>();
    private final List<String> strings = new ArrayList<>();
    private boolean nonString;

    private GoJson(String s) {
        this.s = s;
    }

    /** Decodes text that starts with {@code [}. */
    static Decoded decodeArray(String text) {
        GoJson json = new GoJson(text);
        if (!json.valid()) {
            return new Decoded(Status.INVALID, List.of());
        }
        return json.nonString ? new Decoded(Status.NOT_STRINGS, List.of())
                : new Decoded(Status.STRINGS, List.copyOf(json.strings));
    }

    private boolean valid() {
        while (true) {
            // a value is expected here
            skipSpace();
            if (pos >= s.length()) {
                return false;
            }
            boolean element = stack.size() == 1 && stack.peek() == '[';
            char c = s.charAt(pos);
            if (c == '[' || c == '{') {
                if (element) {
                    nonString = true;
                }
                pos++;
                stack.push(c);
                if (stack.size() > MAX_DEPTH) {
                    return false;
                }
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == (c == '[' ? ']' : '}')) {
                    pos++;
                    stack.pop();
                } else if (c == '{') {
                    if (!key()) {
                        return false;
                    }
                    continue;
                } else {
                    continue;
                }
            } else if (c == '"') {
                String str = string();
                if (str == null) {
                    return false;
                }
                if (element) {
                    strings.add(str);
                }
            } else {
                if (!scalar()) {
                    return false;
                }
                if (element) {
                    nonString = true;
                }
            }
            // after a value: close containers or move to the next value
            while (true) {
                skipSpace();
                if (stack.isEmpty()) {
                    return pos == s.length();
                }
                if (pos >= s.length()) {
                    return false;
                }
                char top = stack.peek();
                char d = s.charAt(pos++);
                if (d == ',') {
                    if (top == '{' && !key()) {
                        return false;
                    }
                    break;
                }
                if ((top == '[' && d == ']') || (top == '{' && d == '}')) {
                    stack.pop();
                    continue;
                }
                return false;
            }
        }
    }

    /** An object key and its colon. */
    private boolean key() {
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '"' || string() == null) {
            return false;
        }
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != ':') {
            return false;
        }
        pos++;
        return true;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean scalar() {
        for (String lit : new String[] {"true", "false", "null"}) {
            if (s.startsWith(lit, pos)) {
                pos += lit.length();
                return true;
            }
        }
        int start = pos;
        if (pos < s.length() && s.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= s.length()) {
            return false;
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
            digits();
        } else {
            return false;
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (digits() == 0) {
                return false;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                return false;
            }
        }
        return pos > start;
    }

    private int digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    /** A string starting at the quote, decoded; null when malformed. */
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) {
                return null;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int u = hex4(pos);
                    if (u < 0) {
                        return null;
                    }
                    pos += 4;
                    if (Character.isSurrogate((char) u)) {
                        // encoding/json decode.go, unquoteBytes: a valid pair decodes, anything else is U+FFFD
                        int low = pos + 1 < s.length() && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u'
                                ? hex4(pos + 2) : -1;
                        if (Character.isHighSurrogate((char) u) && low >= 0 && Character.isLowSurrogate((char) low)) {
                            out.append((char) u).append((char) low);
                            pos += 6;
                        } else {
                            out.append('\uFFFD');
                        }
                    } else {
                        out.append((char) u);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private int hex4(int at) {
        if (at + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
