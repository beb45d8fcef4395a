package no.gevinst.platform.entity;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;
}
