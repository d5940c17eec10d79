package snapfit.web;

/** Every query parameter a route may take, with its OpenAPI type and meaning. */
enum QueryParameter {
    LIMIT("limit", "integer", "records per page: 0 to 1000, 50 when not given"),
    OFFSET("offset", "integer", "records skipped before the page, 0 when not given"),
    MAX_SIMILARITY("max_similarity", "number", "only matches scoring at most this (lower is a better fit)"),
    TYPE("type", "string", "only pieces of this type: inner, edge or corner"),
    SHEET("sheet", "string", "only pieces of this sheet id"),
    SHAPE("shape", "string", "only pieces with a side of this shape: in, out, edge or weird"),
    A("a", "string", "one segment of the pair, as sheet_id:index:edge"),
    B("b", "string", "the other segment of the pair, as sheet_id:index:edge"),
    PAGE("page", "integer", "the page of a web page's list, from 1");

    private final String text;
    private final String type;
    private final String description;

    QueryParameter(String text, String type, String description) {
        this.text = text;
        this.type = type;
        this.description = description;
    }

    /** The name in the query string. */
    String text() {
        return text;
    }

    /** The OpenAPI schema type. */
    String type() {
        return type;
    }

    String description() {
        return description;
    }
}
