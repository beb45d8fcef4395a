package no.gevinst.platform.persistence;

import jakarta.persistence.Query;
import java.util.List;

/**
 * EclipseLink's batch reading for a query whose results are shown together, a page of a list say: each named
 * relationship of all the results is read with one {@code IN} query instead of one query per result (N+1).
 * The relationships stay as the entities map them; only this query reads them in bulk.
 */
public final class BatchReads {

    private BatchReads() {
    }

    /** Paths start with the query's alias, {@code a.partners}; nested ones reach further, {@code a.partners.county}. */
    public static <Q extends Query> Q of(Q query, List<String> paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }
}
