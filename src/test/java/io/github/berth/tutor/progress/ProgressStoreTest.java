package io.github.berth.tutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);

    private ProgressStore store() {
        return new ProgressStore(dir, clock);
    }

    @Test
    void noFileMeansNewProgress() throws Exception {
        Progress p = store().load();
        assertEquals(Progress.SCHEMA_VERSION, p.schemaVersion);
        assertNull(p.currentLesson);
        assertTrue(p.lessons.isEmpty());
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Progress p = new Progress();
        p.currentLesson = "first-container";
        Progress.LessonProgress lp = p.lesson("first-container");
        lp.startedAt = Instant.parse("2026-01-01T10:00:00Z");
        lp.currentStep = "list-containers";
        Progress.StepProgress sp = lp.step("run-hello");
        sp.solvedAt = Instant.parse("2026-01-01T10:05:00Z");
        sp.hintsUsed = 2;
        sp.solutionShown = true;
        sp.attempts = 3;
        store().save(p);

        Progress back = store().load();
        assertEquals("first-container", back.currentLesson);
        Progress.LessonProgress blp = back.lessons.get("first-container");
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), blp.startedAt);
        assertEquals("list-containers", blp.currentStep);
        assertFalse(blp.done());
        Progress.StepProgress bsp = blp.steps.get("run-hello");
        assertEquals(Instant.parse("2026-01-01T10:05:00Z"), bsp.solvedAt);
        assertEquals(2, bsp.hintsUsed);
        assertTrue(bsp.solutionShown);
        assertEquals(3, bsp.attempts);
        assertTrue(Files.readString(dir.resolve("progress.json")).startsWith("{\n  \"schemaVersion\" : 1,"));
    }

    @Test
    void savingKeepsThePreviousFileAsBackupAndLeavesNoTemporaryFile() throws Exception {
        Progress p = new Progress();
        p.currentLesson = "a";
        store().save(p);
        p.currentLesson = "b";
        store().save(p);
        assertTrue(Files.readString(dir.resolve("progress.json.bak")).contains("\"a\""));
        assertTrue(Files.readString(dir.resolve("progress.json")).contains("\"b\""));
        assertFalse(Files.exists(dir.resolve("progress.json.tmp")));
    }

    @Test
    void aCorruptFileIsSetAsideReportedAndTheBackupUsed() throws Exception {
        Progress p = new Progress();
        p.currentLesson = "first-container";
        store().save(p);
        store().save(p); // now progress.json.bak holds a good copy
        Files.writeString(dir.resolve("progress.json"), "{ this is not json");

        ProgressStore store = store();
        Progress back = store.load();
        assertEquals("first-container", back.currentLesson);
        Path aside = dir.resolve("progress.json.corrupt-20260203T040506");
        assertEquals("{ this is not json", Files.readString(aside));
        assertEquals(2, store.warnings().size(), store.warnings().toString());
        assertTrue(store.warnings().get(0).contains("it was kept as " + aside), store.warnings().get(0));
        assertTrue(store.warnings().get(1).startsWith("Restored your progress from"), store.warnings().get(1));
    }

    @Test
    void aCorruptFileWithoutBackupStartsAfreshButIsNeverDeleted() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "[1, 2");
        ProgressStore store = store();
        Progress back = store.load();
        assertTrue(back.lessons.isEmpty());
        assertEquals(1, store.warnings().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.json.corrupt-")));
        }
    }

    @Test
    void aFileFromANewerBerthIsNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"schemaVersion\": 99, \"lessons\": {}}");
        ProgressStore store = store();
        store.load();
        assertTrue(store.warnings().get(0).contains("newer berth"), store.warnings().get(0));
        assertTrue(Files.exists(dir.resolve("progress.json.corrupt-20260203T040506")));
    }

    @Test
    void twoInstancesDoNotLoseEachOthersUpdates() throws Exception {
        ProgressStore storeA = store();
        ProgressStore storeB = store();
        Progress a = storeA.load();
        Progress b = storeB.load();

        a.currentLesson = "lesson-a";
        a.lesson("lesson-a").step("s1").solvedAt = Instant.parse("2026-01-01T00:00:00Z");
        storeA.save(a);

        b.currentLesson = "lesson-b";
        b.lesson("lesson-b").step("s1").hintsUsed = 1;
        b.lesson("lesson-a").step("s1").hintsUsed = 2;
        storeB.save(b);

        Progress merged = store().load();
        assertEquals("lesson-b", merged.currentLesson);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), merged.lessons.get("lesson-a").steps.get("s1").solvedAt);
        assertEquals(2, merged.lessons.get("lesson-a").steps.get("s1").hintsUsed);
        assertEquals(1, merged.lessons.get("lesson-b").steps.get("s1").hintsUsed);
    }

    @Test
    void unknownFieldsFromLaterVersionsOfTheSameSchemaAreTolerated() throws Exception {
        Files.writeString(dir.resolve("progress.json"),
                "{\"schemaVersion\":1,\"currentLesson\":\"x\",\"futureField\":true,\"lessons\":{}}");
        assertEquals("x", store().load().currentLesson);
    }

    @Test
    void quizCardsAndTheAnswerLogRoundTrip() throws Exception {
        Progress p = new Progress();
        Progress.Card card = new Progress.Card();
        card.box = 3;
        card.lastAnswered = Instant.parse("2026-01-02T10:00:00Z");
        card.due = Instant.parse("2026-01-06T10:00:00Z");
        p.cards.put("l/q", card);
        p.answers.add(new Progress.Answer("l/q", Instant.parse("2026-01-02T10:00:00Z"), "a c", true, 4200));
        store().save(p);

        Progress back = store().load();
        Progress.Card c = back.cards.get("l/q");
        assertEquals(3, c.box);
        assertEquals(Instant.parse("2026-01-06T10:00:00Z"), c.due);
        assertEquals(Instant.parse("2026-01-02T10:00:00Z"), c.lastAnswered);
        assertEquals(p.answers, back.answers);
    }

    @Test
    void twoInstancesQuizzingKeepEveryAnswerAndEachCardsLatestState() throws Exception {
        ProgressStore storeA = store();
        ProgressStore storeB = store();
        Progress a = storeA.load();
        Progress b = storeB.load();
        Progress.Card early = new Progress.Card();
        early.box = 4;
        early.lastAnswered = Instant.parse("2026-01-01T00:00:00Z");
        a.cards.put("l/q", early);
        a.answers.add(new Progress.Answer("l/q", early.lastAnswered, "a", true, 1));
        storeA.save(a);
        Progress.Card late = new Progress.Card();
        late.box = 1;
        late.lastAnswered = Instant.parse("2026-01-02T00:00:00Z");
        b.cards.put("l/q", late);
        b.answers.add(new Progress.Answer("l/q", late.lastAnswered, "b", false, 1));
        storeB.save(b);

        Progress merged = store().load();
        assertEquals(1, merged.cards.get("l/q").box, "the later answer decides the card");
        assertEquals(List.of("a", "b"), merged.answers.stream().map(Progress.Answer::given).toList());
    }

    @Test
    void resetMovesTheFileAsideUnderALockAndTheNextStartIsNew() throws Exception {
        assertTrue(store().setAside().isEmpty(), "nothing saved yet");
        Progress p = new Progress();
        p.lesson("first-container").startedAt = Instant.parse("2026-01-01T00:00:00Z");
        store().save(p);
        store().save(p); // a backup exists too
        Path aside = store().setAside().orElseThrow();
        assertEquals(dir.resolve("progress.json.reset-20260203T040506"), aside);
        assertTrue(store().load().lessons.isEmpty(), "not restored from the backup: a reset is no corruption");
        assertEquals(List.of("first-container"), List.copyOf(ProgressStore.read(aside).lessons.keySet()));
    }

    @Test
    void anExportedCopyCarriesTheLearnerAndReadsBack() throws Exception {
        Progress p = new Progress();
        p.learner = "ana";
        p.lesson("layers").startedAt = Instant.parse("2026-01-01T00:00:00Z");
        Path copy = dir.resolve("ana.json");
        ProgressStore.write(copy, p);
        Progress back = ProgressStore.read(copy);
        assertEquals("ana", back.learner);
        assertEquals(p.lessons.get("layers").startedAt, back.lessons.get("layers").startedAt);
        assertFalse(Files.exists(dir.resolve("ana.json.tmp")));
        Progress mine = new Progress();
        mine.mergeFrom(back);
        assertNull(mine.learner, "importing someone's copy does not make it yours");
    }

    @Test
    void readingAFileFromANewerBerthOrNotProgressSaysWhy() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"schemaVersion\": 99}");
        assertEquals("it was written by a newer berth (schema version 99)",
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> ProgressStore.read(newer))
                        .getMessage());
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[]");
        assertEquals("not a JSON object", org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ProgressStore.read(list)).getMessage());
    }
}
