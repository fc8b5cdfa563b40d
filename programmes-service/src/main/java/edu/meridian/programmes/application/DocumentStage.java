package edu.meridian.programmes.application;

/**
 * When a document of an application was asked for: with the application (the call's required documents, while it is a
 * draft), or by the host after nomination.
 */
public enum DocumentStage {
    application, host
}
