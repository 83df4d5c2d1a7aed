package io.github.berth.engine.build;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.VPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Reads a tar archive (plain or gzip-compressed) held in memory, as ADD unpacks a local archive. */
final class Tar {
    private Tar() {}

    static boolean isArchive(byte[] bytes) {
        byte[] tar = gunzipIfNeeded(bytes);
        return tar != null && tar.length >= 512 && new String(tar, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
    }

    private static byte[] gunzipIfNeeded(byte[] bytes) {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        return bytes;
    }

    /** Unpacks every regular file, directory and symbolic link under {@code dest}. */
    static void extract(byte[] bytes, MemoryFs fs, String dest) {
        byte[] tar = gunzipIfNeeded(bytes);
        io.github.berth.fs.Node.Meta before = fs.stamp();
        int at = 0;
        while (tar != null && at + 512 <= tar.length) {
            String name = field(tar, at, 100);
            if (name.isEmpty()) {
                break;
            }
            String prefix = field(tar, at + 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            int mode = (int) octal(tar, at + 100, 8);
            long size = octal(tar, at + 124, 12);
            char type = (char) tar[at + 156];
            String path = VPath.resolve(dest, name);
            // the entries keep the owners their headers record (moby's Untar; ADD --chown does not apply)
            io.github.berth.fs.Node.Meta owner = new io.github.berth.fs.Node.Meta((int) octal(tar, at + 108, 8),
                    (int) octal(tar, at + 116, 8), before.mtime());
            // missing parents are made by root (moby pkg/archive createTarFile's MkdirAllAndChown)
            fs.stamp(() -> before);
            fs.mkdirs(VPath.parent(path));
            fs.stamp(() -> owner);
            if (type == '5') {
                fs.mkdirs(path);
            } else if (type == '2') {
                fs.symlink(path, field(tar, at + 157, 100));
            } else if (type == '0' || type == 0) {
                byte[] content = new byte[(int) size];
                System.arraycopy(tar, at + 512, content, 0, (int) size);
                fs.writeFile(path, content, mode == 0 ? 0644 : mode);
            }
            at += 512 + (int) ((size + 511) / 512 * 512);
        }
        fs.stamp(() -> before);
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
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
