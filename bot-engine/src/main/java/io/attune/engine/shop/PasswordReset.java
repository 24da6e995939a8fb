package io.attune.engine.shop;

/** What the shop did when asked to email a password-reset link. */
public enum PasswordReset {
    /**
     * The shop took the request: it emails a link if an account has that address. It does not say whether
     * one has, so that the chat cannot be used to find out who has an account.
     */
    REQUESTED,
    /** The shop could not be asked, or did not say: the bot cannot know whether a link went out. */
    UNAVAILABLE
}
