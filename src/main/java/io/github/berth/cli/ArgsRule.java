package io.github.berth.cli;

import java.util.Optional;

/**
 * How many positional arguments a command accepts, with docker/cli's wording when the count is
 * wrong (cli/required.go at v28.2.2, including its "See" versus "Run" and the "SRun" typo).
 */
public sealed interface ArgsRule {
    /** The error text for {@code count} arguments, or empty when the count is fine. */
    Optional<String> check(String commandPath, String useLine, int count);

    record None() implements ArgsRule {
        @Override
        public Optional<String> check(String path, String use, int count) {
            return count == 0 ? Optional.empty() : Optional.of(String.format(
                    "docker: '%1$s' accepts no arguments\n\nUsage:  %2$s\n\nRun '%1$s --help' for more information",
                    path, use));
        }
    }

    record AtLeast(int min) implements ArgsRule {
        @Override
        public Optional<String> check(String path, String use, int count) {
            return count >= min ? Optional.empty() : Optional.of(String.format(
                    "docker: '%1$s' requires at least %2$d %3$s\n\nUsage:  %4$s\n\nSee '%1$s --help' for more information",
                    path, min, plural(min), use));
        }
    }

    record AtMost(int max) implements ArgsRule {
        @Override
        public Optional<String> check(String path, String use, int count) {
            return count <= max ? Optional.empty() : Optional.of(String.format(
                    "docker: '%1$s' requires at most %2$d %3$s\n\nUsage:  %4$s\n\nSRun '%1$s --help' for more information",
                    path, max, plural(max), use));
        }
    }

    record Exactly(int number) implements ArgsRule {
        @Override
        public Optional<String> check(String path, String use, int count) {
            return count == number ? Optional.empty() : Optional.of(String.format(
                    "docker: '%1$s' requires %2$d %3$s\n\nUsage:  %4$s\n\nRun '%1$s --help' for more information",
                    path, number, plural(number), use));
        }
    }

    record Between(int min, int max) implements ArgsRule {
        @Override
        public Optional<String> check(String path, String use, int count) {
            return count >= min && count <= max ? Optional.empty() : Optional.of(String.format(
                    "docker: '%1$s' requires at least %2$d and at most %3$d %4$s\n\nUsage:  %5$s\n\nRun '%1$s --help' for"
                            + " more information", path, min, max, plural(max), use));
        }
    }

    private static String plural(int n) {
        return n == 1 ? "argument" : "arguments";
    }
}
