package io.github.berth.engine.build;

import io.github.berth.engine.ImageConfig;
import io.github.berth.engine.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HEALTHCHECK's settings (instructions/parse.go parseHealthcheck): NONE, CMD (exec or shell form) and its flags. */
final class Healthchecks {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private Healthchecks() {}

    static ImageConfig.Healthcheck parse(Instruction i, StageState st) {
        List<String> words = i.words();
        if (words.get(0).equalsIgnoreCase("NONE")) {
            return new ImageConfig.Healthcheck(List.of("NONE"), 0, 0, 0, 0, 0);
        }
        List<String> test = new ArrayList<>();
        List<String> rest = words.subList(1, words.size());
        if (i.json()) {
            test.add("CMD");
            test.addAll(rest);
        } else {
            test.add("CMD-SHELL");
            test.add(String.join(" ", rest));
        }
        String retries = Flags.value(i.flags(), "retries");
        return new ImageConfig.Healthcheck(test, nanos(Flags.value(i.flags(), "interval")),
                nanos(Flags.value(i.flags(), "timeout")), nanos(Flags.value(i.flags(), "start-period")),
                nanos(Flags.value(i.flags(), "start-interval")), retries == null ? 0 : Integer.parseInt(retries));
    }

    /** Go's time.ParseDuration for the usual forms ("30s", "1m30s"), in nanoseconds; 0 when absent. */
    static long nanos(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = PART.matcher(text);
        double total = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            total += v * switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
        }
        return (long) total;
    }

    /** Go's %q of the HealthcheckConfig pointer, as convert.go writes it into history. */
    static String describe(ImageConfig.Healthcheck h) {
        return "&{" + ImageIds.goQuoteList(h.test()) + " " + duration(h.interval()) + " " + duration(h.timeout()) + " "
                + duration(h.startPeriod()) + " " + duration(h.startInterval()) + " "
                + String.format("'\\x%02x'", h.retries()) + "}";
    }

    private static String duration(long nanos) {
        if (nanos == 0) {
            return "\"0s\"";
        }
        long s = nanos / 1_000_000_000L;
        return "\"" + (s >= 60 ? (s / 60) + "m" + (s % 60) + "s" : s + "s") + "\"";
    }
}
