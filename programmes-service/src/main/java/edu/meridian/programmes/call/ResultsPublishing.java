package edu.meridian.programmes.call;

/**
 * Fired (synchronously, in the transaction) when the office moves a call to {@code results_published}, before its
 * state changes: the selection checks that a current allocation exists and tells each application its result. An
 * observer that throws refuses the move.
 */
public record ResultsPublishing(Call call) {
}
