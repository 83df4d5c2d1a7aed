package io.github.berth.console;

import io.github.berth.cli.CommandInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line as it is typed: docker and its known commands, known flags, quoted text, and
 * in red what docker would reject (an unknown command, a flag the command does not have), so a
 * mistake shows before Enter. A pure function of the text; it never changes the text.
 */
final class CommandHighlighter implements Highlighter {
    enum Role { PLAIN, COMMAND, FLAG, STRING, ERROR, TUTOR }

    private final Supplier<DockerSyntax> syntax;
    private final Set<String> tutorCommands;
    private final Theme theme;

    CommandHighlighter(Supplier<DockerSyntax> syntax, Set<String> tutorCommands, Theme theme) {
        this.syntax = syntax;
        this.tutorCommands = Set.copyOf(tutorCommands);
        this.theme = theme;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        Role[] roles = roles(buffer);
        AttributedStringBuilder sb = new AttributedStringBuilder();
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(style(roles[i])).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    /** The role of each character of {@code buffer}. */
    Role[] roles(String buffer) {
        Role[] roles = new Role[buffer.length()];
        java.util.Arrays.fill(roles, Role.PLAIN);
        List<Words.Word> words = Words.split(buffer).words();
        int i = 0;
        while (i < words.size()) {
            int command = words.get(i).command();
            List<Words.Word> group = new ArrayList<>();
            while (i < words.size() && words.get(i).command() == command) {
                group.add(words.get(i++));
            }
            mark(group, roles);
        }
        return roles;
    }

    private void mark(List<Words.Word> group, Role[] roles) {
        for (Words.Word w : group) {
            if (w.quoted()) {
                set(roles, w, Role.STRING);
            }
        }
        Words.Word first = group.get(0);
        if (group.size() <= 2 && tutorCommands.contains(first.text()) && first.command() == 0) {
            set(roles, first, Role.TUTOR);
            return;
        }
        if (!first.text().equals("docker")) {
            return;
        }
        set(roles, first, Role.COMMAND);
        List<Words.Word> rest = group.subList(1, group.size());
        List<String> texts = rest.stream().map(Words.Word::text).toList();
        int firstPositional = 0;
        while (firstPositional < texts.size() && texts.get(firstPositional).startsWith("-")) {
            firstPositional++; // docker's own options (not modelled yet) come before the command
        }
        if (firstPositional >= texts.size()) {
            return;
        }
        Optional<CommandInfo> command = syntax.get().command(texts.subList(firstPositional, texts.size()));
        if (command.isEmpty()) {
            // "docker contaner": unknown; "docker container frob": a known group, an unknown command in it
            Words.Word word = rest.get(firstPositional);
            boolean isGroup = syntax.get().isGroup(word.text());
            set(roles, word, isGroup ? Role.COMMAND : Role.ERROR);
            if (isGroup && firstPositional + 1 < rest.size()) {
                set(roles, rest.get(firstPositional + 1), Role.ERROR);
            }
            return;
        }
        CommandInfo info = command.get();
        int index = firstPositional;
        for (int k = 0; k < info.path().size(); k++) {
            set(roles, rest.get(index++), Role.COMMAND);
        }
        boolean flagsEnded = false;
        boolean takesValue = false;
        for (; index < rest.size(); index++) {
            Words.Word w = rest.get(index);
            if (takesValue) {
                takesValue = false;
                continue;
            }
            if (flagsEnded || w.quoted() || !w.text().startsWith("-") || w.text().equals("-")) {
                if (!info.interspersed()) {
                    flagsEnded = true;
                }
                continue;
            }
            if (w.text().equals("--")) {
                flagsEnded = true;
                continue;
            }
            boolean known = DockerSyntax.knownFlag(info, w.text());
            set(roles, w, known ? Role.FLAG : Role.ERROR);
            takesValue = known && lastTakesValueWithoutArgument(info, w.text());
        }
    }

    private static final Pattern LONG_WITH_VALUE = Pattern.compile("--[^=]+=.*");

    /** Whether the flag word ends with a flag whose value is the next word ({@code --name web}, {@code -dp 80:80}). */
    private static boolean lastTakesValueWithoutArgument(CommandInfo info, String word) {
        if (word.startsWith("--")) {
            return !LONG_WITH_VALUE.matcher(word).matches() && info.flags().stream()
                    .anyMatch(f -> f.name().equals(word.substring(2)) && f.takesValue());
        }
        char last = word.charAt(word.length() - 1);
        boolean valueFlagInside = false;
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            valueFlagInside |= info.flags().stream().anyMatch(f -> f.shorthand() == c && f.takesValue());
        }
        return !valueFlagInside && info.flags().stream().anyMatch(f -> f.shorthand() == last && f.takesValue());
    }

    private static void set(Role[] roles, Words.Word w, Role role) {
        for (int i = w.start(); i < w.end() && i < roles.length; i++) {
            roles[i] = role;
        }
    }

    private AttributedStyle style(Role role) {
        if (theme.plain()) {
            return AttributedStyle.DEFAULT;
        }
        switch (role) {
            case COMMAND:
                return AttributedStyle.BOLD;
            case FLAG:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case STRING:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case ERROR:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
            case TUTOR:
                return AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
            default:
                return AttributedStyle.DEFAULT;
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
}
