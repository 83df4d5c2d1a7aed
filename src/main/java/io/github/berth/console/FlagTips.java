package io.github.berth.console;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.FlagSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the docker flag under the cursor does, from the same command model as completion and
 * highlighting: {@code docker run -d▏} gives {@code -d, --detach   Run container in background
 * and print container ID}, in the layout of docker's own help. A group of short flags
 * ({@code -it}) describes each; a flag the command does not have gets pflag's message. A pure
 * function of the line and the cursor; the prompt shows its answer in the status area.
 */
final class FlagTips {
    private FlagTips() {}

    static Optional<String> tip(DockerSyntax syntax, String line, int cursor) {
        List<Words.Word> words = Words.split(line).words();
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (w.start() <= cursor && cursor <= w.end()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Words.Word word = words.get(at);
        if (!word.text().startsWith("-") || word.text().equals("-") || word.quoted()) {
            return Optional.empty();
        }
        List<String> before = new ArrayList<>();
        for (Words.Word w : words.subList(0, at)) {
            if (w.command() == word.command()) {
                before.add(w.text());
            }
        }
        if (before.isEmpty() || !before.get(0).equals("docker")) {
            return Optional.empty();
        }
        List<String> afterDocker = before.subList(1, before.size());
        Optional<CommandInfo> found = syntax.command(afterDocker);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CommandInfo command = found.get();
        if (!command.interspersed() && positionalBefore(command, afterDocker.subList(command.path().size(),
                afterDocker.size()))) {
            return Optional.empty(); // a flag of the container's own command, not docker's
        }
        return Optional.of(describe(command, word.text()));
    }

    /** Whether a word that is neither a flag nor a flag's value comes among {@code args}. */
    private static boolean positionalBefore(CommandInfo command, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-")) {
                return true;
            }
            if (needsNextWord(command, a)) {
                i++;
            }
        }
        return false;
    }

    private static boolean needsNextWord(CommandInfo command, String word) {
        if (word.startsWith("--")) {
            return !word.contains("=") && flag(command, word.substring(2)).map(FlagSpec::takesValue).orElse(false);
        }
        Optional<FlagSpec> last = Optional.empty();
        for (int i = 1; i < word.length(); i++) {
            last = shorthand(command, word.charAt(i));
            if (last.isPresent() && last.get().takesValue()) {
                return i == word.length() - 1;
            }
        }
        return false;
    }

    static String describe(CommandInfo command, String word) {
        if (word.equals("--help")) {
            return "--help   Print usage";
        }
        if (word.startsWith("--")) {
            String name = word.substring(2).split("=", 2)[0];
            return flag(command, name).map(FlagTips::line)
                    // pflag: "unknown flag: --%s" (flag.go, parseLongArg)
                    .orElse("unknown flag: --" + name + " (docker " + String.join(" ", command.path())
                            + " does not have it)");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            Optional<FlagSpec> flag = shorthand(command, c);
            if (flag.isEmpty()) {
                // pflag: "unknown shorthand flag: %q in -%s" (flag.go, parseSingleShortArg)
                parts.add("unknown shorthand flag: '" + c + "' in -" + word.substring(i));
                break;
            }
            parts.add(line(flag.get()));
            if (flag.get().takesValue()) {
                break; // the rest of the word is its value
            }
        }
        return String.join("  ·  ", parts);
    }

    /** As docker's help lists a flag: {@code -d, --detach} or {@code --name string}, then its usage. */
    private static String line(FlagSpec f) {
        String names = (f.shorthand() != 0 ? "-" + f.shorthand() + ", " : "") + "--" + f.name()
                + (f.takesValue() ? " " + f.valueType() : "");
        return names + "   " + f.usage();
    }

    private static Optional<FlagSpec> flag(CommandInfo command, String name) {
        return command.flags().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Optional<FlagSpec> shorthand(CommandInfo command, char c) {
        return command.flags().stream().filter(f -> f.shorthand() == c).findFirst();
    }
}
