package snapfit.web;

/**
 * A request the API refuses, answered as {@code {"error": ..., "fix": ...}} with its status: 400 for malformed
 * input, 404 for an id or file that does not exist, 503 when the database is busy.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String fix;

    private ApiError(int status, String error, String fix) {
        super(error);
        this.status = status;
        this.fix = fix;
    }

    static ApiError badRequest(String error, String fix) {
        return new ApiError(400, error, fix);
    }

    static ApiError notFound(String error, String fix) {
        return new ApiError(404, error, fix);
    }

    static ApiError unavailable(String error, String fix) {
        return new ApiError(503, error, fix);
    }

    int status() {
        return status;
    }

    String fix() {
        return fix;
    }
}
