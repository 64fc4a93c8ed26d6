package se.dialogcoder.cli;

/** How a code is given on the command line, for the help of every option that takes one. */
final class CodeHelp {
    /** Ends without a full stop, so options can go on. */
    static final String REFERENCE = "its path (\"Tema / Undertema\"), a name that occurs once, or its id (id:ID); "
            + "an exact path or name wins over an id, and an ambiguous one is refused with its candidates";

    private CodeHelp() {
    }
}
