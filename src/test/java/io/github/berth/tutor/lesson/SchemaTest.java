package io.github.berth.tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * schema/lesson.schema.json (for authors' editors) names exactly the fields berth reads, so the two
 * cannot drift apart; and every built-in lesson points its editor at it.
 */
class SchemaTest {
    private final JsonNode schema = new ObjectMapper().readTree(Path.of("schema/lesson.schema.json").toFile());

    SchemaTest() throws Exception {}

    private Set<String> properties(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode definition(String name) {
        return schema.get("definitions").get(name);
    }

    @Test
    void theSchemaNamesTheFieldsBerthReads() {
        assertEquals(new TreeSet<>(CourseReader.LESSON_FIELDS), properties(schema));
        assertEquals(new TreeSet<>(CourseReader.SETUP_FIELDS), properties(schema.get("properties").get("setup")));
        assertEquals(new TreeSet<>(CourseReader.STEP_FIELDS), properties(definition("step")));
        assertEquals(new TreeSet<>(CourseReader.QUESTION_FIELDS), properties(definition("question")));
        assertEquals(new TreeSet<>(CourseReader.OPTION_FIELDS), properties(definition("option")));
        JsonNode check = definition("check");
        assertEquals(new TreeSet<>(CourseReader.CHECK_KINDS), properties(check));
        assertEquals(new TreeSet<>(CourseReader.CONTAINER_FIELDS), properties(check.get("properties").get("container")));
        assertEquals(new TreeSet<>(CourseReader.IMAGE_FIELDS), properties(check.get("properties").get("image")));
        assertEquals(new TreeSet<>(CourseReader.COMMAND_FIELDS), properties(check.get("properties").get("command")));
        assertEquals(new TreeSet<>(CourseReader.FILE_FIELDS), properties(check.get("properties").get("file")));
        assertEquals(new TreeSet<>(CourseReader.FEEDBACK_FIELDS), properties(definition("feedback")));
        assertEquals(new TreeSet<>(CourseReader.WHEN_FIELDS), properties(definition("feedback").get("properties").get("when")));
    }

    @Test
    void theStepTypesAreTheOnesBerthKnows() {
        Set<String> kinds = new TreeSet<>();
        for (Step.Kind kind : Step.Kind.values()) {
            kinds.add(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> listed = new TreeSet<>();
        definition("step").get("properties").get("type").get("enum").forEach(n -> listed.add(n.asText()));
        assertEquals(kinds, listed);
    }

    @Test
    void everyBuiltInLessonNamesTheSchemaForEditors() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")
                    && !f.getFileName().toString().matches("course.yaml|module.yaml")).toList()) {
                String first = Files.readAllLines(file).get(0);
                assertEquals("# yaml-language-server: $schema=../../schema/lesson.schema.json", first, file.toString());
                assertTrue(Files.isRegularFile(file.getParent().resolve("../../schema/lesson.schema.json")));
            }
        }
    }
}
