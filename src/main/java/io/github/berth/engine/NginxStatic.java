package io.github.berth.engine;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headers nginx 1.27.4 answers a static file with, in the order its header filter writes them
 * (src/http/ngx_http_header_filter_module.c: Server, Date, Content-Type, Content-Length,
 * Last-Modified, Connection, then the pushed headers: the static module's ETag, {@code "%xT-%xO"}
 * of the file's modification time and size, and the range filter's Accept-Ranges). The type comes
 * from the container's own {@code /etc/nginx/mime.types} by the file's extension, else the image
 * nginx.conf's {@code default_type application/octet-stream}.
 */
final class NginxStatic {
    private NginxStatic() {}

    /** The headers for {@code file} ({@code path} in the request), found in {@code fs}. */
    static List<String> headers(MemoryFs fs, String path, Node.File file, String version, Instant now) {
        Instant modified = file.meta().mtime();
        long size = file.content().length;
        List<String> headers = new ArrayList<>();
        headers.add("Server: nginx/" + version);
        headers.add("Date: " + LogTimes.HTTP_DATE.format(now));
        headers.add("Content-Type: " + type(fs, path));
        headers.add("Content-Length: " + size);
        headers.add("Last-Modified: " + LogTimes.HTTP_DATE.format(modified));
        headers.add("Connection: keep-alive");
        headers.add("ETag: \"" + Long.toHexString(modified.getEpochSecond()) + "-" + Long.toHexString(size) + "\"");
        headers.add("Accept-Ranges: bytes");
        return headers;
    }

    /** The MIME type mime.types gives the last extension of {@code path}'s name. */
    static String type(MemoryFs fs, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return DEFAULT_TYPE;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String types = Servers.read(fs, "/etc/nginx/mime.types").orElse("");
        int open = types.indexOf('{');
        int close = types.lastIndexOf('}');
        if (open < 0 || close < open) {
            return DEFAULT_TYPE;
        }
        for (String entry : types.substring(open + 1, close).split(";")) {
            String[] words = entry.strip().split("\\s+");
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals(extension)) {
                    return words[0];
                }
            }
        }
        return DEFAULT_TYPE;
    }

    /** The image's nginx.conf: {@code default_type application/octet-stream;}. */
    private static final String DEFAULT_TYPE = "application/octet-stream";
}
