package io.github.berth.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What berth reads from a Flask {@code app.py}: where {@code app.run()} listens (Flask's defaults
 * 127.0.0.1 and 5000), what the first route returns, and the first line naming flask, which the
 * traceback quotes when Flask is not installed.
 */
record FlaskScript(String host, int port, String body, int importLine, String importText) {
    private static final Pattern RUN = Pattern.compile("\\.run\\(([^)]*)\\)");
    private static final Pattern HOST = Pattern.compile("host\\s*=\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern PORT = Pattern.compile("port\\s*=\\s*([0-9]+)");
    private static final Pattern RETURN = Pattern.compile("return\\s+[uf]?['\"](.*?)['\"]");

    static FlaskScript parse(String code) {
        Matcher run = RUN.matcher(code);
        String runArgs = run.find() ? run.group(1) : "";
        Matcher host = HOST.matcher(runArgs);
        Matcher port = PORT.matcher(runArgs);
        Matcher ret = RETURN.matcher(code);
        String[] lines = code.split("\n");
        int importLine = 0;
        for (int i = 0; i < lines.length && importLine == 0; i++) {
            if (lines[i].contains("flask")) {
                importLine = i + 1;
            }
        }
        return new FlaskScript(host.find() ? host.group(1) : "127.0.0.1",
                port.find() ? Integer.parseInt(port.group(1)) : 5000,
                ret.find() ? ret.group(1) : "",
                importLine, importLine == 0 ? "" : lines[importLine - 1].trim());
    }
}
