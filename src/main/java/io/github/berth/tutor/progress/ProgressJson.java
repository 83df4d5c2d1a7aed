package io.github.berth.tutor.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code progress.json} to and from {@link Progress}, with Jackson's streaming parser and
 * generator: no reflection, so reading progress costs little at startup. Fields it does not
 * know are skipped, so a file written by a later berth of the same schema still loads.
 */
final class ProgressJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ProgressJson() {}

    static byte[] write(Progress progress) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", progress.schemaVersion);
            if (progress.currentLesson != null) {
                g.writeStringField("currentLesson", progress.currentLesson);
            }
            if (progress.learner != null) {
                g.writeStringField("learner", progress.learner);
            }
            g.writeObjectFieldStart("lessons");
            for (var lesson : progress.lessons.entrySet()) {
                Progress.LessonProgress lp = lesson.getValue();
                g.writeObjectFieldStart(lesson.getKey());
                instant(g, "startedAt", lp.startedAt);
                instant(g, "completedAt", lp.completedAt);
                if (lp.currentStep != null) {
                    g.writeStringField("currentStep", lp.currentStep);
                }
                g.writeObjectFieldStart("steps");
                for (var step : lp.steps.entrySet()) {
                    Progress.StepProgress sp = step.getValue();
                    g.writeObjectFieldStart(step.getKey());
                    instant(g, "solvedAt", sp.solvedAt);
                    g.writeNumberField("hintsUsed", sp.hintsUsed);
                    g.writeBooleanField("solutionShown", sp.solutionShown);
                    g.writeNumberField("attempts", sp.attempts);
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            if (!progress.cards.isEmpty()) {
                g.writeObjectFieldStart("cards");
                for (var card : progress.cards.entrySet()) {
                    g.writeObjectFieldStart(card.getKey());
                    g.writeNumberField("box", card.getValue().box);
                    instant(g, "due", card.getValue().due);
                    instant(g, "lastAnswered", card.getValue().lastAnswered);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (!progress.answers.isEmpty()) {
                g.writeArrayFieldStart("answers");
                for (Progress.Answer a : progress.answers) {
                    g.writeStartObject();
                    g.writeStringField("question", a.question());
                    instant(g, "at", a.at());
                    g.writeStringField("given", a.given());
                    g.writeBooleanField("correct", a.correct());
                    g.writeNumberField("millis", a.millis());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    /** Reads a progress document; any shape error is an IOException saying where. */
    static Progress read(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Progress progress = new Progress();
            progress.schemaVersion = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "schemaVersion" -> progress.schemaVersion = integer(p);
                    case "currentLesson" -> progress.currentLesson = text(p);
                    case "learner" -> progress.learner = text(p);
                    case "lessons" -> {
                        expectObject(p);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String id = p.currentName();
                            p.nextToken();
                            progress.lessons.put(id, lesson(p));
                        }
                    }
                    case "cards" -> {
                        expectObject(p);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String id = p.currentName();
                            p.nextToken();
                            progress.cards.put(id, card(p));
                        }
                    }
                    case "answers" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw problem(p, "expected a list");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            progress.answers.add(answer(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (progress.schemaVersion < 0) {
                throw new IOException("no schemaVersion");
            }
            if (p.nextToken() != null) {
                throw new IOException("unexpected data after the progress object");
            }
            return progress;
        }
    }

    private static Progress.LessonProgress lesson(JsonParser p) throws IOException {
        expectObject(p);
        Progress.LessonProgress lp = new Progress.LessonProgress();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "startedAt" -> lp.startedAt = instant(p);
                case "completedAt" -> lp.completedAt = instant(p);
                case "currentStep" -> lp.currentStep = text(p);
                case "steps" -> {
                    expectObject(p);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String id = p.currentName();
                        p.nextToken();
                        lp.steps.put(id, step(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return lp;
    }

    private static Progress.StepProgress step(JsonParser p) throws IOException {
        expectObject(p);
        Progress.StepProgress sp = new Progress.StepProgress();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "solvedAt" -> sp.solvedAt = instant(p);
                case "hintsUsed" -> sp.hintsUsed = integer(p);
                case "solutionShown" -> sp.solutionShown = bool(p);
                case "attempts" -> sp.attempts = integer(p);
                default -> p.skipChildren();
            }
        }
        return sp;
    }

    private static Progress.Card card(JsonParser p) throws IOException {
        expectObject(p);
        Progress.Card card = new Progress.Card();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "box" -> card.box = integer(p);
                case "due" -> card.due = instant(p);
                case "lastAnswered" -> card.lastAnswered = instant(p);
                default -> p.skipChildren();
            }
        }
        return card;
    }

    private static Progress.Answer answer(JsonParser p) throws IOException {
        expectObject(p);
        String question = null;
        Instant at = null;
        String given = "";
        boolean correct = false;
        long millis = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "question" -> question = text(p);
                case "at" -> at = instant(p);
                case "given" -> given = text(p);
                case "correct" -> correct = bool(p);
                case "millis" -> millis = integer(p);
                default -> p.skipChildren();
            }
        }
        if (question == null || at == null) {
            throw problem(p, "an answer needs its question and time");
        }
        return new Progress.Answer(question, at, given, correct, millis);
    }

    private static void expectObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw problem(p, "expected an object");
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(p, "expected a string");
        }
        return p.getText();
    }

    private static int integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem(p, "expected a whole number");
        }
        return p.getIntValue();
    }

    private static boolean bool(JsonParser p) throws IOException {
        if (!p.currentToken().isBoolean()) {
            throw problem(p, "expected true or false");
        }
        return p.getBooleanValue();
    }

    private static Instant instant(JsonParser p) throws IOException {
        String text = text(p);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(p, "expected a time like 2026-01-05T09:00:00Z");
        }
    }

    private static IOException problem(JsonParser p, String message) {
        return new IOException(message + " at line " + p.currentTokenLocation().getLineNr() + ", column "
                + p.currentTokenLocation().getColumnNr());
    }
}
