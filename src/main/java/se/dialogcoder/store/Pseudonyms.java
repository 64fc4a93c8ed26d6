package se.dialogcoder.store;

import java.util.Map;
import java.util.Optional;

/** Pseudonym numbers given to personal data, by keyed hash. */
public interface Pseudonyms {
    /** The number given to a value (by its keyed hash), if any. */
    Optional<Integer> number(String kind, String valueHash) throws StoreException;

    /** Gives a new value the next free number of its kind and returns it. */
    int add(String kind, String valueHash, String keyId) throws StoreException;

    /** How many pseudonyms were made with a secret other than {@code keyId}. */
    int countWithOtherKey(String keyId) throws StoreException;

    /** Number of pseudonyms per kind, by kind. */
    Map<String, Integer> counts() throws StoreException;
}
