package io.github.berth.engine.dockerfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One parsed instruction, BuildKit's {@code parser.Node} at the top level. {@code keyword} is as written
 * (case kept); {@code flags} are the leading {@code --flag} words; {@code json} is set for the exec form;
 * lines are 1-based and inclusive (0 for the instruction inside ONBUILD).
 */
public record Instruction(String keyword, List<String> flags, List<Argument> args, boolean json,
        List<Heredoc> heredocs, String original, int startLine, int endLine, List<String> comments) {

    public Instruction {
        flags = List.copyOf(flags);
        args = List.copyOf(args);
        heredocs = List.copyOf(heredocs);
        comments = List.copyOf(comments);
    }

    /** The keyword in lower case, as BuildKit dispatches on it. */
    public String command() {
        return lower(keyword);
    }

    /** The argument words (an ONBUILD's wrapped instruction is not a word and is skipped). */
    public List<String> words() {
        return args.stream().filter(a -> a instanceof Argument.Word).map(a -> ((Argument.Word) a).value())
                .collect(Collectors.toList());
    }

    Instruction withHeredocs(List<Heredoc> docs) {
        return new Instruction(keyword, flags, args, json, docs, original, startLine, endLine, comments);
    }

    Instruction withLines(int start, int end) {
        return new Instruction(keyword, flags, args, json, heredocs, original, start, end, comments);
    }

    /** parser.go, Node.Dump: {@code run ["--flag"] "arg" …} without the surrounding parentheses. */
    public String dump() {
        StringBuilder out = new StringBuilder(lower(keyword));
        if (!flags.isEmpty()) {
            out.append(" [").append(flags.stream().map(GoText::quote).collect(Collectors.joining(" "))).append(']');
        }
        for (Argument arg : args) {
            out.append(' ').append(arg.dump());
        }
        return GoText.trimSpace(out.toString());
    }

    /** Go's strings.ToLower: simple per-rune mapping. */
    static String lower(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }
}
