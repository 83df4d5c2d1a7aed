package io.github.berth.cli;

import java.time.Duration;
import java.util.Locale;

/** Human-readable durations and sizes, worded as docker/go-units words them (v0.5.0, vendored in docker/cli v28.2.2). */
public final class Units {
    private Units() {}

    /** go-units HumanDuration. */
    public static String humanDuration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = (long) (d.toMillis() / 3_600_000.0 + 0.5);
        if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return d.toHours() / 24 / 365 + " years";
    }

    private static final String[] DECIMAL_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    /** go-units HumanSizeWithPrecision(size, 3): decimal units and Go's {@code %.3g}. */
    public static String humanSize(double size) {
        int unit = 0;
        while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
            size /= 1000;
            unit++;
        }
        return formatG3(size) + DECIMAL_UNITS[unit];
    }

    /** go-units HumanSize: HumanSizeWithPrecision(size, 4), Go's {@code %.4g}. */
    public static String humanSize4(double size) {
        int unit = 0;
        while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
            size /= 1000;
            unit++;
        }
        if (size == 0) {
            return "0" + DECIMAL_UNITS[unit];
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(size)));
        String text = String.format(Locale.ROOT, "%." + Math.max(0, 3 - exponent) + "f", size);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text + DECIMAL_UNITS[unit];
    }

    /** Go's {@code %.3g} for values below 1000: three significant digits, trailing zeros dropped. */
    static String formatG3(double value) {
        if (value == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, 2 - exponent);
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        // rounding can reach the next power of ten: 999.5 is "1e+03" in Go, never shown here
        return text;
    }
}
