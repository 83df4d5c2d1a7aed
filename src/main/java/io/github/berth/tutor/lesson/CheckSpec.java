package io.github.berth.tutor.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a step's {@code check:} list as written in a lesson file: exactly one kind of predicate. */
record CheckSpec(ContainerCheck container, CommandCheck command) {
    @JsonCreator
    CheckSpec(@JsonProperty("container") ContainerCheck container, @JsonProperty("command") CommandCheck command) {
        if ((container == null) == (command == null)) {
            throw new IllegalArgumentException("each check has exactly one predicate: 'container:' or 'command:'");
        }
        this.container = container;
        this.command = command;
    }

    Check toCheck() {
        return container != null ? container : command;
    }
}
