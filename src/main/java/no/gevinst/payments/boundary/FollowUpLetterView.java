package no.gevinst.payments.boundary;

import java.time.OffsetDateTime;
import no.gevinst.payments.entity.FollowUpKind;
import no.gevinst.payments.entity.FollowUpLetter;
import no.gevinst.platform.rest.JsonValues;

/** A letter issued after the grant letter: what it decides, when, in which language, and its checksum. */
public record FollowUpLetterView(long id, FollowUpKind kind, Long milestoneId, Long changeRequestId,
        OffsetDateTime issuedAt, String language, String sha256) {

    public static FollowUpLetterView of(FollowUpLetter letter) {
        return new FollowUpLetterView(letter.getId(), letter.getKind(), letter.getMilestoneId(),
                letter.getChangeRequestId(),
                JsonValues.time(letter.getCreatedAt()), letter.getLanguage().toLanguageTag(), letter.getSha256());
    }
}
