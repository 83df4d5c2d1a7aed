package io.github.berth.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A piece of a long listing's text being written ({@link PsTable}), in a buffer kept from
 * listing to listing. Lines in Latin-1 (nearly all: only a command or image name can hold other
 * characters) are kept as bytes, so that copying a line from the last listing's text and making
 * the piece's string are each one array copy (JDK 17 copies part of a string into a
 * StringBuilder one character at a time, and makes a string of chars by testing each one).
 */
final class TextPiece {
    private byte[] bytes;
    /** The text as chars, once a line beyond Latin-1 is in it; else null. */
    private char[] chars;
    int length;

    TextPiece(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Appends {@code s}'s characters from {@code start} to {@code end}. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies a Latin-1 string's bytes
    void append(String s, int start, int end, boolean latin1) {
        int count = end - start;
        room(count, latin1);
        if (chars == null) {
            s.getBytes(start, end, bytes, length);
        } else {
            s.getChars(start, end, chars, length);
        }
        length += count;
    }

    void append(StringBuilder s, boolean latin1) {
        int count = s.length();
        room(count, latin1);
        if (chars == null) {
            for (int i = 0; i < count; i++) {
                bytes[length + i] = (byte) s.charAt(i);
            }
        } else {
            s.getChars(0, count, chars, length);
        }
        length += count;
    }

    private void room(int count, boolean latin1) {
        if (chars == null && !latin1) {
            chars = new char[Math.max(bytes.length, length + count)];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (bytes[i] & 0xff);
            }
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + count));
        }
        if (chars != null && length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + count));
        }
    }

    /** The piece's text; the buffer is empty again. */
    String take() {
        String text = chars == null ? new String(bytes, 0, length, StandardCharsets.ISO_8859_1)
                : new String(chars, 0, length);
        length = 0;
        chars = null;
        return text;
    }
}
