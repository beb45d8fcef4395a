package no.gevinst.platform.rest;

import java.util.List;
import java.util.function.Function;
import no.gevinst.platform.entity.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list as the API writes it: {@code total}, {@code page}, {@code size} and the {@code items}. */
public record PageView<T>(
        @Schema(description = "How many there are in all") long total,
        @Schema(description = "This page's number, from 0") int page,
        @Schema(description = "The page size asked for (at most 500)") int size,
        @Schema(description = "This page's items") List<T> items) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.total(), page.page(), page.size(), page.items().stream().map(view).toList());
    }
}
