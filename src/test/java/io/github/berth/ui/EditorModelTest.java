package io.github.berth.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The editor's text and cursor, without a screen. */
class EditorModelTest {
    @Test
    void theFinalNewlineIsImpliedAndWrittenBack() {
        assertEquals("a\nb\n", new EditorModel("a\nb\n").text());
        assertEquals("a\nb\n", new EditorModel("a\nb").text(), "like nano, a missing final newline is added");
        assertEquals("", new EditorModel("").text());
        assertEquals("\n\n", new EditorModel("\n\n").text(), "two empty lines stay two");
        assertEquals(2, new EditorModel("a\nb\n").lineCount());
        assertEquals("a\nb\n", new EditorModel("a\r\nb\r\n").text(), "CRLF files come back with LF");
    }

    @Test
    void upAndDownKeepTheColumnThroughShortLines() {
        EditorModel m = new EditorModel("abcdef\nab\nabcdef\n");
        m.end();
        m.down(1);
        assertEquals(2, m.col());
        m.down(1);
        assertEquals(6, m.col());
        m.up(5);
        assertEquals(0, m.row());
    }

    @Test
    void leftAndRightCrossLineEnds() {
        EditorModel m = new EditorModel("ab\ncd\n");
        m.end();
        m.right();
        assertEquals(1, m.row());
        assertEquals(0, m.col());
        m.left();
        assertEquals(0, m.row());
        assertEquals(2, m.col());
    }

    @Test
    void editsSetModifiedAndSavedClearsIt() {
        EditorModel m = new EditorModel("x\n");
        assertFalse(m.modified());
        m.backspace();
        assertFalse(m.modified(), "backspace at the very start changes nothing");
        m.insert('y');
        assertTrue(m.modified());
        m.saved();
        assertFalse(m.modified());
        m.end();
        m.delete();
        assertFalse(m.modified(), "delete at the very end changes nothing");
        m.newline();
        assertEquals("yx\n\n", m.text());
    }
}
