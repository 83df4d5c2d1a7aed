package io.github.berth.tutor.lesson;

import io.github.berth.cli.DockerCall;
import java.util.List;

/**
 * Advice for a known misconception on a task step: when the learner runs {@code docker} (its
 * management form, such as {@code container run}) with every flag in {@code flags} and none in
 * {@code without} (long names), and, if {@code failed} is given, failing or succeeding as it says,
 * the tutor says {@code say} (Markdown), unless that command solved the step.
 */
public record FeedbackRule(String docker, List<String> flags, List<String> without, Boolean failed, String say) {
    public FeedbackRule {
        flags = List.copyOf(flags);
        without = List.copyOf(without);
    }

    public boolean matches(DockerCall call) {
        return call.command().equals(docker)
                && flags.stream().allMatch(call.args()::bool)
                && without.stream().noneMatch(call.args()::bool)
                && (failed == null || failed == (call.exit() != 0));
    }
}
