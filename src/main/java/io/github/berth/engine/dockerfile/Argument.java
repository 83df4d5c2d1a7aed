package io.github.berth.engine.dockerfile;

/** One argument node of an instruction: a word, or (for ONBUILD) the wrapped instruction. */
public sealed interface Argument permits Argument.Word, Argument.Sub {
    /** BuildKit's Dump form of this argument. */
    String dump();

    record Word(String value) implements Argument {
        @Override
        public String dump() {
            return GoText.quote(value);
        }
    }

    record Sub(Instruction instruction) implements Argument {
        @Override
        public String dump() {
            return "(" + instruction.dump() + ")";
        }
    }
}
