package no.gevinst.platform.entity;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    /** The number of this page's first item, counted from 1 over the whole list; 0 when the page is empty. */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The number of this page's last item, counted from 1 over the whole list. */
    public long last() {
        return (long) page * size + items.size();
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return last() < total;
    }
}
