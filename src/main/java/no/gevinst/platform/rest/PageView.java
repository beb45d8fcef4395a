package no.gevinst.platform.rest;

import java.util.List;
import java.util.function.Function;
import no.gevinst.platform.entity.Page;

/** A page of a list as the API writes it: {@code total}, {@code page}, {@code size} and the {@code items}. */
public record PageView<T>(long total, int page, int size, List<T> items) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.total(), page.page(), page.size(), page.items().stream().map(view).toList());
    }
}
