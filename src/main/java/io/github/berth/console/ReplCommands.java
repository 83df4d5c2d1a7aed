package io.github.berth.console;

import io.github.berth.tutor.LessonList;
import io.github.berth.tutor.lesson.Lesson;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The tutor commands, in the order {@code help} lists them. */
final class ReplCommands {
    private ReplCommands() {}

    static List<ReplCommand> all() {
        return List.of(new Help(), new Step(), new Hint(), new Solution(), new Check(), new Next(), new Back(), new Undo(),
                new Reset(),
                new Lessons(), new OpenLesson(), new ProgressCommand(), new ExplainCommand(), new LayersCommand(), new EditCommand("edit"),
                new EditCommand("nano"), new Quit());
    }

    static final class Help implements ReplCommand {
        public String name() {
            return "help";
        }

        public String summary() {
            return "list these commands";
        }

        public void run(Repl repl, String argument) {
            repl.println("Type shell and docker commands as on a real machine. berth's own commands:");
            for (ReplCommand c : repl.commands()) {
                repl.println(String.format("  %-10s %s", c.name(), c.summary()), " ".repeat(13));
            }
            repl.println("Ctrl-C clears the line; Ctrl-D or `quit` saves and leaves.");
        }
    }

    static final class Step implements ReplCommand {
        public String name() {
            return "step";
        }

        public String summary() {
            return "show the current step again";
        }

        public void run(Repl repl, String argument) {
            repl.show(repl.tutor().showStep());
        }
    }

    static final class Hint implements ReplCommand {
        public String name() {
            return "hint";
        }

        public String summary() {
            return "show the next hint for this step";
        }

        public void run(Repl repl, String argument) {
            repl.show(repl.tutor().hint());
        }
    }

    static final class Solution implements ReplCommand {
        public String name() {
            return "solution";
        }

        public String summary() {
            return "show a solution (asks first; it is noted in your progress)";
        }

        public void run(Repl repl, String argument) {
            if (!repl.tutor().hasSolution()) {
                repl.show(repl.tutor().revealSolution());
            } else if (repl.confirm("Show the solution? Trying a hint first helps you remember. [y/N] ")) {
                repl.show(repl.tutor().revealSolution());
            }
        }
    }

    static final class Check implements ReplCommand {
        public String name() {
            return "check";
        }

        public String summary() {
            return "check this step's goal now, part by part";
        }

        public void run(Repl repl, String argument) {
            repl.show(repl.tutor().check());
        }
    }

    static final class Reset implements ReplCommand {
        public String name() {
            return "reset";
        }

        public String summary() {
            return "start this lesson again in a fresh sandbox (asks first)";
        }

        public void run(Repl repl, String argument) {
            if (repl.tutor().lesson().isEmpty()) {
                repl.show(repl.tutor().reset());
            } else if (repl.confirm("Start this lesson again? The sandbox goes back to its start. [y/N] ")) {
                repl.show(repl.tutor().reset());
            }
        }
    }

    static final class ProgressCommand implements ReplCommand {
        public String name() {
            return "progress";
        }

        public String summary() {
            return "your progress in every lesson, as text";
        }

        public void run(Repl repl, String argument) {
            repl.print(LessonList.render(repl.tutor().catalog(), repl.tutor().progress()));
        }
    }

    static final class Next implements ReplCommand {
        public String name() {
            return "next";
        }

        public String summary() {
            return "go on to the next step or lesson";
        }

        public void run(Repl repl, String argument) {
            repl.show(repl.tutor().next());
        }
    }

    static final class Back implements ReplCommand {
        public String name() {
            return "back";
        }

        public String summary() {
            return "go back to the previous step (the sandbox as at its start; asks first)";
        }

        public void run(Repl repl, String argument) {
            if (!repl.tutor().sandboxChanged() || repl.tutor().lesson().isEmpty() || repl.tutor().stepNumber() <= 1
                    || repl.confirm("Go back a step? The sandbox goes back to that step's start. [y/N] ")) {
                repl.show(repl.tutor().back());
            }
        }
    }

    static final class Undo implements ReplCommand {
        public String name() {
            return "undo";
        }

        public String summary() {
            return "take back the last command: files, images and containers as before it";
        }

        public void run(Repl repl, String argument) {
            repl.show(repl.tutor().undo());
        }
    }

    static final class Lessons implements ReplCommand {
        public String name() {
            return "lessons";
        }

        public String summary() {
            return "browse the modules and lessons with your progress, and open one";
        }

        public void run(Repl repl, String argument) {
            if (repl.hasFullScreen()) {
                Optional<String> chosen;
                try {
                    chosen = repl.browseLessons();
                } catch (IOException | RuntimeException e) {
                    repl.println("berth: the full-screen lesson list could not open (" + e.getMessage()
                            + "); here they are as text.");
                    listAsText(repl);
                    return;
                }
                chosen.flatMap(id -> repl.tutor().catalog().lesson(id)).ifPresent(lesson -> open(repl, lesson));
                return;
            }
            listAsText(repl);
        }

        /** The lesson the learner is in goes on where it was; any other opens (or resumes) as `lesson ID` does. */
        private static void open(Repl repl, Lesson lesson) {
            if (repl.tutor().lesson().map(current -> current.id().equals(lesson.id())).orElse(false)) {
                repl.show(repl.tutor().showStep());
            } else {
                repl.show(repl.tutor().open(lesson));
            }
        }

        private static void listAsText(Repl repl) {
            repl.print(LessonList.render(repl.tutor().catalog(), repl.tutor().progress()));
            repl.println("Type `lesson ID` to open one.");
        }
    }

    static final class OpenLesson implements ReplCommand {
        public String name() {
            return "lesson";
        }

        public String summary() {
            return "open a lesson by its id, e.g. `lesson first-container`";
        }

        public void run(Repl repl, String argument) {
            if (argument.isBlank()) {
                repl.println("Which lesson? Type `lessons` to see their ids.");
                return;
            }
            Optional<Lesson> lesson = repl.tutor().catalog().lesson(argument.trim());
            if (lesson.isEmpty()) {
                repl.println("There is no lesson '" + argument.trim() + "'. Type `lessons` to see their ids.");
                return;
            }
            repl.show(repl.tutor().open(lesson.get()));
        }
    }

    static final class ExplainCommand implements ReplCommand {
        public String name() {
            return "explain";
        }

        public String summary() {
            return "what each part of a docker command means, e.g. `explain docker run -d nginx`";
        }

        public void run(Repl repl, String argument) {
            Explain.lines(new DockerSyntax(repl.tutor().sandbox().dockerCommands()), argument.strip(), repl.width(),
                    repl.plain())
                    .forEach(repl::println);
        }
    }

    static final class Quit implements ReplCommand {
        public String name() {
            return "quit";
        }

        public String summary() {
            return "save and leave berth";
        }

        public void run(Repl repl, String argument) {
            repl.stop();
        }
    }
}
