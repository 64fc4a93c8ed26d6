package se.dialogcoder.model;

import java.nio.file.Path;

/**
 * What writing a run of theme frequencies into a frequency store did.
 *
 * @param store the frequency store file
 * @param runId the run's id in the store
 * @param round the round the run was written for
 * @param rows county × theme rows written
 * @param counties counties in the run
 * @param themes themes in the run
 * @param created the store was new
 * @param replaced an earlier run of the same project and round was replaced
 * @param migratedFrom the store version before the write, when it was older than {@code version} (0 otherwise)
 * @param version the store version after the write (the one this build writes)
 */
public record FrequencyWrite(Path store, long runId, String round, int rows, int counties, int themes,
                             boolean created, boolean replaced, int migratedFrom, int version) {
}
