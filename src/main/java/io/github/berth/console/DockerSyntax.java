package io.github.berth.console;

import io.github.berth.cli.CommandInfo;
import io.github.berth.cli.FlagSpec;
import java.util.List;
import java.util.Optional;

/**
 * The docker command model as the console reads it: which command the words after
 * {@code docker} name, and whether a flag belongs to it. One source for completion and highlighting.
 */
final class DockerSyntax {
    private final List<CommandInfo> commands;

    DockerSyntax(List<CommandInfo> commands) {
        this.commands = List.copyOf(commands);
    }

    List<CommandInfo> commands() {
        return commands;
    }

    /** The command the words after "docker" start with, longest path first ("container ls" before "container"). */
    Optional<CommandInfo> command(List<String> afterDocker) {
        CommandInfo best = null;
        for (CommandInfo c : commands) {
            int n = c.path().size();
            if (afterDocker.size() >= n && afterDocker.subList(0, n).equals(c.path())
                    && (best == null || n > best.path().size())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether some command's path starts with these words ("container" is a group). */
    boolean isGroup(String word) {
        return commands.stream().anyMatch(c -> c.path().size() > 1 && c.path().get(0).equals(word));
    }

    /** Whether {@code word} (such as {@code -dp}, {@code --name=web}, {@code -p8080:80}) is made of {@code command}'s flags. */
    static boolean knownFlag(CommandInfo command, String word) {
        if (word.equals("--help") || word.equals("--")) {
            return true;
        }
        if (word.startsWith("--")) {
            String name = word.substring(2).split("=", 2)[0];
            return command.flags().stream().anyMatch(f -> f.name().equals(name));
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            Optional<FlagSpec> flag = command.flags().stream().filter(f -> f.shorthand() == c).findFirst();
            if (flag.isEmpty()) {
                return false;
            }
            if (flag.get().takesValue()) {
                return true; // the rest of the word is its value
            }
        }
        return word.length() > 1;
    }
}
