package io.github.berth.shell.programs;

import io.github.berth.shell.Output;
import io.github.berth.shell.ShellState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * GNU {@code sleep NUMBER[smhd]...}: returns at once, having moved the sandbox's clock on by the
 * sum of its operands, so that a container started with {@code sleep 30} has finished afterwards.
 */
final class Sleep extends Tool {
    private final ProgramClock clock;

    Sleep(ProgramClock clock) {
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, String stdin, Output out, ShellState state) {
        List<String> operands = args.subList(1, args.size());
        if (!operands.isEmpty() && operands.get(0).equals("--")) {
            operands = operands.subList(1, operands.size());
        }
        if (operands.isEmpty()) {
            out.stderr(usage("sleep", "missing operand"));
            return 1;
        }
        BigDecimal seconds = BigDecimal.ZERO;
        boolean bad = false;
        for (String operand : operands) {
            BigDecimal value = seconds(operand);
            if (value == null) {
                out.errLine("sleep: invalid time interval " + Quote.always(operand));
                bad = true;
            } else {
                seconds = seconds.add(value);
            }
        }
        if (bad) {
            out.stderr("Try 'sleep --help' for more information.\n");
            return 1;
        }
        if (seconds.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)) > 0) {
            seconds = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L);
        }
        clock.advance(Duration.ofNanos(seconds.movePointRight(9).longValue()));
        return 0;
    }

    /** The operand in seconds, or null when it is not a number with an optional unit. */
    static BigDecimal seconds(String operand) {
        if (!operand.matches("(\\d+\\.?\\d*|\\.\\d+)[smhd]?")) {
            return operand.equals("inf") || operand.equals("infinity") ? BigDecimal.valueOf(Long.MAX_VALUE) : null;
        }
        char unit = operand.charAt(operand.length() - 1);
        int factor = switch (unit) {
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86400;
            default -> 1;
        };
        String number = Character.isLetter(unit) ? operand.substring(0, operand.length() - 1) : operand;
        return new BigDecimal(number).multiply(BigDecimal.valueOf(factor));
    }
}
