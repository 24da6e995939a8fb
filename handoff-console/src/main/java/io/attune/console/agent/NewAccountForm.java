package io.attune.console.agent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin fills in to create a console account. */
record NewAccountForm(
        @NotBlank(message = "Enter a username.")
        @Pattern(regexp = "[a-z0-9._-]{3,32}",
                message = "Use 3 to 32 lower-case letters, digits, dots, dashes or underscores.") String username,
        @NotBlank(message = "Enter the name customers will see.")
        @Size(max = 40, message = "Keep the display name under 40 characters.") String displayName,
        @NotNull(message = "Choose a role.") Role role,
        @Size(min = 10, max = 128, message = "Use a password of 10 to 128 characters.") String password) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", Role.AGENT, "");
    }
}
