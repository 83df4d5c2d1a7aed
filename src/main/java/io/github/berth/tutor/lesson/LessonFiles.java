package io.github.berth.tutor.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shapes of the course, module and lesson files as written in YAML. */
final class LessonFiles {
    private LessonFiles() {}

    record CourseFile(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
                      @JsonProperty(value = "modules", required = true) List<String> modules) {}

    record ModuleFile(@JsonProperty(value = "id", required = true) String id,
                      @JsonProperty(value = "title", required = true) String title,
                      @JsonProperty(value = "lessons", required = true) List<String> lessons) {}

    record LessonFile(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
                      @JsonProperty(value = "id", required = true) String id,
                      @JsonProperty(value = "title", required = true) String title,
                      @JsonProperty("summary") String summary,
                      @JsonProperty(value = "steps", required = true) List<StepFile> steps) {}

    record StepFile(String id, String type, String body, List<CheckSpec> check, List<String> hints,
                    List<String> solution, String success) {
        @JsonCreator
        StepFile(@JsonProperty(value = "id", required = true) String id,
                 @JsonProperty(value = "type", required = true) String type,
                 @JsonProperty(value = "body", required = true) String body,
                 @JsonProperty("check") List<CheckSpec> check,
                 @JsonProperty("hints") List<String> hints,
                 @JsonProperty("solution") List<String> solution,
                 @JsonProperty("success") String success) {
            this.id = id;
            this.type = type;
            this.body = body;
            this.check = check == null ? List.of() : check;
            this.hints = hints == null ? List.of() : hints;
            this.solution = solution == null ? List.of() : solution;
            this.success = success;
        }
    }
}
