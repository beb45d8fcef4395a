package no.gevinst.platform.rest;

import no.gevinst.platform.entity.Page;

/** The {@code page} and {@code size} query parameters of a list, checked. */
public record Paging(int page, int size) {

    public static Paging of(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "validation.page");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidRequestException("size", "validation.size", Page.MAX_SIZE);
        }
        return new Paging(page, size);
    }
}
