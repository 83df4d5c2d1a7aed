package io.github.berth.console;

/** A tutor command typed at the prompt as a bare word ({@code hint}, {@code next}, ...), one class each. */
interface ReplCommand {
    String name();

    /** One line for {@code help}. */
    String summary();

    void run(Repl repl, String argument);
}
