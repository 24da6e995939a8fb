package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.reply.ReplyComposer;
import java.util.Map;
import java.util.Optional;

/**
 * Password reset: takes the account's email address from the message, or the one the customer gave earlier,
 * or asks for it; asks the shop to email the link, and says what the shop did.
 */
final class PasswordResetFlow implements Flow {

    static final String NAME = "password-reset";
    private static final String FROM_EARLIER = "(That's the email address you gave earlier: send me another one "
            + "if your account uses a different one.)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowReply start(String message, FlowContext context) {
        Optional<String> typed = Details.email(message);
        if (typed.isPresent()) {
            return requested(typed.get(), context);
        }
        return context.earlier().email()
                .map(earlier -> requested(earlier, context).followedBy(FROM_EARLIER))
                .orElseGet(() -> FlowReply.ask("I can help with that. What's the email address on your account?",
                        new FlowState(NAME, "ask-email", Map.of())));
    }

    @Override
    public FlowReply next(FlowState state, String message, FlowContext context) {
        Optional<String> email = Details.email(message);
        if (email.isPresent()) {
            return requested(email.get(), context);
        }
        if (state.slots().containsKey("retried")) {
            return FlowReply.gaveUp("I still can't see an email address in that. You can also reset your password "
                    + "from the sign-in page with \"Forgot password?\".");
        }
        return FlowReply.retry("That doesn't look like an email address. Could you type it like name@example.com?",
                new FlowState(NAME, state.step(), Map.of("retried", "yes")));
    }

    @Override
    public FlowReply askAgain(FlowState state) {
        return FlowReply.ask("Of course. What's the email address on your account?", state);
    }

    /** What the shop did; it never says whether an account has the address, and neither does the bot. */
    private static FlowReply requested(String email, FlowContext context) {
        String masked = Details.masked(email);
        return switch (context.shop().requestPasswordReset(email)) {
            case REQUESTED -> FlowReply.done("Done: our system is emailing a reset link to " + masked + ", if an "
                    + "account uses that address. If it hasn't arrived in 5 minutes, please check your spam folder.");
            case UNAVAILABLE -> FlowReply.done("I'm sorry, I can't reach our account system right now, so no reset "
                    + "link has gone to " + masked + " from here. You can use \"Forgot password?\" on the sign-in "
                    + "page, or I can bring in a person from our team.", ReplyComposer.TALK_TO_PERSON);
        };
    }
}
