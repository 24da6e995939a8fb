package io.attune.engine.knowledge;

/** A knowledge base that cannot be used, with a message worded for the admin who edited it. */
public class InvalidKnowledgeException extends RuntimeException {

    public InvalidKnowledgeException(String message) {
        super(message);
    }

    public InvalidKnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
