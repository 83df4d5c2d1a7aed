package io.github.berth.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editor over Lanterna's virtual terminal: golden screens, keys, saving and leaving. */
class TextEditorTest {
    private DefaultVirtualTerminal vt;
    private TerminalScreen screen;
    private TextEditor editor;
    private final List<String> saved = new ArrayList<>();
    private Optional<String> saveError = Optional.empty();

    private void open(String name, String text, boolean isNew, int columns, int rows) throws Exception {
        vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(vt);
        screen.startScreen();
        editor = new TextEditor(name, text, isNew, t -> {
            if (saveError.isEmpty()) {
                saved.add(t);
            }
            return saveError;
        });
        editor.draw(screen);
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    private void press(KeyStroke... keys) throws Exception {
        for (KeyStroke key : keys) {
            editor.handle(key, screen.getTerminalSize());
            if (!editor.isClosed()) {
                editor.draw(screen);
            }
        }
    }

    private void type(String text) throws Exception {
        press(text.chars().mapToObj(c -> new KeyStroke((char) c, false, false)).toArray(KeyStroke[]::new));
    }

    private static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    private String screenText() {
        return Arrays.stream(vt.toString().split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"))
                .stripTrailing();
    }

    @Test
    void aNewFileShowsItsNameTheKeysAndNewFile() throws Exception {
        open("Dockerfile", "", true, 50, 8);
        assertEquals(String.join("\n",
                "  berth editor      Dockerfile",
                "",
                "",
                "",
                "",
                "                   [ New File ]",
                "^S Save     ^X Exit     ^C Where am I",
                "^O Save     arrows, Home/End, PgUp/PgDn move"), screenText());
        assertEquals(new TerminalPosition(0, 1), vt.getCursorBufferPosition());
        assertTrue(vt.getCharacter(0, 0).getModifiers().contains(SGR.REVERSE), "the title bar is in reverse video");
    }

    @Test
    void typingMarksTheFileModifiedAndSavingWritesTheTextWithAFinalNewline() throws Exception {
        open("Dockerfile", "", true, 50, 8);
        type("FROM alpine");
        press(key(KeyType.Enter));
        type("CMD echo hi");
        assertEquals(String.join("\n",
                "  berth editor      Dockerfile          Modified",
                "FROM alpine",
                "CMD echo hi",
                "",
                "",
                "",
                "^S Save     ^X Exit     ^C Where am I",
                "^O Save     arrows, Home/End, PgUp/PgDn move"), screenText());
        assertEquals(new TerminalPosition(11, 2), vt.getCursorBufferPosition());
        press(ctrl('s'));
        assertEquals(List.of("FROM alpine\nCMD echo hi\n"), saved);
        assertTrue(screenText().startsWith("  berth editor      Dockerfile\n"), screenText());
        assertTrue(screenText().contains("                [ Wrote 2 lines ]"), screenText());
        press(ctrl('x'));
        assertTrue(editor.isClosed());
    }

    @Test
    void exitWithChangesAsksAndNoDiscardsThem() throws Exception {
        open("notes.txt", "one\ntwo\n", false, 40, 8);
        assertTrue(screenText().contains("[ Read 2 lines ]"), screenText());
        type("X");
        press(ctrl('x'));
        assertFalse(editor.isClosed());
        assertEquals(String.join("\n",
                "  berth editor notes.txt      Modified",
                "Xone",
                "two",
                "",
                "",
                "Save modified buffer?",
                " Y Yes",
                " N No      ^C Cancel"), screenText());
        type("n");
        assertTrue(editor.isClosed());
        assertEquals(List.of(), saved);
    }

    @Test
    void exitWithChangesAndYesSavesThenLeaves() throws Exception {
        open("notes.txt", "one\n", false, 40, 8);
        press(key(KeyType.End));
        type("!");
        press(ctrl('x'));
        type("y");
        assertTrue(editor.isClosed());
        assertEquals(List.of("one!\n"), saved);
    }

    @Test
    void ctrlCCancelsTheQuestionAndKeepsEditing() throws Exception {
        open("notes.txt", "one\n", false, 40, 8);
        type("a");
        press(ctrl('x'), ctrl('c'));
        assertFalse(editor.isClosed());
        assertTrue(screenText().contains("[ Cancelled ]"), screenText());
        press(ctrl('c'));
        assertTrue(screenText().contains("[ line 1/1, column 2 · ^X leaves ]"), screenText());
        assertFalse(editor.isClosed(), "Ctrl-C never leaves the editor");
    }

    @Test
    void aFailedSaveKeepsTheEditorOpenWithTheReason() throws Exception {
        open("x/y", "", true, 70, 8);
        type("a");
        saveError = Optional.of("Error writing /home/learner/app/x/y: No such file or directory");
        press(ctrl('x'), new KeyStroke('y', false, false));
        assertFalse(editor.isClosed());
        assertTrue(screenText().contains("[ Error writing /home/learner/app/x/y: No such file or directory ]"),
                screenText());
        assertTrue(screenText().contains("Modified"), screenText());
    }

    @Test
    void ctrlOSavesAsCtrlSDoes() throws Exception {
        open("a", "x\n", false, 40, 8);
        press(key(KeyType.Delete));
        press(ctrl('o'));
        assertEquals(List.of(""), saved, "the one line emptied: an empty file, as nano writes it");
    }

    @Test
    void theViewScrollsWithTheCursorAndPageDownMovesAPage() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("line ").append(i).append('\n');
        }
        open("long", text.toString(), false, 30, 9);
        press(key(KeyType.PageDown));
        assertEquals(4, editor.model().row(), "a page is the five text rows less one");
        press(key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.PageDown),
                key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.PageDown), key(KeyType.PageDown));
        assertEquals(29, editor.model().row(), "stops at the last line");
        String[] lines = screenText().split("\n");
        assertEquals("line 26", lines[1]);
        assertEquals("line 30", lines[5]);
        press(key(KeyType.PageUp));
        assertEquals(25, editor.model().row());
    }

    @Test
    void longLinesScrollSidewaysAndShowAMarker() throws Exception {
        open("wide", "0123456789abcdefghij\n", false, 12, 8);
        assertEquals("0123456789a>", screenText().split("\n")[1]);
        press(key(KeyType.End));
        assertEquals(new TerminalPosition(20 - editor.model().leftColumn(), 1), vt.getCursorBufferPosition());
        assertTrue(screenText().split("\n")[1].endsWith("hij"), screenText());
    }

    @Test
    void backspaceAndDeleteJoinLines() throws Exception {
        open("a", "ab\ncd\n", false, 40, 8);
        press(key(KeyType.ArrowDown), key(KeyType.Backspace));
        assertEquals("abcd", editor.model().line(0));
        assertEquals(1, editor.model().lineCount());
        press(key(KeyType.Enter), key(KeyType.ArrowUp), key(KeyType.End), key(KeyType.Delete));
        assertEquals("abcd\n", editor.model().text());
        assertTrue(editor.model().modified());
    }

    @Test
    void runReadsKeysFromTheScreenUntilExit() throws Exception {
        open("a", "", true, 40, 8);
        for (char c : "hi".toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
        }
        vt.addInput(ctrl('s'));
        vt.addInput(ctrl('x'));
        editor.run(screen);
        assertEquals(List.of("hi\n"), saved);
    }
}
