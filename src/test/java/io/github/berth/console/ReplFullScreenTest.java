package io.github.berth.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.sandbox.Sandbox;
import io.github.berth.tutor.Tutor;
import io.github.berth.tutor.lesson.Catalog;
import io.github.berth.tutor.lesson.LessonSource;
import io.github.berth.tutor.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `lessons` hands the terminal to a full-screen view when there is one, and lists as text when not. */
@Timeout(30)
class ReplFullScreenTest {
    @TempDir
    Path dir;

    /** A browser that answers from a list, and remembers what it was shown. */
    static final class FakeFullScreen implements FullScreen {
        final List<Optional<String>> answers = new ArrayList<>();
        final List<Catalog> catalogs = new ArrayList<>();
        IOException failure;

        @Override
        public Optional<String> browseLessons(Catalog catalog, Progress progress) throws IOException {
            catalogs.add(catalog);
            if (failure != null) {
                throw failure;
            }
            return answers.remove(0);
        }

        /** Each edit: the texts to save, one after another, and what the editor was given. */
        final List<List<String>> saves = new ArrayList<>();
        final List<String> edited = new ArrayList<>();
        final List<Optional<String>> saveResults = new ArrayList<>();

        @Override
        public void edit(String name, String text, boolean isNew, Function<String, Optional<String>> save)
                throws IOException {
            edited.add(name + (isNew ? " (new)" : "") + ": " + text);
            if (failure != null) {
                throw failure;
            }
            for (String t : saves.remove(0)) {
                saveResults.add(save.apply(t));
            }
        }
    }

    private Tutor tutor;

    private String session(String typed, boolean openLesson, FullScreen fullScreen) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "ansi",
                new ReplTest.ScriptedInput(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            Catalog catalog = Catalog.load(LessonSource.builtIn());
            tutor = new Tutor(catalog, new Progress(), p -> {}, Clock.systemUTC(), () -> new Sandbox(1L, Map.of(), true));
            Tutor.Feedback opening = openLesson ? tutor.open(catalog.lesson("first-container").orElseThrow())
                    : new Tutor.Feedback();
            new Repl(terminal, tutor, dir.resolve("history"), true, fullScreen).run(opening);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theChosenLessonOpens() throws Exception {
        FakeFullScreen browser = new FakeFullScreen();
        browser.answers.add(Optional.of("first-container"));
        String screen = session("lessons\necho after\n", false, browser);
        assertEquals(1, browser.catalogs.size());
        assertSame(tutor.catalog(), browser.catalogs.get(0));
        assertTrue(screen.contains("Lesson: Your first container"), screen);
        assertTrue(screen.contains("Task 1 of 2"), screen);
        assertTrue(screen.contains("after\n"), "the prompt goes on: " + screen);
        assertFalse(screen.contains("Type `lesson ID` to open one."), "no text listing: " + screen);
    }

    @Test
    void goingBackPrintsNothingAndThePromptGoesOn() throws Exception {
        FakeFullScreen browser = new FakeFullScreen();
        browser.answers.add(Optional.empty());
        String screen = session("lessons\necho after\n", false, browser);
        assertFalse(screen.contains("Lesson:"), screen);
        assertFalse(screen.contains("First steps with Docker"), screen);
        assertTrue(screen.contains("after\n"), screen);
    }

    @Test
    void choosingTheLessonYouAreInShowsTheStepWithoutStartingOver() throws Exception {
        FakeFullScreen browser = new FakeFullScreen();
        browser.answers.add(Optional.of("first-container"));
        String screen = session("docker run hello-world\nlessons\n", true, browser);
        assertEquals(1, count(screen, "Lesson: Your first container"), screen);
        assertTrue(screen.contains("Task 2 of 2"), screen);
        assertEquals(2, count(screen, "Task 2 of 2"), "shown when reached and again after the browser: " + screen);
    }

    @Test
    void aBrowserThatCannotOpenFallsBackToTheTextList() throws Exception {
        FakeFullScreen browser = new FakeFullScreen();
        browser.failure = new IOException("no /dev/tty");
        String screen = session("lessons\n", false, browser);
        assertTrue(screen.contains("berth: the full-screen lesson list could not open (no /dev/tty); here they are"
                + " as text."), screen);
        assertTrue(screen.contains("First steps with Docker  (0 of 3 done)"), screen);
    }

    @Test
    void withoutAFullScreenTheLessonsAreListedAsText() throws Exception {
        String screen = session("lessons\n", false, null);
        assertTrue(screen.contains("First steps with Docker  (0 of 3 done)"), screen);
        assertTrue(screen.matches("(?s).*first-container +Your first container +\\[new\\].*"), screen);
        assertTrue(screen.contains("Type `lesson ID` to open one."), screen);
    }

    @Test
    void editOpensTheEditorAndItsSavesLandInTheSandbox() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        editor.saves.add(List.of("FROM alpine\n"));
        editor.saves.add(List.of());
        String screen = session("edit Dockerfile\ncat Dockerfile\nnano Dockerfile\necho after\n", false, editor);
        assertEquals(List.of("Dockerfile (new): ", "Dockerfile: FROM alpine\n"), editor.edited);
        assertEquals(List.of(Optional.empty()), editor.saveResults);
        assertTrue(screen.indexOf("FROM alpine\n") > screen.indexOf("cat Dockerfile"), screen);
        assertTrue(screen.contains("after\n"), "the prompt goes on: " + screen);
    }

    @Test
    void aSaveIntoAMissingDirectoryGetsNanosMessageAndWritesNothing() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        editor.saves.add(List.of("x\n"));
        String screen = session("edit sub/f\nls sub\n", false, editor);
        assertEquals(List.of(Optional.of("Error writing /home/learner/app/sub/f: No such file or directory")),
                editor.saveResults);
        assertTrue(screen.contains("ls: cannot access 'sub': No such file or directory"), screen);
    }

    @Test
    void aDirectoryIsNotOpened() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        String screen = session("mkdir d\nedit d\n", false, editor);
        assertEquals(List.of(), editor.edited);
        assertTrue(screen.contains("edit: \"d\" is a directory\n"), screen);
    }

    @Test
    void withoutAFullScreenEditSaysItNeedsATerminalAndHowToWriteAFileInstead() throws Exception {
        String screen = session("nano Dockerfile\n", false, null);
        assertTrue(screen.contains("The editor needs a terminal (it is off with --plain or NO_COLOR, and on a dumb"
                + " terminal).\nTo write Dockerfile with the shell instead:\n    cat > Dockerfile <<'EOF'\n"), screen);
        assertTrue(screen.contains("or:  printf 'FROM alpine\\n' > Dockerfile\n"), screen);
    }

    @Test
    void editWithoutAFileSaysHowToUseIt() throws Exception {
        String screen = session("edit\n", false, new FakeFullScreen());
        assertTrue(screen.contains("Usage: edit FILE   (one file, new or existing, e.g. `edit Dockerfile`)"), screen);
    }

    @Test
    void undoAtThePromptTakesBackTheLastCommandAndBackAsksFirst() throws Exception {
        String screen = session("touch a\nundo\nls a\ndocker run hello-world\nback\nn\nback\ny\n", true, null);
        assertTrue(screen.contains("Undone: touch a"), screen);
        assertTrue(screen.contains("ls: cannot access 'a': No such file or directory"), screen);
        assertEquals(2, count(screen, "Go back a step? The sandbox goes back to that step's start. [y/N] "), screen);
        assertEquals(1, count(screen, "Back to the previous step; the sandbox is as at its start."), screen);
        assertTrue(tutor.sandbox().dockerCalls().isEmpty(), "the step's start has no docker command yet");
    }

    @Test
    void tabCompletesWorkspacePathsAfterEdit() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        editor.saves.add(List.of());
        editor.saves.add(List.of());
        session("mkdir docs\ntouch Dockerfile docs/a.txt\nedit Dock\t\nnano do\t\t\n", false, editor);
        assertEquals(List.of("Dockerfile: ", "docs/a.txt: "), editor.edited);
    }

    @Test
    void editOpensAContainersFileAndTheSaveIsWhatTheContainerServes() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        editor.saves.add(List.of("<h1>mine</h1>\n"));
        String screen = session("docker run -d --name web -p 8080:80 nginx\nedit web:/usr/share/nginx/html/index.html\n"
                + "curl -s localhost:8080\ndocker diff web\n", false, editor);
        assertEquals(1, editor.edited.size());
        assertTrue(editor.edited.get(0).startsWith("web:/usr/share/nginx/html/index.html: <!DOCTYPE html>"),
                editor.edited.get(0));
        assertEquals(List.of(Optional.empty()), editor.saveResults);
        assertTrue(screen.indexOf("<h1>mine</h1>\n") > screen.indexOf("curl -s localhost:8080"), screen);
        assertTrue(screen.contains("C /usr/share/nginx/html/index.html\n"), screen);
    }

    @Test
    void aMissingContainerGetsTheDaemonsWordsAndAContainerDirectoryTheEditors() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        String screen = session("docker create --name box alpine\nedit nope:/etc/hosts\nnano box:/etc\n", false, editor);
        assertEquals(List.of(), editor.edited);
        assertTrue(screen.contains("Error response from daemon: No such container: nope\n")
                && !screen.contains("edit: Error"), screen);
        assertTrue(screen.contains("nano: \"box:/etc\" is a directory\n"), screen);
    }

    @Test
    void tabOffersContainerNamesWithAColonAfterEdit() throws Exception {
        FakeFullScreen editor = new FakeFullScreen();
        editor.saves.add(List.of());
        session("docker create --name box alpine\nedit bo\t/etc/os-rel\t\n", false, editor);
        assertEquals(1, editor.edited.size());
        assertTrue(editor.edited.get(0).startsWith("box:/etc/os-release: NAME="), editor.edited.get(0));
    }
}
