package io.attune.console.inbox;

/**
 * What the conversation list was asked for, made safe: a known filter, the search text stripped and cut to
 * {@link #MAX_SEARCH} characters (a LIKE over every turn costs more the longer it is), a page from 1 to
 * {@link #MAX_PAGE}.
 *
 * @param cut whether the search text was longer and cut, so the page can say so
 */
record InboxRequest(InboxFilter filter, String search, int page, boolean cut) {

    static final int MAX_SEARCH = 100;
    static final int MAX_PAGE = 1000;
    static final int PAGE_SIZE = 25;

    /** Anything unreadable reads as its default: all, no search, the first page. */
    static InboxRequest of(String filter, String search, String page) {
        String text = search == null ? "" : search.strip();
        boolean cut = text.length() > MAX_SEARCH;
        int p = page == null || !page.matches("\\d{1,4}") ? 1 : Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page)));
        return new InboxRequest(InboxFilter.of(filter), cut ? text.substring(0, MAX_SEARCH) : text, p, cut);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
