package snapfit.web;

import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A response body ready to send: its bytes, content type and entity tag (a checksum of the bytes, so that a
 * browser asking again with {@code If-None-Match} gets 304 while nothing changed).
 */
record Body(byte[] bytes, String contentType, String etag) {

    static final String JSON = "application/json";
    static final String PNG = "image/png";

    Body {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
    }

    static Body of(byte[] bytes, String contentType) {
        CRC32 checksum = new CRC32();
        checksum.update(bytes);
        return new Body(bytes, contentType, "\"" + Long.toHexString(checksum.getValue()) + "-" + bytes.length + "\"");
    }
}
