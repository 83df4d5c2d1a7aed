package io.github.berth.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The parts of a shell's state that only its own builtins and special parameters use: traps,
 * background jobs, {@code $RANDOM}'s generator, the clock behind {@code $SECONDS} and the line
 * count behind {@code $LINENO}.
 */
final class ShellExtras {
    /** A finished background job: its number, process id, command text and status. */
    record Job(int number, int pid, String command, int status, int round) {}

    /** Trap commands by signal name ({@code EXIT}, {@code ERR}, {@code INT}, …), in the order set. */
    final Map<String, String> traps = new LinkedHashMap<>();
    /** Background jobs not yet reported by {@code jobs} or waited for. */
    final List<Job> jobs = new ArrayList<>();
    /** Each job's status by process id, for {@code wait PID}. */
    final Map<Integer, Integer> finished = new LinkedHashMap<>();
    /** {@code $!}: the last background job's process id, 0 before any. */
    int lastBackground;
    int nextPid = 4243;
    /** bash's generator state (rseed in variables.c) and the last value given. */
    long rseed;
    int lastRandom;
    LongSupplier clock = () -> 0L;
    long secondsBase;
    /** Lines read before the current input, for $LINENO at an interactive prompt. */
    int lineOffset;
    int line = 1;
    /** Running a command string ({@code bash -c}): {@code $-} then ends in {@code c}. */
    boolean commandString;
    /** bash's {@code shopt} options (a subshell inherits them, a new shell starts from the defaults). */
    Map<String, Boolean> shopts = ShoptBuiltin.DEFAULT_OPTIONS;

    ShellExtras() {
        this(0);
    }

    ShellExtras(long seed) {
        this.rseed = seed & 0xffffffffL;
    }

    ShellExtras subshell() {
        ShellExtras e = new ShellExtras(rseed);
        e.lastRandom = lastRandom;
        e.clock = clock;
        e.secondsBase = secondsBase;
        e.lastBackground = lastBackground;
        e.nextPid = nextPid + 1;
        e.lineOffset = lineOffset;
        e.line = line;
        e.commandString = commandString;
        e.shopts = shopts;
        return e;
    }

    ShellExtras child() {
        ShellExtras e = new ShellExtras(rseed * 31 + 7);
        e.clock = clock;
        e.secondsBase = clock.getAsLong();
        e.nextPid = nextPid + 1;
        return e;
    }

    /**
     * The next {@code $RANDOM}: bash 5.2's brand() (Park and Miller's minimal standard generator,
     * the high and low halves folded, 15 bits), never the same value twice in a row.
     */
    int random() {
        int rv;
        do {
            rseed = intrand32(rseed);
            rv = (int) (((rseed >> 16) ^ (rseed & 65535)) & 32767);
        } while (rv == lastRandom);
        lastRandom = rv;
        return rv;
    }

    /** {@code RANDOM=n}: seeds the generator as bash's sbrand does. */
    void seed(long seed) {
        rseed = seed & 0xffffffffL;
        lastRandom = 0;
    }

    private static long intrand32(long last) {
        if (last == 0) {
            last = 123459876;
        }
        long h = last / 127773;
        long l = last % 127773;
        long t = 16807 * l - 2836 * h;
        if (t < 0) {
            t += 0x7fffffff;
        }
        return t & 0xffffffffL;
    }

    long seconds() {
        return (clock.getAsLong() - secondsBase) / 1000;
    }
}
