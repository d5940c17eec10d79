package snapfit.web;

/**
 * The {@code limit} and {@code offset} of a list request.
 *
 * @param limit  records per page, 0 to {@link #MAX_LIMIT}; {@link #DEFAULT_LIMIT} when not given
 * @param offset records skipped first, 0 or more
 */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    Paging {
        if (limit < 0 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + " must be 0 to " + MAX_LIMIT + " and offset "
                    + offset + " at least 0");
        }
    }
}
