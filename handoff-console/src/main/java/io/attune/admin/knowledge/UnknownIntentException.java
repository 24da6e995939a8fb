package io.attune.admin.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An edit named an intent the knowledge base does not have (a stale page, or a made-up address). */
@ResponseStatus(value = HttpStatus.NOT_FOUND, reason = "No such intent")
class UnknownIntentException extends RuntimeException {

    UnknownIntentException(String name) {
        super("no intent named " + name);
    }
}
