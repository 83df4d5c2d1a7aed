package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code berth progress show|export|import|reset} and {@code berth report} on the packaged jar, as DESIGN lists them. */
class ProgressCommandsIT {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private static final String ONE_LESSON_DONE = """
            {"schemaVersion": 1, "currentLesson": "container-lifecycle", "lessons": {
              "first-container": {"startedAt": "2026-11-20T10:00:00Z", "completedAt": "2026-11-20T10:09:00Z",
                "steps": {"run-hello": {"solvedAt": "2026-11-20T10:04:00Z", "hintsUsed": 2, "solutionShown": false, "attempts": 4},
                          "list-containers": {"solvedAt": "2026-11-20T10:09:00Z", "hintsUsed": 0, "solutionShown": true, "attempts": 1}}},
              "container-lifecycle": {"startedAt": "2026-11-21T10:00:00Z", "steps": {}}}}
            """;

    private Processes.Result berth(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", Path.of("target/berth.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return Processes.run(command, "", Map.of("BERTH_HOME", dataDir.toString()), Path.of("."));
    }

    @Test
    void showExportReportImportAndReset() throws Exception {
        Files.writeString(home.resolve("progress.json"), ONE_LESSON_DONE);

        Processes.Result show = berth(home, "progress");
        assertEquals(0, show.exit(), show.stderr());
        assertTrue(show.stdout().contains("  ✓ first-container      done         2 of 2 steps, 2 hints, 1 solution shown\n"),
                show.stdout());
        assertTrue(show.stdout().contains("  … container-lifecycle  in progress  0 of "), show.stdout());

        Path copy = elsewhere.resolve("ana.json");
        Processes.Result export = berth(home, "progress", "export", copy.toString(), "--learner", "Ana");
        assertEquals(0, export.exit(), export.stderr());
        assertEquals("Exported your progress (2 lessons started, 1 done, 0 quiz answers) for Ana to " + copy + ".\n",
                export.stdout());

        Processes.Result report = berth(home, "report", copy.toString());
        assertEquals(0, report.exit(), report.stderr());
        assertTrue(report.stdout().contains("\r\nAna,first-steps,first-container,Your first container,done,2,2,5,2,1,0,0,"
                + "2026-11-20T10:00:00Z,2026-11-20T10:09:00Z,9\r\n"), report.stdout());

        Path otherHome = elsewhere.resolve("laptop");
        Files.createDirectories(otherHome);
        Processes.Result imported = berth(otherHome, "progress", "import", copy.toString());
        assertEquals(0, imported.exit(), imported.stderr());
        assertEquals("Imported " + copy + " (Ana): 1 more lesson done, 0 more quiz answers. Lessons done now: 1.\n",
                imported.stdout());
        assertTrue(berth(otherHome, "progress").stdout().contains("  ✓ first-container"));
        assertTrue(!Files.readString(otherHome.resolve("progress.json")).contains("Ana"), "the copy's name stays in the copy");

        Processes.Result refused = berth(home, "progress", "reset");
        assertEquals(1, refused.exit());
        assertEquals("berth: progress reset asks before it acts; not at a terminal, add --yes\n", refused.stderr());
        Processes.Result reset = berth(home, "progress", "reset", "--yes");
        assertEquals(0, reset.exit(), reset.stderr());
        assertTrue(reset.stdout().startsWith("Your progress was moved to " + home.resolve("progress.json.reset-")),
                reset.stdout());
        assertTrue(berth(home, "progress").stdout().contains("    first-container      new"));
    }

    @Test
    void unreadableFilesAreNamedAndNothingIsReportedOrChanged() throws Exception {
        Path broken = elsewhere.resolve("bob.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"lessons\": [");
        Processes.Result report = berth(home, "report", "--format", "json", broken.toString(),
                elsewhere.resolve("missing.json").toString());
        assertEquals(1, report.exit());
        assertEquals("", report.stdout());
        assertTrue(report.stderr().contains("berth: cannot read " + elsewhere.resolve("missing.json") + ": no such file\n"),
                report.stderr());
        assertTrue(report.stderr().startsWith("berth: cannot read " + broken + ": "), report.stderr());

        Files.writeString(home.resolve("progress.json"), ONE_LESSON_DONE);
        Processes.Result imported = berth(home, "progress", "import", broken.toString());
        assertEquals(1, imported.exit());
        assertTrue(imported.stderr().endsWith("; your progress is unchanged.\n"), imported.stderr());
        assertEquals(ONE_LESSON_DONE, Files.readString(home.resolve("progress.json")));
    }
}
