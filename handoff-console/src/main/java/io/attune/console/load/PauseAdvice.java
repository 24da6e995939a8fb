package io.attune.console.load;

/**
 * The panel the console shows after an agent closes a hostile conversation: a suggestion, dismissable.
 *
 * @param lighterNext the customer name of the first waiting chat that is not heavy, or null when none waits
 * @param reflectionUrl where the agent may write a private reflection on that conversation, or null
 */
public record PauseAdvice(long minutes, String lighterNext, String reflectionUrl) {
}
