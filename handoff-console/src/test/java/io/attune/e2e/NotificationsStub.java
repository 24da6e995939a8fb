package io.attune.e2e;

/**
 * Stands in for the browser's Notification API, permission granted, so a test can read what the page
 * would have shown on the desktop ({@code window.shown}, "title: body"). Headless Chromium shows none.
 */
final class NotificationsStub {

    static final String SCRIPT = "window.shown = [];"
            + "window.Notification = function (title, options) { window.shown.push(title + ': ' + options.body); };"
            + "window.Notification.permission = 'granted';";

    private NotificationsStub() {
    }
}
