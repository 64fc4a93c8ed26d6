package se.dialogcoder.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pseudonym numbers given to personal data, by keyed hash. */
public interface Pseudonyms {
    /** One pseudonym record: the kind of personal data, the keyed hash of the value, its number and the secret's id. */
    record Entry(String kind, String valueHash, int number, String keyId) {
    }

    /** The number given to a value (by its keyed hash), if any. */
    Optional<Integer> number(String kind, String valueHash) throws StoreException;

    /** Gives a new value the next free number of its kind and returns it. */
    int add(String kind, String valueHash, String keyId) throws StoreException;

    /** How many pseudonyms were made with a secret other than {@code keyId}. */
    int countWithOtherKey(String keyId) throws StoreException;

    /** Number of pseudonyms per kind, by kind. */
    Map<String, Integer> counts() throws StoreException;

    /** Every pseudonym record, by kind and number (to copy a project exactly). */
    List<Entry> all() throws StoreException;
}
