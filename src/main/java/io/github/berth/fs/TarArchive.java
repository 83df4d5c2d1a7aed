package io.github.berth.fs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Tar archives held in memory, as {@code docker save}, {@code export}, {@code load} and
 * {@code import} carry them: USTAR headers as Go's archive/tar writes them (a PAX header where a
 * name or an attribute does not fit), contents padded to 512 bytes, two zero blocks at the end.
 * Reading accepts plain and gzip-compressed archives.
 */
public final class TarArchive {
    private static final int BLOCK = 512;

    /**
     * One entry: {@code type} is '0' (file), '5' (directory) or '2' (symbolic link); {@code pax}
     * holds extended attributes (SCHILY.xattr.*) kept beside the entry.
     */
    public record Entry(String name, char type, int mode, int uid, int gid, long mtime, byte[] content,
                        String linkName, Map<String, String> pax) {
        public Entry {
            content = content == null ? new byte[0] : content;
            linkName = linkName == null ? "" : linkName;
            pax = pax == null ? Map.of() : Map.copyOf(pax);
        }

        public static Entry file(String name, int mode, long mtime, byte[] content) {
            return new Entry(name, '0', mode, 0, 0, mtime, content, "", Map.of());
        }

        public static Entry dir(String name, int mode, long mtime) {
            return new Entry(name.endsWith("/") ? name : name + "/", '5', mode, 0, 0, mtime, new byte[0], "", Map.of());
        }
    }

    private TarArchive() {}

    public static byte[] write(List<Entry> entries) {
        long estimate = 2L * BLOCK;
        for (Entry e : entries) {
            estimate += BLOCK + (e.content().length + BLOCK - 1L) / BLOCK * BLOCK;
        }
        // sized once (a PAX header may still grow it): no copying while the archive is written
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, estimate));
        for (Entry e : entries) {
            Map<String, String> pax = new LinkedHashMap<>(e.pax());
            if (e.name().getBytes(StandardCharsets.UTF_8).length > 100) {
                pax.put("path", e.name());
            }
            if (e.linkName().getBytes(StandardCharsets.UTF_8).length > 100) {
                pax.put("linkpath", e.linkName());
            }
            if (!pax.isEmpty()) {
                byte[] body = paxBody(pax);
                String paxName = "PaxHeaders.0/" + last(e.name());
                writeBlock(out, header(paxName.length() > 100 ? paxName.substring(0, 100) : paxName, 'x', 0644, 0, 0,
                        e.mtime(), body.length, ""), body);
            }
            String name = e.name().length() > 100 ? e.name().substring(0, 100) : e.name();
            String link = e.linkName().length() > 100 ? e.linkName().substring(0, 100) : e.linkName();
            writeBlock(out, header(name, e.type(), e.mode(), e.uid(), e.gid(), e.mtime(),
                    e.type() == '0' ? e.content().length : 0, link), e.type() == '0' ? e.content() : new byte[0]);
        }
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }

    private static String last(String name) {
        String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static void writeBlock(ByteArrayOutputStream out, byte[] header, byte[] content) {
        out.writeBytes(header);
        out.writeBytes(content);
        int pad = (BLOCK - content.length % BLOCK) % BLOCK;
        out.writeBytes(new byte[pad]);
    }

    /** PAX records: "LEN key=value\n", LEN counting itself. */
    private static byte[] paxBody(Map<String, String> pax) {
        StringBuilder sb = new StringBuilder();
        pax.forEach((k, v) -> {
            int body = k.length() + v.getBytes(StandardCharsets.UTF_8).length + 3;
            int length = body + String.valueOf(body).length();
            if (String.valueOf(length).length() != String.valueOf(body).length()) {
                length++;
            }
            sb.append(length).append(' ').append(k).append('=').append(v).append('\n');
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] header(String name, char type, int mode, int uid, int gid, long mtime, long size,
                                 String link) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        octal(h, 100, 8, mode);
        octal(h, 108, 8, uid);
        octal(h, 116, 8, gid);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        return h;
    }

    private static void put(byte[] h, int off, int len, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, Math.min(len, b.length));
    }

    private static void octal(byte[] h, int off, int len, long value) {
        String s = Long.toOctalString(value);
        s = "0".repeat(Math.max(0, len - 1 - s.length())) + s;
        put(h, off, len - 1, s);
    }

    /** Whether the bytes are a tar archive (plain or gzip-compressed). */
    public static boolean isTar(byte[] bytes) {
        byte[] tar = gunzip(bytes);
        return tar != null && tar.length >= BLOCK
                && new String(tar, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
    }

    /** The entries of an archive, or null when it is not one. */
    public static List<Entry> read(byte[] bytes) {
        byte[] tar = gunzip(bytes);
        if (tar != null && tar.length >= 2 * BLOCK && java.util.stream.IntStream.range(0, BLOCK).allMatch(i -> tar[i] == 0)) {
            return new ArrayList<>(); // an empty archive: its end marker only
        }
        if (tar == null || !isTar(tar)) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> pax = new LinkedHashMap<>();
        int at = 0;
        while (at + BLOCK <= tar.length) {
            int hdr = at;
            String name = field(tar, at, 100);
            if (name.isEmpty()) {
                break;
            }
            String prefix = field(tar, at + 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = octal(tar, at + 124, 12);
            char type = tar[at + 156] == 0 ? '0' : (char) tar[at + 156];
            int start = at + BLOCK;
            if (size < 0 || start + size > tar.length) {
                return null;
            }
            byte[] content = new byte[(int) size];
            System.arraycopy(tar, start, content, 0, (int) size);
            at = start + (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
            if (type == 'x') {
                parsePax(new String(content, StandardCharsets.UTF_8), pax);
                continue;
            }
            if (type == 'g') {
                continue;
            }
            String link = field(tar, hdr + 157, 100);
            if (pax.containsKey("path")) {
                name = pax.remove("path");
            }
            if (pax.containsKey("linkpath")) {
                link = pax.remove("linkpath");
            }
            entries.add(new Entry(name, type, (int) octal(tar, hdr + 100, 8), (int) octal(tar, hdr + 108, 8),
                    (int) octal(tar, hdr + 116, 8), octal(tar, hdr + 136, 12), content, link, pax));
            pax = new LinkedHashMap<>();
        }
        return entries;
    }

    private static void parsePax(String body, Map<String, String> into) {
        int at = 0;
        while (at < body.length()) {
            int space = body.indexOf(' ', at);
            if (space < 0) {
                return;
            }
            int length;
            try {
                length = Integer.parseInt(body.substring(at, space));
            } catch (NumberFormatException e) {
                return;
            }
            int end = Math.min(body.length(), at + length);
            String record = body.substring(space + 1, Math.max(space + 1, end - 1));
            int eq = record.indexOf('=');
            if (eq > 0) {
                into.put(record.substring(0, eq), record.substring(eq + 1));
            }
            at = end;
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        return bytes;
    }

    private static String field(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) {
        String s = field(b, off, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
