package io.attune.console.agent;

/** What a console user may do: agents answer customers, admins also tune Attune and manage users. */
public enum Role {
    AGENT, ADMIN;

    /** The Spring Security authority, as {@code hasRole(...)} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
