package snapfit.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of a list, as the API returns it: {@code {"items": [...], "total": n, "limit": l, "offset": o}}.
 *
 * @param items  the records of this page, at most {@code limit}
 * @param total  how many records the whole list holds
 * @param limit  the page size asked for
 * @param offset how many records come before this page
 */
record Page<T>(@JsonProperty("items") List<T> items, @JsonProperty("total") long total,
        @JsonProperty("limit") int limit, @JsonProperty("offset") int offset) {

    Page {
        items = List.copyOf(items);
        if (total < 0 || limit < 0 || offset < 0 || items.size() > limit) {
            throw new IllegalArgumentException("page of " + items.size() + " items with total " + total + ", limit "
                    + limit + " and offset " + offset + " is inconsistent");
        }
    }

    /** The page {@code paging} selects from a whole list held in memory. */
    static <T> Page<T> of(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.offset());
        int to = (int) Math.min(all.size(), (long) from + paging.limit());
        return new Page<>(all.subList(from, to), all.size(), paging.limit(), paging.offset());
    }
}
