package io.attune.console.inbox;

import java.util.List;

/** One page of the list, newest activity first; {@code older}: whether a next page exists. */
record InboxPage(InboxRequest request, List<InboxRow> rows, boolean older) {

    public boolean newer() {
        return request.page() > 1;
    }
}
