package io.github.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker/go-units v0.5.0 (vendored by docker/cli v28.2.2): duration.go HumanDuration and
 * size.go HumanSizeWithPrecision(size, 3) = fmt "%.3g" + decimal unit ("B", "kB", "MB", ...).
 */
class UnitsTest {
    private static Duration d(String iso) {
        return Duration.parse(iso);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "PT0S          | Less than a second",
        "PT0.999S      | Less than a second",
        "PT-5S         | Less than a second",
        "PT1S          | 1 second",
        "PT1.999S      | 1 second",
        "PT2S          | 2 seconds",
        "PT59.999S     | 59 seconds",
        "PT60S         | About a minute",
        "PT1M59S       | About a minute",
        "PT2M          | 2 minutes",
        "PT59M59S      | 59 minutes",
        "PT60M         | About an hour",
        "PT89M59S      | About an hour",
        "PT90M         | 2 hours",
        "PT47H29M59S   | 47 hours",
        "PT47H30M      | 2 days",
        "PT335H29M59S  | 13 days",
        "PT335H30M     | 2 weeks",
        "PT1439H29M59S | 8 weeks",
        "PT1439H30M    | 2 months",
        "PT17519H29M59S | 24 months",
        "PT17519H30M   | 1 years",
        "PT26280H      | 3 years",
    })
    void humanDuration(String iso, String expected) {
        assertEquals(expected, Units.humanDuration(d(iso)));
    }

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0          | 0B",
        "1          | 1B",
        "999        | 999B",
        "1000       | 1kB",
        "1001       | 1kB",
        "1500       | 1.5kB",
        "10072      | 10.1kB",
        "13256      | 13.3kB",
        "99999      | 100kB",
        "123456     | 123kB",
        "999499     | 999kB",
        "1000000    | 1MB",
        "1234567    | 1.23MB",
        "7800000    | 7.8MB",
        "187654321  | 188MB",
        "1000000000 | 1GB",
        "1e12       | 1TB",
        "1e15       | 1PB",
        "1e18       | 1EB",
        "1e21       | 1ZB",
        "1e24       | 1YB",
        "5e26       | 500YB",
    })
    void humanSize(double bytes, String expected) {
        assertEquals(expected, Units.humanSize(bytes));
    }

    /**
     * Go's %.3g rounds a tie to even (strconv ryuFtoaFixed / decimal.shouldRoundUp): 10.25 -> "10.2",
     * 1.125 -> "1.12"; and 999.5 rounds up to 1000, which %g writes in exponent form, "1e+03".
     */
    @Test
    void goRoundsTiesToEvenAndSwitchesToExponentForm() {
        assertEquals("10.2kB", Units.humanSize(10250));
        assertEquals("1.12kB", Units.humanSize(1125));
        assertEquals("1e+03kB", Units.humanSize(999500));
    }

    /**
     * {@code %.3g} and {@code %.4g} of 829 values (sizes divided down as go-units does, exact binary
     * ties such as k/8 and k/16, powers of ten) as the docker 28.2.2 client printed them:
     * {@code docker version --format '{{printf "%.3g %.4g" V V}}'} runs Go's fmt without a daemon.
     */
    @Test
    void formatGIsWhatGoPrintfGives() throws java.io.IOException {
        int compared = 0;
        try (var in = UnitsTest.class.getResourceAsStream("go-printf-g.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                double value = Double.parseDouble(f[0]);
                assertEquals(f[1], Units.formatG(value, 3), f[0] + " %.3g");
                assertEquals(f[2], Units.formatG(value, 4), f[0] + " %.4g");
                compared++;
            }
        }
        assertEquals(829, compared);
    }

    /**
     * formatG decides most roundings in double arithmetic and falls back to the exact binary value near a
     * tie; the digits must be those of the exact value rounded half to even, for every kind of value.
     */
    @Test
    void fastPathAgreesWithExactRounding() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble() * Math.pow(10, random.nextInt(8) - 3);
                case 1 -> random.nextInt(1_000_000) / 8.0 / Math.pow(10, random.nextInt(4));
                case 2 -> (double) random.nextLong(1L << 50) / Math.pow(1000, 1 + random.nextInt(4));
                default -> Math.round(random.nextDouble() * 1e6) / 1e3;
            };
            for (int precision : new int[] {3, 4}) {
                java.math.BigDecimal exact = new java.math.BigDecimal(v).round(
                        new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
                if (v == 0) {
                    continue;
                }
                String g = Units.formatG(v, precision);
                java.math.BigDecimal shown = new java.math.BigDecimal(g.replace("e+", "E+").replace("e-", "E-"));
                assertEquals(0, exact.compareTo(shown), v + " to " + precision + ": " + g);
            }
        }
    }
}
