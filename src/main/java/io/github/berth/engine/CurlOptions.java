package io.github.berth.engine;

import io.github.berth.shell.Output;
import java.util.List;
import java.util.Optional;

/**
 * The curl options berth's curl programs take (the host's and the containers'), read as curl
 * reads them: short options may be grouped ({@code -sSL}), {@code -o FILE} takes the next word,
 * the last word that is not an option is the URL ({@code null} when there is none: each curl
 * words that error as its version does). {@code -L} is accepted and changes nothing: no server in
 * the sandbox redirects.
 */
public record CurlOptions(boolean include, boolean silent, boolean showError, boolean fail, boolean head,
                          String output, String url) {

    /** Whether errors go unsaid: {@code -s} without {@code -S}. */
    public boolean quietErrors() {
        return silent && !showError;
    }

    /** The options of {@code argv}, or empty when curl refused one (its message written; status 2). */
    public static Optional<CurlOptions> parse(List<String> argv, Output out) {
        boolean include = false;
        boolean silent = false;
        boolean showError = false;
        boolean fail = false;
        boolean head = false;
        String output = null;
        String url = null;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("-o") || a.equals("--output")) {
                if (i + 1 >= argv.size()) {
                    return refuse(out, "option " + a + ": requires parameter");
                }
                output = argv.get(++i);
            } else if (a.equals("--include")) {
                include = true;
            } else if (a.equals("--silent")) {
                silent = true;
            } else if (a.equals("--fail")) {
                fail = true;
            } else if (a.equals("--head")) {
                head = true;
            } else if (a.startsWith("-") && !a.startsWith("--") && a.length() > 1) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'i' -> include = true;
                        case 's' -> silent = true;
                        case 'S' -> showError = true;
                        case 'f' -> fail = true;
                        case 'I' -> head = true;
                        case 'L' -> { }
                        default -> {
                            return refuse(out, "option " + a + ": is unknown");
                        }
                    }
                }
            } else {
                url = a;
            }
        }
        return Optional.of(new CurlOptions(include, silent, showError, fail, head, output, url));
    }

    private static Optional<CurlOptions> refuse(Output out, String message) {
        out.errLine("curl: " + message);
        out.errLine("curl: try 'curl --help' or 'curl --manual' for more information");
        return Optional.empty();
    }
}
