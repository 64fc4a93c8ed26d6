package se.dialogcoder.model;

/**
 * Which forms of the words of a search match besides the words as written.
 *
 * @param inflections every inflected form of a word ("alla böjningsformer"): the forms in the project that have the
 *                    word's Snowball Swedish stem (handlingsplan → handlingsplanen, handlingsplaner …)
 * @param compounds   the word as a part of a Swedish compound ("sammansättningar"): plan → handlingsplan,
 *                    suicidprevention → suicidpreventionsarbetet, where the rest of the compound splits into words
 *                    of the word list that ships with the application
 */
public record WordForms(boolean inflections, boolean compounds) {
    /** The words exactly as written (the search as it always was). */
    public static final WordForms EXACT = new WordForms(false, false);

    /** Whether only the words as written match. */
    public boolean exact() {
        return !inflections && !compounds;
    }
}
