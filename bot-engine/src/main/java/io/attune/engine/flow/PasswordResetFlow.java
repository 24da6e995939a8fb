package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import java.util.Map;
import java.util.Optional;

/** Password reset: asks for the account's email address, checks its shape, sends the link. */
final class PasswordResetFlow implements Flow {

    static final String NAME = "password-reset";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowReply start(String message, FlowContext context) {
        return Details.email(message).map(PasswordResetFlow::sent).orElseGet(() -> FlowReply.ask(
                "I can help with that. What's the email address on your account?",
                new FlowState(NAME, "ask-email", Map.of())));
    }

    @Override
    public FlowReply next(FlowState state, String message, FlowContext context) {
        Optional<String> email = Details.email(message);
        if (email.isPresent()) {
            return sent(email.get());
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

    private static FlowReply sent(String email) {
        return FlowReply.done("I've sent a reset link to " + Details.masked(email) + ". It works for 30 minutes; "
                + "if it hasn't arrived in 5, please check your spam folder.");
    }
}
