package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * GNU {@code date [-u] [-d DATE] [-R|-I[TIMESPEC]] [+FORMAT]} on the sandbox's clock, never the
 * host's. The sandbox's time zone is UTC. {@code -d} knows {@code @SECONDS}, {@code YYYY-MM-DD}
 * and {@code YYYY-MM-DD HH:MM[:SS]}; setting the date is refused as for a user without CAP_SYS_TIME.
 */
final class DateTool extends Tool {
    private final ProgramClock clock;

    DateTool(ProgramClock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        Options opts = Options.parse("date", args, "uRI", "d");
        if (opts.error() != null) {
            out.stderr(opts.error());
            return 1;
        }
        ZonedDateTime when = clock.now().atZone(ZoneOffset.UTC);
        if (opts.has('d')) {
            when = parse(opts.value('d'));
            if (when == null) {
                out.errLine("date: invalid date " + Quote.always(opts.value('d')));
                return 1;
            }
        }
        String format = "%a %b %e %H:%M:%S %Z %Y";
        if (opts.has('R')) {
            format = "%a, %d %b %Y %H:%M:%S %z";
        } else if (opts.has('I')) {
            format = "%Y-%m-%d";
        }
        List<String> ops = opts.operands();
        if (!ops.isEmpty()) {
            if (ops.get(0).startsWith("+")) {
                if (ops.size() > 1) {
                    out.stderr(usage("date", "extra operand " + Quote.always(ops.get(1))));
                    return 1;
                }
                format = ops.get(0).substring(1);
            } else if (ops.get(0).matches("\\d{8,12}(\\.\\d\\d)?")) {
                out.errLine("date: cannot set date: Operation not permitted");
                return 1;
            } else {
                out.errLine("date: invalid date " + Quote.always(ops.get(0)));
                return 1;
            }
        }
        out.outLine(format(format, when));
        return 0;
    }

    private static ZonedDateTime parse(String text) {
        String t = text.strip();
        try {
            if (t.startsWith("@")) {
                return Instant.ofEpochSecond(Long.parseLong(t.substring(1))).atZone(ZoneOffset.UTC);
            }
            if (t.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC);
            }
            if (t.matches("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?")) {
                String iso = t.replace(' ', 'T');
                return LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso).atZone(ZoneOffset.UTC);
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** strftime in the C locale, for the conversions people type. */
    static String format(String format, ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char f = format.charAt(++i);
            switch (f) {
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", t));
                case 'C' -> sb.append(two(t.getYear() / 100));
                case 'd' -> sb.append(two(t.getDayOfMonth()));
                case 'D' -> sb.append(format("%m/%d/%y", t));
                case 'e' -> sb.append(String.format("%2d", t.getDayOfMonth()));
                case 'F' -> sb.append(format("%Y-%m-%d", t));
                case 'G' -> sb.append(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'H' -> sb.append(two(t.getHour()));
                case 'I' -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'k' -> sb.append(String.format("%2d", t.getHour()));
                case 'l' -> sb.append(String.format("%2d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'm' -> sb.append(two(t.getMonthValue()));
                case 'M' -> sb.append(two(t.getMinute()));
                case 'n' -> sb.append('\n');
                case 'N' -> sb.append(String.format("%09d", t.getNano()));
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'P' -> sb.append(t.getHour() < 12 ? "am" : "pm");
                case 'r' -> sb.append(format("%I:%M:%S %p", t));
                case 'R' -> sb.append(format("%H:%M", t));
                case 's' -> sb.append(t.toEpochSecond());
                case 'S' -> sb.append(two(t.getSecond()));
                case 't' -> sb.append('\t');
                case 'T' -> sb.append(format("%H:%M:%S", t));
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'V' -> sb.append(two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'x' -> sb.append(format("%m/%d/%y", t));
                case 'X' -> sb.append(format("%H:%M:%S", t));
                case 'y' -> sb.append(two(t.getYear() % 100));
                case 'Y' -> sb.append(t.get(ChronoField.YEAR));
                case 'z' -> sb.append("+0000");
                case 'Z' -> sb.append("UTC");
                case '%' -> sb.append('%');
                default -> sb.append('%').append(f);
            }
        }
        return sb.toString();
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
