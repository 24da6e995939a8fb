package io.attune.engine.handoff;

import java.util.Optional;

/**
 * Whether a person can take a conversation now. When nobody can (outside the team's hours, or nobody
 * online), the bot says so at the handoff instead of promising a person, and the customer is offered to
 * leave a message. The application's console knows; without one, a person is always assumed to be there.
 */
@FunctionalInterface
public interface TeamAvailability {

    TeamAvailability ALWAYS = Optional::empty;

    /** Empty while a person can answer; otherwise why nobody can, in the customer's words. */
    Optional<String> awayMessage();
}
