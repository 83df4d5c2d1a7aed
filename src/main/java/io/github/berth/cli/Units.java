package io.github.berth.cli;

import java.time.Duration;
import java.math.BigDecimal;
import java.math.MathContext;
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

    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    /** go-units BytesSize: powers of 1024 and Go's {@code %.4g} ({@code 5.207MiB}). */
    static String bytesSize(double size) {
        int unit = 0;
        while (size >= 1024 && unit < BINARY_UNITS.length - 1) {
            size /= 1024;
            unit++;
        }
        return formatG(size, 4) + BINARY_UNITS[unit];
    }

    /** go-units HumanSize: HumanSizeWithPrecision(size, 4), Go's {@code %.4g}. */
    public static String humanSize4(double size) {
        int unit = 0;
        while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
            size /= 1000;
            unit++;
        }
        return formatG(size, 4) + DECIMAL_UNITS[unit];
    }

    /** Go's {@code %.3g}. */
    static String formatG3(double value) {
        return formatG(value, 3);
    }

    /**
     * Go's {@code %.Ng} (strconv.FormatFloat(v, 'g', N, 64)): the exact binary value rounded to N
     * significant digits, a tie to even (10.25 is "10.2"), trailing zeros dropped, and the exponent
     * form when the decimal exponent is below -4 or at least N (999.5 to three digits is "1e+03").
     */
    static String formatG(double value, int precision) {
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
        }
        String digits = null;
        int dp = 0; // the value is 0.digits times ten to the dp
        double abs = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(abs));
        double scaled = abs * Math.pow(10, precision - 1 - exponent);
        double floor = Math.floor(scaled);
        double low = Math.pow(10, precision - 1);
        if (scaled >= low && scaled < low * 10 && Math.abs(scaled - floor - 0.5) > 1e-6 && scaled < 1e15) {
            // far from a tie: the double arithmetic decides the rounding as the exact value would
            long n = (long) floor + (scaled - floor > 0.5 ? 1 : 0);
            dp = exponent + 1;
            if (n == (long) low * 10) {
                n = (long) low;
                dp++;
            }
            while (n % 10 == 0) {
                n /= 10;
            }
            digits = Long.toString(n);
        }
        if (digits == null) {
            BigDecimal rounded = new BigDecimal(value).abs()
                    .round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = rounded.unscaledValue().toString();
            dp = digits.length() - rounded.scale();
        }
        int nd = digits.length();
        String sign = value < 0 ? "-" : "";
        int eprec = precision;
        if (eprec > nd && nd >= dp) {
            eprec = nd;
        }
        int exp = dp - 1;
        if (exp < -4 || exp >= eprec) {
            String mantissa = nd > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            int e = Math.abs(exp);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
        }
        // fmtF with max(precision - dp, 0) digits after the point: exactly the digits there are
        StringBuilder text = new StringBuilder(sign);
        if (dp <= 0) {
            text.append("0.").append("0".repeat(-dp)).append(digits);
        } else if (nd <= dp) {
            text.append(digits).append("0".repeat(dp - nd));
        } else {
            text.append(digits, 0, dp).append('.').append(digits, dp, nd);
        }
        return text.toString();
    }
}
