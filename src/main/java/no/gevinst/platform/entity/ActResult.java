package no.gevinst.platform.entity;

import java.util.List;
import java.util.function.Supplier;

/**
 * What became of one of several acts taken together (decisions or payment approvals in one go): done, with the
 * message key of what it came to, or refused, with the key and arguments of the rule that refused it. Each act is
 * its own transaction, so one refused changes nothing of the others.
 *
 * @param id        what the act was on (an application, a payment)
 * @param subject   how the user knows it (a reference)
 * @param amount    the money it concerned
 * @param done      whether it was taken
 * @param key       the bundle key that says what came of it
 * @param arguments the arguments of that message
 */
public record ActResult(long id, String subject, Money amount, boolean done, String key, List<Object> arguments)
        implements java.io.Serializable {

    /**
     * Takes {@code act}, which answers the key of what it came to; a refusal by a business rule, invalid input, a
     * change by someone else or what is gone becomes a refused result rather than an end of the others.
     */
    public static ActResult attempt(long id, String subject, Money amount, Supplier<String> act) {
        try {
            return new ActResult(id, subject, amount, true, act.get(), List.of());
        } catch (InvalidInputException invalid) {
            Violation first = invalid.violations().getFirst();
            return refused(id, subject, amount, first.messageKey(), first.arguments());
        } catch (StaleVersionException stale) {
            return refused(id, subject, amount, "problem.staleVersion", List.of());
        } catch (DomainException refused) {
            return refused(id, subject, amount, refused.messageKey(), List.of(refused.arguments()));
        } catch (NotFoundException gone) {
            return refused(id, subject, amount, "problem.notFound", List.of());
        }
    }

    public static ActResult refused(long id, String subject, Money amount, String key, List<Object> arguments) {
        return new ActResult(id, subject, amount, false, key, List.copyOf(arguments));
    }
}
