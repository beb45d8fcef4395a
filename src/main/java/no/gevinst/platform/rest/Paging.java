package no.gevinst.platform.rest;

import java.util.List;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Page;
import no.gevinst.platform.entity.Violation;

/** The {@code page} and {@code size} query parameters of a list, checked. */
public record Paging(int page, int size) {

    public static Paging of(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException(List.of(Violation.of("page", "validation.page")));
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException(List.of(Violation.of("size", "validation.size", Page.MAX_SIZE)));
        }
        return new Paging(page, size);
    }
}
