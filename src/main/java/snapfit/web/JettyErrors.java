package snapfit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests that never reach a route (a URL that does not decode, a header too large): the
 * API's JSON error instead of Jetty's HTML page, and never a stack trace.
 */
final class JettyErrors extends ErrorHandler {

    private static final String FIX = "send a well-formed HTTP request; percent-encode ids in URLs";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Body.JSON);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Body.JSON);
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        String error = "bad request (HTTP " + status + (reason == null ? "" : ", " + reason) + ")";
        return JsonBodies.bytes(new JsonBodies.ErrorBody(error, FIX));
    }
}
