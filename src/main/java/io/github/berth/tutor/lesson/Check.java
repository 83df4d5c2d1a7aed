package io.github.berth.tutor.lesson;

/** A predicate a task step's goal is made of. It looks at the sandbox's state or at
 * parsed commands, never at the typed text. */
public sealed interface Check permits ContainerCheck, CommandCheck, ImageCheck, FileCheck {
    boolean holds(StepContext context);

    /** A sentence for the learner saying what is expected. */
    String describe();
}
