package io.github.berth.engine.dockerfile;

import java.util.List;

/** A parsed Dockerfile: its instructions in order, the escape character in force, directives and warnings. */
public record ParseResult(List<Instruction> instructions, int escapeToken, List<Directive> directives,
        List<ParseWarning> warnings) {

    public ParseResult {
        instructions = List.copyOf(instructions);
        directives = List.copyOf(directives);
        warnings = List.copyOf(warnings);
    }

    /** BuildKit's dump format: one parenthesised line per instruction, each line ending in a newline. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        for (Instruction i : instructions) {
            out.append('(').append(i.dump()).append(")\n");
        }
        return out.toString();
    }

    /** The first line of the first instruction. */
    public int startLine() {
        return instructions.get(0).startLine();
    }

    /** The last line of the last instruction (heredoc bodies included). */
    public int endLine() {
        return instructions.get(instructions.size() - 1).endLine();
    }
}
