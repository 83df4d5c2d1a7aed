package io.github.berth.tutor.lesson;

import io.github.berth.cli.DockerCall;
import io.github.berth.sandbox.Sandbox;
import java.util.List;

/** What a check may look at: the sandbox's state and the docker commands run since the step began. */
public record StepContext(Sandbox sandbox, int callsAtStart) {
    public List<DockerCall> callsSinceStart() {
        List<DockerCall> all = sandbox.dockerCalls();
        return all.subList(Math.min(callsAtStart, all.size()), all.size());
    }
}
