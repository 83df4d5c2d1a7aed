package io.github.berth.engine.dockerfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell wildcard patterns of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}} as BuildKit does them
 * (lex.go: convertShellPatternToRegex, trimPrefix, trimSuffix, reversePattern), and Go's
 * {@code Regexp.ReplaceAllString} with its {@code $name} template expansion.
 */
final class ShellPattern {
    private ShellPattern() {
    }

    static Pattern toRegex(String pattern, boolean greedy, boolean anchored) throws ShellExpansionException {
        int[] cps = pattern.codePoints().toArray();
        int i = cps.length > 0 && cps[0] == 0xFEFF ? 1 : 0; // text/scanner skips a leading BOM
        StringBuilder out = new StringBuilder();
        if (anchored) {
            out.append('^');
        }
        String star = greedy ? ".*" : ".*?";
        while (i < cps.length) {
            int tok = cps[i++];
            switch (tok) {
                case '*':
                    out.append(star);
                    continue;
                case '?':
                    out.append('.');
                    continue;
                case '\\':
                    // } and / as part of ${} need escaping there, but the escape is not part of the pattern
                    if (i < cps.length && (cps[i] == '}' || cps[i] == '/')) {
                        continue;
                    }
                    out.append('\\');
                    tok = i < cps.length ? cps[i++] : 0xFFFD;
                    if (tok != '*' && tok != '?' && tok != '\\') {
                        throw new ShellExpansionException("invalid pattern (" + pattern + ") in substitution: "
                                + "invalid escape '\\" + new String(Character.toChars(tok)) + "'");
                    }
                    break;
                case '[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$':
                    out.append('\\');
                    break;
                default:
                    break;
            }
            out.appendCodePoint(tok);
        }
        return Pattern.compile(out.toString(), Pattern.UNIX_LINES);
    }

    static String trimPrefix(String pattern, String value, boolean greedy) throws ShellExpansionException {
        Matcher m = toRegex(pattern, greedy, true).matcher(value);
        return m.find() ? value.substring(m.end()) : value;
    }

    static String trimSuffix(String pattern, String value, boolean greedy) throws ShellExpansionException {
        // regular expressions cannot find the shortest rightmost match, so both sides are reversed
        return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
    }

    /** Reverses a pattern but keeps each escape before the character it escapes: {@code a\*c} → {@code c\*a}. */
    static String reversePattern(String pattern) {
        int[] in = pattern.codePoints().toArray();
        int[] out = new int[in.length];
        int last = in.length - 1;
        for (int i = 0; i <= last; ) {
            int outIdx = last - i;
            if (in[i] == '\\' && i != last) {
                out[outIdx - 1] = in[i];
                out[outIdx] = in[i + 1];
                i += 2;
            } else {
                out[outIdx] = in[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    static String reverse(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }

    /** {@code ${v/p/r}} (first match, literal replacement) and {@code ${v//p/r}} (ReplaceAllString). */
    static String replace(String value, String pattern, String replacement, boolean all)
            throws ShellExpansionException {
        Matcher m = toRegex(pattern, true, false).matcher(value);
        if (!all) {
            return m.find() ? value.substring(0, m.start()) + replacement + value.substring(m.end()) : value;
        }
        // regexp.go, replaceAll: an empty match right after another match is not replaced
        StringBuilder out = new StringBuilder();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= value.length() && m.find(searchPos)) {
            out.append(value, lastMatchEnd, m.start());
            if (m.end() > lastMatchEnd || m.start() == 0) {
                expand(out, replacement, value.substring(m.start(), m.end()));
            }
            lastMatchEnd = m.end();
            int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 1;
            if (searchPos + width > m.end()) {
                searchPos += width;
            } else if (searchPos + 1 > m.end()) {
                searchPos++;
            } else {
                searchPos = m.end();
            }
        }
        out.append(value, Math.min(lastMatchEnd, value.length()), value.length());
        return out.toString();
    }

    /** Go's Regexp.Expand for a pattern without groups: {@code $0} is the match, {@code $$} a dollar. */
    private static void expand(StringBuilder out, String template, String match) {
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                out.append(template, i, template.length());
                return;
            }
            out.append(template, i, dollar);
            i = dollar;
            if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            boolean brace = i + 1 < template.length() && template.charAt(i + 1) == '{';
            int nameStart = i + (brace ? 2 : 1);
            int j = nameStart;
            while (j < template.length()) {
                int cp = template.codePointAt(j);
                if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
                    break;
                }
                j += Character.charCount(cp);
            }
            if (template.length() - i < 2 || j == nameStart
                    || (brace && (j >= template.length() || template.charAt(j) != '}'))) {
                out.append('$'); // malformed: the dollar is plain text
                i++;
                continue;
            }
            String name = template.substring(nameStart, j);
            i = brace ? j + 1 : j;
            if (name.equals("0")) {
                out.append(match);
            }
            // any other group number or name does not exist and expands to nothing
        }
    }
}
