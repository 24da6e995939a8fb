package io.attune.engine.handoff;

/** The thresholds in force now. The engine asks on every customer turn; admins change them at run time. */
@FunctionalInterface
public interface ThresholdsSource {

    HandoffThresholds current();
}
