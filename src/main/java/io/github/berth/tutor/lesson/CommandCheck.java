package io.github.berth.tutor.lesson;

import io.github.berth.cli.DockerCall;
import java.util.List;

/**
 * Holds when, since the step began, a docker command ran successfully as {@code docker}
 * (its management form, such as {@code container ls}) with every flag in {@code flags} (long
 * names). It looks at the parsed command, so {@code docker ps -a} and
 * {@code docker container list --all} are the same.
 */
public record CommandCheck(String docker, List<String> flags) implements Check {
    public CommandCheck {
        flags = List.copyOf(flags);
    }

    @Override
    public boolean holds(StepContext context) {
        return context.callsSinceStart().stream().anyMatch(this::matches);
    }

    private boolean matches(DockerCall call) {
        return call.exit() == 0 && call.command().equals(docker) && flags.stream().allMatch(call.args()::bool);
    }

    /** Whether {@code call} is this check's command with its flags, whatever its exit status. */
    public boolean sameCommand(DockerCall call) {
        return call.command().equals(docker) && flags.stream().allMatch(call.args()::bool);
    }

    /**
     * The goal in the words the step used: {@code typed} is how its solution spells the command
     * (such as {@code docker ps -a}), with the canonical form as another spelling that counts.
     */
    public String describeAs(String typed) {
        String canonical = "docker " + docker + (flags.isEmpty() ? "" : " --" + String.join(" --", flags));
        return "ran `" + typed + "` since this task began"
                + (typed.equals(canonical) ? "" : " (any spelling counts, such as `" + canonical + "`)");
    }

    @Override
    public String describe() {
        return "ran `docker " + docker + "`" + (flags.isEmpty() ? "" : " with --" + String.join(", --", flags));
    }
}
