package io.github.berth.tutor;

import io.github.berth.cli.DockerCall;
import io.github.berth.sandbox.Sandbox;
import io.github.berth.shell.Output;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.Check;
import io.github.berth.tutor.lesson.CommandCheck;
import io.github.berth.tutor.lesson.Lesson;
import io.github.berth.tutor.lesson.Question;
import io.github.berth.tutor.lesson.Step;
import io.github.berth.tutor.lesson.StepContext;
import io.github.berth.tutor.progress.Progress;
import io.github.berth.tutor.text.Style;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A learner's tutoring session: the current lesson and step, the sandbox the learner types
 * into, and their progress. After every command it checks the current task step against the
 * sandbox's state and moves on when the goal is reached. Everything it has to say is returned
 * as {@link Feedback} for the console to show; progress is handed to {@code saver} after every change.
 */
public final class Tutor {
    /** Receives the progress after every change; must not throw. */
    public interface Saver {
        void save(Progress progress);
    }

    private final Supplier<Catalog> catalog;
    private final Progress progress;
    private final Saver saver;
    private final Clock clock;
    private final Supplier<Sandbox> sandboxes;
    private Sandbox sandbox;
    private Lesson lesson;
    private int stepIndex;
    private int questionIndex;
    private int callsAtStepStart;
    /** The docker commands the step's feedback rules have already looked at. */
    private int callsSeen;
    /** How many sandbox changes are the lesson's own setup, which undo does not take back. */
    private int undoFloor;

    public Tutor(Catalog catalog, Progress progress, Saver saver, Clock clock, Supplier<Sandbox> sandboxes) {
        this(() -> catalog, progress, saver, clock, sandboxes);
    }

    /**
     * A tutor whose lessons are still being read: {@code catalog} is asked (and may wait) only when
     * a lesson is needed, so free play can start before the lessons are parsed.
     */
    public Tutor(Supplier<Catalog> catalog, Progress progress, Saver saver, Clock clock, Supplier<Sandbox> sandboxes) {
        this.catalog = catalog;
        this.progress = progress;
        this.saver = saver;
        this.clock = clock;
        this.sandboxes = sandboxes;
    }

    public Catalog catalog() {
        return catalog.get();
    }

    public Progress progress() {
        return progress;
    }

    /** The sandbox the learner types into: the lesson's, or a free-play one. */
    public Sandbox sandbox() {
        if (sandbox == null) {
            sandbox = sandboxes.get();
        }
        return sandbox;
    }

    public Optional<Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    /** The current step, when in a lesson that is not finished. */
    public Optional<Step> step() {
        return lesson != null && stepIndex < lesson.steps().size()
                ? Optional.of(lesson.steps().get(stepIndex)) : Optional.empty();
    }

    /** 1-based number of the current step and the lesson's step count, for a status line. */
    public int stepNumber() {
        return stepIndex + 1;
    }

    /** The lesson to open when berth starts with no arguments: the current one, else the first not done. */
    public Optional<Lesson> resumeTarget() {
        if (progress.currentLesson != null) {
            Optional<Lesson> current = catalog().lesson(progress.currentLesson);
            if (current.isPresent() && !progress.lesson(current.get().id()).done()) {
                return current;
            }
        }
        return catalog().lessons().stream().filter(l -> !isDone(l)).findFirst();
    }

    public boolean isDone(Lesson l) {
        Progress.LessonProgress lp = progress.lessons.get(l.id());
        return lp != null && lp.done();
    }

    /**
     * Opens a lesson in a fresh sandbox. An unfinished lesson resumes at its saved step, after
     * replaying the solutions of the steps before it silently so the sandbox is as the learner left it.
     */
    public Feedback open(Lesson target) {
        lesson = target;
        sandbox = sandboxes.get();
        Progress.LessonProgress lp = progress.lesson(target.id());
        if (lp.startedAt == null) {
            lp.startedAt = clock.instant();
        }
        int resumeAt = lp.done() || lp.currentStep == null ? 0 : Math.max(0, target.indexOf(lp.currentStep));
        replaySolutionsBefore(resumeAt);
        progress.currentLesson = target.id();
        Feedback feedback = new Feedback();
        feedback.add("Lesson: " + target.title(), Style.HEADING);
        if (resumeAt > 0) {
            feedback.add("Welcome back. You were at step " + (resumeAt + 1) + " of " + target.steps().size() + ".",
                    Style.DIM);
        }
        enterStep(resumeAt, feedback);
        save();
        return feedback;
    }

    /**
     * The lesson's setup (its files in the workspace, then its commands) and the solutions of the
     * steps before {@code index}, run silently in the fresh sandbox; undo stops there.
     */
    private void replaySolutionsBefore(int index) {
        Lesson.Setup setup = lesson.setup();
        setup.files().forEach((relative, text) -> {
            String absolute = Sandbox.WORKSPACE + "/" + relative;
            if (relative.contains("/")) {
                sandbox.run("mkdir -p '" + absolute.substring(0, absolute.lastIndexOf('/')) + "'", Output.DISCARD);
            }
            sandbox.files().write(absolute, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        setup.commands().forEach(line -> sandbox.run(line, Output.DISCARD));
        for (int i = 0; i < index; i++) {
            for (String line : lesson.steps().get(i).solution()) {
                sandbox.run(line, Output.DISCARD);
            }
        }
        undoFloor = sandbox.changes();
    }

    /** Whether the learner changed the sandbox since the lesson or step started (so going back loses something). */
    public boolean sandboxChanged() {
        return sandbox != null && sandbox.canUndo(undoFloor);
    }

    /**
     * {@code back}: the step before the current one, in a fresh sandbox where the steps before it
     * are solved (their solutions replayed), as when resuming there. Solved steps stay solved.
     */
    public Feedback back() {
        Feedback feedback = new Feedback();
        if (lesson == null) {
            feedback.add("You are not in a lesson: there is no step to go back to.", Style.DIM);
            return feedback;
        }
        int target = stepIndex - 1;
        if (target < 0 || target == 0 && !lesson.steps().get(0).waits() && stepIndex < lesson.steps().size()
                && lesson.steps().get(stepIndex).waits()) {
            // entering a text step followed by a task or quiz passes on to it: there is no step before this one
            feedback.add("This is the lesson's first step" + (target == 0 ? "; what comes before it:" : "."),
                    Style.DIM);
            if (target == 0) {
                feedback.markdown(lesson.steps().get(0).body());
            }
            return feedback;
        }
        sandbox = sandboxes.get();
        replaySolutionsBefore(target);
        feedback.add("Back to the previous step; the sandbox is as at its start.", Style.DIM);
        enterStep(target, feedback);
        save();
        return feedback;
    }

    /**
     * {@code undo}: the sandbox (files, images, containers) as before the last command or saved
     * file, made again from its start by replaying everything else. Not past the start of a lesson.
     */
    public Feedback undo() {
        Feedback feedback = new Feedback();
        if (!sandbox().canUndo(undoFloor)) {
            feedback.add(lesson == null ? "There is nothing to undo: no command has changed the sandbox yet."
                    : "There is nothing to undo since this lesson's sandbox was set up.", Style.DIM);
            return feedback;
        }
        Sandbox.Undone undone = sandbox.undoLast();
        sandbox = undone.sandbox();
        callsAtStepStart = Math.min(callsAtStepStart, sandbox.dockerCalls().size());
        feedback.add("Undone: " + undone.undone().describe(), Style.HINT);
        feedback.add("The sandbox's files, images and containers are as they were before it.", Style.DIM);
        return feedback;
    }

    /** Checks the current task step after a command ran, and moves on when it is solved. */
    public Feedback afterCommand() {
        Feedback feedback = new Feedback();
        Optional<Step> current = step().filter(Step::isTask);
        if (current.isPresent()) {
            progress.lesson(lesson.id()).step(current.get().id()).attempts++;
            List<DockerCall> calls = sandbox.dockerCalls();
            List<DockerCall> fresh = calls.subList(Math.min(Math.max(callsAtStepStart, callsSeen), calls.size()), calls.size());
            callsSeen = calls.size();
            if (!solveIfMet(current.get(), feedback)) {
                current.get().feedback().stream().filter(rule -> fresh.stream().anyMatch(rule::matches))
                        .forEach(rule -> feedback.markdown(rule.say()));
            }
            save();
        }
        return feedback;
    }

    /**
     * {@code check}: tests the current task's goal without running anything. When it is met the
     * lesson moves on as after a command; otherwise each part of the goal is listed, met or not.
     */
    public Feedback check() {
        Feedback feedback = new Feedback();
        if (step().filter(Step::isQuiz).isPresent()) {
            feedback.add("This step is a question: type the letter of your answer (`step` shows it again).", Style.DIM);
            return feedback;
        }
        Optional<Step> current = step().filter(Step::isTask);
        if (current.isEmpty()) {
            feedback.add("There is no task to check right now.", Style.DIM);
            return feedback;
        }
        if (solveIfMet(current.get(), feedback)) {
            save();
            return feedback;
        }
        feedback.add("Not yet. The goal, part by part:", Style.HINT);
        StepContext context = new StepContext(sandbox(), callsAtStepStart);
        for (Check c : current.get().checks()) {
            boolean met = c.holds(context);
            feedback.add((met ? "  ✓ met: " : "  ✗ not yet: ") + describe(c, current.get()),
                    met ? Style.SUCCESS : Style.FAILURE);
        }
        return feedback;
    }

    /**
     * Takes {@code input} as the answer to the current quiz question when it names options by letter
     * ({@code b}, {@code a c}) or, for a typed answer, starts with {@code answer}; anything else is left
     * for the shell, as is every input outside a quiz.
     */
    public Optional<Feedback> answer(String input) {
        Optional<Step> current = step().filter(Step::isQuiz);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Step step = current.get();
        Question question = step.questions().get(questionIndex);
        Feedback feedback = new Feedback();
        Optional<Boolean> right = Quiz.answer(question, input, !step.hints().isEmpty(), feedback, sandbox()::parseDocker);
        if (right.isEmpty()) {
            return Optional.empty();
        }
        Progress.StepProgress sp = progress.lesson(lesson.id()).step(step.id());
        sp.attempts++;
        if (right.get()) {
            if (questionIndex + 1 < step.questions().size()) {
                questionIndex++;
                Quiz.ask(step.questions().get(questionIndex), questionIndex + 1, step.questions().size(), feedback);
            } else {
                sp.solvedAt = clock.instant();
                if (step.success() != null) {
                    feedback.markdown(step.success());
                }
                enterStep(stepIndex + 1, feedback);
            }
        }
        save();
        return Optional.of(feedback);
    }

    /** The parts of the current task's goal that do not hold yet (empty when met, or when there is no task). */
    public List<Check> unmetChecks() {
        Optional<Step> current = step().filter(Step::isTask);
        if (current.isEmpty()) {
            return List.of();
        }
        StepContext context = new StepContext(sandbox(), callsAtStepStart);
        return current.get().checks().stream().filter(c -> !c.holds(context)).toList();
    }

    /** Marks {@code step} solved and moves on when all its checks hold. */
    private boolean solveIfMet(Step step, Feedback feedback) {
        StepContext context = new StepContext(sandbox(), callsAtStepStart);
        if (!step.checks().stream().allMatch(c -> c.holds(context))) {
            return false;
        }
        progress.lesson(lesson.id()).step(step.id()).solvedAt = clock.instant();
        feedback.add("✓ Solved!", Style.SUCCESS);
        if (step.success() != null) {
            feedback.markdown(step.success());
        }
        enterStep(stepIndex + 1, feedback);
        return true;
    }

    /** {@code reset}: the current lesson from its first step, in a fresh sandbox; what was solved stays solved. */
    public Feedback reset() {
        if (lesson == null) {
            Feedback feedback = new Feedback();
            feedback.add("You are not in a lesson: there is nothing to reset.", Style.DIM);
            return feedback;
        }
        progress.lesson(lesson.id()).currentStep = null;
        return open(lesson);
    }

    /** Shows the current step again, or says where the learner is. */
    public Feedback showStep() {
        Feedback feedback = new Feedback();
        Optional<Step> current = step();
        if (current.isEmpty()) {
            feedback.add(lesson == null ? "You are not in a lesson. Type `lessons` to pick one."
                    : "This lesson is finished. Type `next` for the next one, or `lessons`.", Style.DIM);
        } else {
            showBody(current.get(), feedback);
        }
        return feedback;
    }

    /** Reveals the next hint of the current task, one at a time. */
    public Feedback hint() {
        Feedback feedback = new Feedback();
        Optional<Step> current = step().filter(Step::waits);
        if (current.isEmpty()) {
            feedback.add("There is no task to give a hint for right now.", Style.DIM);
            return feedback;
        }
        List<String> hints = current.get().hints();
        Progress.StepProgress sp = progress.lesson(lesson.id()).step(current.get().id());
        if (sp.hintsUsed >= hints.size()) {
            feedback.add("No more hints for this step. Type `solution` to see the answer.", Style.DIM);
            return feedback;
        }
        sp.hintsUsed++;
        feedback.add("Hint " + sp.hintsUsed + " of " + hints.size() + ":", Style.HINT);
        feedback.markdown(hints.get(sp.hintsUsed - 1));
        save();
        return feedback;
    }

    /** Whether the current step has a solution to show. */
    public boolean hasSolution() {
        return step().filter(s -> s.isQuiz() || s.isTask() && !s.solution().isEmpty()).isPresent();
    }

    /** Shows the current task's solution; the console asks the learner to confirm first. It is recorded. */
    public Feedback revealSolution() {
        Feedback feedback = new Feedback();
        if (!hasSolution()) {
            feedback.add("There is no solution to show for this step.", Style.DIM);
            return feedback;
        }
        Step s = step().get();
        progress.lesson(lesson.id()).step(s.id()).solutionShown = true;
        if (s.isQuiz()) {
            Quiz.reveal(s.questions().get(questionIndex), feedback);
            save();
            return feedback;
        }
        feedback.add("A solution (any command that reaches the goal passes):", Style.HINT);
        s.solution().forEach(line -> feedback.add("    " + line, Style.CODE_BLOCK));
        save();
        return feedback;
    }

    /** Moves past a text step or, at the end of a lesson, opens the next one. A task must be solved first. */
    public Feedback next() {
        Optional<Step> current = step();
        if (current.isPresent()) {
            Feedback feedback = new Feedback();
            if (current.get().isTask()) {
                feedback.add("Solve this step first: its goal is " + describeGoal(current.get())
                        + ". Type `hint` if you are stuck.", Style.DIM);
            } else if (current.get().isQuiz()) {
                feedback.add("Answer the question first: type the letter of your answer (`step` shows it again,"
                        + " `solution` tells it).", Style.DIM);
            } else {
                enterStep(stepIndex + 1, feedback);
                save();
            }
            return feedback;
        }
        Optional<Lesson> following = lesson == null ? resumeTarget() : catalog().after(lesson.id());
        if (following.isEmpty()) {
            Feedback feedback = new Feedback();
            feedback.add("There is no next lesson: you have reached the end of the course.", Style.DIM);
            return feedback;
        }
        return open(following.get());
    }

    private String describeGoal(Step step) {
        return String.join(" and ", step.checks().stream().map(c -> describe(c, step)).toList());
    }

    /**
     * A check in the step's own words: a command check is worded as the step's solution spells the
     * command ({@code docker ps -a}, not its canonical {@code docker container ls --all}). The
     * solution runs in a scratch sandbox only to learn which of its lines is that command.
     */
    private String describe(Check check, Step step) {
        if (check instanceof CommandCheck command && !step.solution().isEmpty()) {
            Sandbox scratch = new Sandbox(0L, java.util.Map.of(), false);
            for (String line : step.solution()) {
                int before = scratch.dockerCalls().size();
                scratch.run(line, Output.DISCARD);
                List<DockerCall> calls = scratch.dockerCalls();
                if (calls.subList(before, calls.size()).stream().anyMatch(command::sameCommand)) {
                    return command.describeAs(line.strip());
                }
            }
        }
        return check.describe();
    }

    /** Makes step {@code index} current; text steps are shown and passed through until a task or the end. */
    private void enterStep(int index, Feedback feedback) {
        stepIndex = index;
        questionIndex = 0;
        callsAtStepStart = sandbox.dockerCalls().size();
        Progress.LessonProgress lp = progress.lesson(lesson.id());
        while (stepIndex < lesson.steps().size()) {
            Step step = lesson.steps().get(stepIndex);
            lp.currentStep = step.id();
            showBody(step, feedback);
            if (step.waits()) {
                return;
            }
            if (stepIndex + 1 < lesson.steps().size() && !lesson.steps().get(stepIndex + 1).waits()) {
                // two text steps in a row: let the learner read one at a time with `next`
                feedback.add("Type `next` to read on.", Style.DIM);
                return;
            }
            stepIndex++;
        }
        if (lp.completedAt == null) {
            lp.completedAt = clock.instant();
        }
        lp.currentStep = null;
        feedback.add("★ Lesson complete: " + lesson.title(), Style.SUCCESS);
        Optional<Lesson> following = catalog().after(lesson.id());
        feedback.add(following.map(l -> "Type `next` to start \"" + l.title() + "\", or `lessons` to choose.")
                .orElse("That was the last lesson for now. Keep experimenting here, or type `lessons`."), Style.DIM);
    }

    private void showBody(Step step, Feedback feedback) {
        if (step.isTask()) {
            long number = lesson.steps().subList(0, stepIndex + 1).stream().filter(Step::isTask).count();
            feedback.add("Task " + number + " of " + lesson.taskCount(), Style.HEADING);
        }
        if (!step.body().isBlank()) {
            feedback.markdown(step.body());
        }
        if (step.isQuiz()) {
            Quiz.ask(step.questions().get(questionIndex), questionIndex + 1, step.questions().size(), feedback);
        }
    }

    private void save() {
        saver.save(progress);
    }

    /** Messages for the learner, in order: Markdown to render, or a line with a style. */
    public static final class Feedback {
        /** One message; exactly one of the two is set. */
        public record Item(String markdown, String line, Style style) {}

        private final List<Item> items = new ArrayList<>();

        void add(String line, Style style) {
            items.add(new Item(null, line, style));
        }

        void markdown(String text) {
            items.add(new Item(text, null, Style.PLAIN));
        }

        public List<Item> items() {
            return List.copyOf(items);
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }
}
