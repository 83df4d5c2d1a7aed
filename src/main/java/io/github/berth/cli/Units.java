package io.github.berth.cli;

import java.time.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Human-readable durations and sizes, worded as docker/go-units words them (v0.5.0, vendored in docker/cli v28.2.2). */
public final class Units {
    private Units() {}

    /** go-units HumanDuration. */
    public static String humanDuration(Duration d) {
        return humanDurationText(humanDurationKey(d));
    }

    // HumanDuration's words as a unit and a count, packed into one long by humanDurationKey
    private static final int LESS_THAN_A_SECOND = 0;
    private static final int SECONDS = 1;
    private static final int ABOUT_A_MINUTE = 2;
    private static final int MINUTES = 3;
    private static final int ABOUT_AN_HOUR = 4;
    private static final int HOURS = 5;
    private static final int DAYS = 6;
    private static final int WEEKS = 7;
    private static final int MONTHS = 8;
    private static final int YEARS = 9;

    /**
     * Which words go-units HumanDuration chooses for {@code d}, as one number (the count times 16
     * plus the unit): two durations with the same key have the same text, so a caller listing many
     * can reuse the text it made last ({@link #humanDurationText} makes it).
     */
    static long humanDurationKey(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) {
            return LESS_THAN_A_SECOND;
        } else if (seconds < 60) {
            return key(SECONDS, seconds);
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return ABOUT_A_MINUTE;
        } else if (minutes < 60) {
            return key(MINUTES, minutes);
        }
        long hours = (long) (d.toMillis() / 3_600_000.0 + 0.5);
        if (hours == 1) {
            return ABOUT_AN_HOUR;
        } else if (hours < 48) {
            return key(HOURS, hours);
        } else if (hours < 24 * 7 * 2) {
            return key(DAYS, hours / 24);
        } else if (hours < 24 * 30 * 2) {
            return key(WEEKS, hours / 24 / 7);
        } else if (hours < 24 * 365 * 2) {
            return key(MONTHS, hours / 24 / 30);
        }
        return key(YEARS, d.toHours() / 24 / 365);
    }

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HALF_HOUR = 30 * MINUTE;

    /**
     * The first duration after {@code elapsedNanos} at which {@link #humanDurationKey} may give other
     * words: the next whole second below a minute, the next whole minute below an hour, beyond that
     * the next half hour (hours are rounded, so the count changes on half hours; days and longer
     * change less often, and an early answer only means the words are worked out again).
     */
    static long humanDurationChange(long elapsedNanos) {
        long step = elapsedNanos < MINUTE ? SECOND : elapsedNanos < 60 * MINUTE ? MINUTE : HALF_HOUR;
        if (elapsedNanos < SECOND) {
            return SECOND;
        }
        long next = (elapsedNanos / step + 1) * step;
        return next < 0 ? Long.MAX_VALUE : next;
    }

    private static long key(int unit, long count) {
        return count << 4 | unit;
    }

    /** The text of a {@link #humanDurationKey}. */
    static String humanDurationText(long key) {
        long count = key >>> 4;
        switch ((int) (key & 15)) {
            case LESS_THAN_A_SECOND:
                return "Less than a second";
            case SECONDS:
                return count == 1 ? "1 second" : count + " seconds";
            case ABOUT_A_MINUTE:
                return "About a minute";
            case MINUTES:
                return count + " minutes";
            case ABOUT_AN_HOUR:
                return "About an hour";
            case HOURS:
                return count + " hours";
            case DAYS:
                return count + " days";
            case WEEKS:
                return count + " weeks";
            case MONTHS:
                return count + " months";
            default:
                return count + " years";
        }
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
        return withoutTrailingZeros(fixed(size, Math.max(0, 3 - exponent))) + DECIMAL_UNITS[unit];
    }

    /** Go's {@code %.3g} for values below 1000: three significant digits, trailing zeros dropped. */
    static String formatG3(double value) {
        if (value == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, 2 - exponent);
        String text = withoutTrailingZeros(fixed(value, decimals));
        // rounding can reach the next power of ten: 999.5 is "1e+03" in Go, never shown here
        return text;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.Nf", value)} without the formatter's cost (a locale
     * lookup per call, the larger part of {@code docker images}' time): Java's formatter rounds the
     * digits {@link Double#toString} gives half up to N decimals, as this does (UnitsTest compares
     * the two).
     */
    static String fixed(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A decimal text without the zeros after its point, nor the point if nothing is left after it. */
    private static String withoutTrailingZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }
}
